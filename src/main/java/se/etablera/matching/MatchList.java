package se.etablera.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.etablera.common.Schedule;

/**
 * The answer to "what suits this person": one ranked list mixing single openings and course + job
 * combinations, plus the openings left out by a hard rule, each with its reason codes.
 */
public record MatchList(String profileId, boolean educationObligation, Double monthsLeft, String swedishLevel, long total,
                        int offset, int limit, List<Item> items, List<Excluded> excluded) {

  /** One ranked item: a single opening ({@code opportunity}) or a combination ({@code course} + {@code job}). */
  public record Item(int rank, String type, double score, boolean eligible, List<Reason> reasons, Summary opportunity,
                     Summary course, Summary job, Boolean unlocks, boolean substitute, boolean educationRoute,
                     Map<String, Double> signals, Map<String, String> explanation) {
  }

  /** An opening left out, and why. */
  public record Excluded(Summary opportunity, List<Reason> reasons) {
  }

  /** What a list shows of an opening; the full record is one GET away. */
  public record Summary(String id, String kind, String title, String organisation, String occupation, String occupationId,
                        String municipality, double distanceKm, LocalDate start, Integer hoursPerWeek, List<Schedule> schedule,
                        Integer seatsLeft, String swedishRequired, String swedishExit) {
  }
}
