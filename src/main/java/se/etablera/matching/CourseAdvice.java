package se.etablera.matching;

import java.util.List;
import java.util.Map;

/**
 * A course worth taking for what it opens: the jobs nearby it would unlock (the person's Swedish is below
 * their requirement, the course reaches it, and the course leads to their occupation or field) and the
 * modules it fills that a partial validation left missing.
 */
public record CourseAdvice(MatchList.Summary course, boolean eligible, List<Reason> reasons, List<Unlocked> unlocks,
                           List<String> fillsModules, double value, Map<String, String> explanation) {

  /** A job the course unlocks, with the job's score once the course is done. */
  public record Unlocked(MatchList.Summary job, double score) {
  }
}
