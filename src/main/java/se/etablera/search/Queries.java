package se.etablera.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
}
