package se.etablera.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.etablera.common.GeoPoint;

/** Small query builders shared by the per-feature query classes. */
public final class Queries {
  private Queries() {
  }

  public static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  public static Query terms(String field, Collection<String> values) {
    List<FieldValue> list = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
  }

  /** Matches when any of the fields holds the value. */
  public static Query anyTerm(List<String> fields, String value) {
    return Query.of(q -> q.bool(b -> {
      fields.forEach(f -> b.should(term(f, value)));
      return b.minimumShouldMatch("1");
    }));
  }

  public static Optional<Query> termIfPresent(String field, String value) {
    return value == null ? Optional.empty() : Optional.of(term(field, value));
  }

  /** All filters in one bool; match_all when there are none. */
  public static Query allOf(List<Query> filters) {
    if (filters.isEmpty()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    return Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  /** A should-clause on any of the values that counts {@code boost} times. */
  public static Query terms(String field, Collection<String> values, float boost) {
    List<FieldValue> list = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list)).boost(boost)));
  }

  /** Documents whose geo point lies within {@code km} of the point. */
  public static Query within(String field, GeoPoint point, double km) {
    return Query.of(q -> q.geoDistance(g -> g.field(field).distance(km(km))
        .location(l -> l.latlon(ll -> ll.lat(point.lat()).lon(point.lon())))));
  }

  /** The query with a Gauss decay on the distance from {@code origin} added to its score: worth half at {@code scaleKm}. */
  public static Query nearFirst(Query query, String field, GeoPoint origin, double scaleKm) {
    return Query.of(q -> q.functionScore(fs -> fs.query(query)
        .functions(fn -> fn.gauss(g -> g.geo(d -> d.field(field).placement(pl -> pl
            .origin(GeoLocation.of(o -> o.latlon(ll -> ll.lat(origin.lat()).lon(origin.lon()))))
            .scale(km(scaleKm)).decay(0.5)))).weight(2.0))
        .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum)));
  }

  /** A distance as Elasticsearch reads it ("12.5km"). */
  public static String km(double km) {
    return String.format(java.util.Locale.ROOT, "%.1fkm", km);
  }
}
