package se.etablera.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters on the match list: item types (placement, extra_job, course, combination; empty = all), occupation
 * field, the opening's municipality, a radius from home that replaces the person's commute limit, and a
 * latest start date. Values are already resolved to ids.
 */
public record MatchFilter(Set<String> types, String occupationField, String municipality, Integer radiusKm,
                          LocalDate startBefore) {
  public static final MatchFilter NONE = new MatchFilter(Set.of(), null, null, null, null);

  public boolean wants(String type) {
    return types.isEmpty() || types.contains(type);
  }
}
