package se.etablera.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Equity and throughput figures for one municipality and period. Every count from 1 to 4 is hidden and shown as
 * ".." (small-cell suppression); where a hidden cell could be worked out by subtraction from a total, the next
 * smallest cell is hidden too. Nothing here identifies a person.
 */
public record Statistics(String municipality, String municipalityLabel, LocalDate from, LocalDate to, int suppressionThreshold,
                         Split profiles, Double medianDaysToFirstOffer, Double medianDaysToFirstStart,
                         Map<String, Split> offers, Map<String, Split> starts, Map<String, Split> completions,
                         WomenShare womenShare, List<CourseApplications> yrkesSfiApplications) {

  /** A total and its split by recorded gender; cells are numbers or ".." (hidden). */
  public record Split(Object total, Map<String, Object> byGender) {
  }

  /** Women's share among starts against their share among profiles (null when the counts are too small to show). */
  public record WomenShare(Double amongStarts, Double amongProfiles) {
  }

  public record CourseApplications(String courseId, String title, Split applications) {
  }
}
