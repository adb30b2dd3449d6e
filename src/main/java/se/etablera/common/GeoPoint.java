package se.etablera.common;

/** WGS84 coordinates, stored as an Elasticsearch geo_point. */
public record GeoPoint(double lat, double lon) {
  private static final double EARTH_RADIUS_KM = 6371.0;

  /** Great-circle distance in kilometres. */
  public double distanceKm(GeoPoint other) {
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
