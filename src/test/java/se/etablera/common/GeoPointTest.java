package se.etablera.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Great-circle distances between places. */
class GeoPointTest {

  @ParameterizedTest(name = "{0} → {1}: {2} km")
  @CsvSource(delimiter = '|', value = {
      "55.597645,13.005533 | 55.383053,13.163466 | 27     | 3",
      "59.329323,18.068581 | 57.708870,11.974560 | 398    | 5",
      "55.597645,13.005533 | 55.597645,13.005533 | 0      | 0",
      "0,0                 | 0,90                | 10008  | 1",
      "0,0                 | 0,180               | 20015  | 1",
      "90,0                | -90,0               | 20015  | 1"})
  void distanceInKilometres(String from, String to, double km, double tolerance) {
    GeoPoint a = point(from);
    GeoPoint b = point(to);
    assertEquals(km, a.distanceKm(b), tolerance);
    assertEquals(a.distanceKm(b), b.distanceKm(a), 1e-9, "distance is symmetric");
  }

  private static GeoPoint point(String latLon) {
    String[] parts = latLon.split(",");
    return new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
  }
}
