package se.etablera.matching;

import java.util.Map;

/**
 * A course and a job taken together: the course mornings, say, and the placement afternoons. {@code job} is the
 * job scored at the Swedish level the course reaches, so a course that unlocks a job lifts it.
 */
public record Combination(Scored course, Scored job, double score, boolean unlocks, String relation, long startGapDays,
                          int totalHours, Map<String, Double> signals) {
}
