package se.etablera.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Small-cell suppression, as a table of gender counts in and cells out. */
class SmallCellsTest {

  private static Map<String, Long> counts(String spec) {
    Map<String, Long> m = new LinkedHashMap<>();
    if (!spec.isBlank()) {
      for (String part : spec.split(",")) {
        String[] kv = part.split("=");
        m.put(kv[0].trim(), Long.parseLong(kv[1].trim()));
      }
    }
    return m;
  }

  @ParameterizedTest(name = "{0} → total {1}, {2}")
  @CsvSource(delimiter = '|', value = {
      "female=12, male=9            | 21 | female=12, male=9, other=0, unspecified=0, unknown=0",
      "female=12, male=3            | 15 | female=.., male=.., other=0, unspecified=0, unknown=0",
      "female=12, male=9, other=2   | 23 | female=12, male=.., other=.., unspecified=0, unknown=0",
      "female=3, male=4             | 7  | female=.., male=.., other=0, unspecified=0, unknown=0",
      "female=2, male=1             | .. | female=.., male=.., other=0, unspecified=0, unknown=0",
      "female=6, male=2, unknown=2  | 10 | female=6, male=.., other=0, unspecified=0, unknown=..",
      "''                           | 0  | female=0, male=0, other=0, unspecified=0, unknown=0"})
  void cellsFromOneToFourAreHiddenAndCannotBeSubtractedBack(String in, String total, String cells) {
    Statistics.Split split = StatisticsService.split(counts(in));
    assertEquals(total, String.valueOf(split.total()));
    Map<String, String> shown = new LinkedHashMap<>();
    split.byGender().forEach((k, v) -> shown.put(k, String.valueOf(v)));
    Map<String, String> expected = new LinkedHashMap<>();
    for (String part : cells.split(",")) {
      String[] kv = part.split("=");
      expected.put(kv[0].trim(), kv[1].trim());
    }
    assertEquals(expected, shown);
  }

  @Test
  void medianNeedsAtLeastFivePeopleAndCountsOnlyFirstEventsInThePeriod() {
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    Instant start = Instant.parse("2026-03-01T00:00:00Z");
    Instant end = Instant.parse("2026-07-01T00:00:00Z");
    Map<String, Instant> created = new LinkedHashMap<>();
    Map<String, Instant> first = new LinkedHashMap<>();
    int[] days = {70, 80, 90, 100, 110, 200};
    for (int i = 0; i < days.length; i++) {
      created.put("p" + i, t0);
      first.put("p" + i, t0.plusSeconds(86_400L * days[i]));
    }
    assertEquals(90.0, StatisticsService.median(created, first, start, end), "the 200-day one falls after the period; median of 70..110");
    first.remove("p0");
    first.remove("p1");
    first.remove("p2");
    assertNull(StatisticsService.median(created, first, start, end), "fewer than five: not shown");
  }
}
