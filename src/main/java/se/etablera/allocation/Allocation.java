package se.etablera.allocation;

import java.util.List;
import java.util.Map;

/**
 * A proposed assignment.
 *
 * @param assignments the places, sorted by person id so equal proposals compare equal
 * @param totalScore the summed score, computed from the scores rounded to micro-units (as the optimiser sees
 *     them) so that comparing two allocations never depends on floating-point summation order
 * @param assignedByGroup assigned places per group, for every non-null group that occurs among the candidates
 *     (zeros included), sorted by group; people without a recorded group are not counted here
 * @param shareConstraintMet whether the requested share constraint holds for these places; true when none was
 *     requested, since there is then nothing to violate
 */
public record Allocation(List<Assignment> assignments, double totalScore, Map<String, Integer> assignedByGroup,
    boolean shareConstraintMet) {
  public Allocation {
    assignments = List.copyOf(assignments);
  }
}
