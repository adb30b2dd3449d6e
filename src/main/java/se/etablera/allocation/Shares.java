package se.etablera.allocation;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * A {@link ShareConstraint} applied to one {@link Problem}: balanced groups numbered in name order, how many
 * candidates each has, and exact per-group bounds on the places for a given total.
 */
final class Shares {
  private final Problem problem;
  private final int[] groupOf;
  private final long[] candidates;
  private final long candidateTotal;
  private final long[] placeable;
  private final ShareConstraint.Exact exact;

  Shares(Problem problem, ShareConstraint constraint) {
    this.problem = problem;
    String[] names = new TreeSet<>(constraint.groups()).toArray(String[]::new);
    this.groupOf = new int[problem.people()];
    this.candidates = new long[names.length];
    this.placeable = new long[names.length];
    this.exact = constraint.exact();
    boolean[] hasSeat = new boolean[problem.people()];
    for (int i = 0; i < problem.pairs(); i++) {
      if (problem.seats[problem.pairOpening[i]] > 0) {
        hasSeat[problem.pairPerson[i]] = true;
      }
    }
    long n = 0;
    for (int p = 0; p < problem.people(); p++) {
      String group = problem.personGroups[p];
      int g = group == null ? -1 : Arrays.binarySearch(names, group);
      groupOf[p] = Math.max(g, -1);
      if (g >= 0) {
        candidates[g]++;
        n++;
        if (hasSeat[p]) {
          placeable[g]++;
        }
      }
    }
    this.candidateTotal = n;
  }

  int groups() {
    return candidates.length;
  }

  /** The person's balanced group, or −1 when the constraint does not count them. */
  int groupOf(int person) {
    return groupOf[person];
  }

  /** How many places at most can go to people the constraint counts: those with a usable pair, or the seats. */
  int maxTotal() {
    long seats = Arrays.stream(problem.seats).asLongStream().sum();
    return (int) Math.min(Arrays.stream(placeable).sum(), seats);
  }

  /** People in group g who have at least one pair with an opening that has seats. */
  long placeable(int g) {
    return placeable[g];
  }

  /** The fewest places group g may hold out of {@code total}. */
  long lowest(int g, long total) {
    return exact.lowest(total, candidates[g], candidateTotal);
  }

  /** The most places group g may hold out of {@code total}. */
  long highest(int g, long total) {
    return exact.highest(total, candidates[g], candidateTotal);
  }

  long[] counts(boolean[] chosen) {
    long[] counts = new long[groups()];
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i] && groupOf[problem.pairPerson[i]] >= 0) {
        counts[groupOf[problem.pairPerson[i]]]++;
      }
    }
    return counts;
  }

  boolean met(boolean[] chosen) {
    return met(counts(chosen));
  }

  boolean met(long[] counts) {
    long total = Arrays.stream(counts).sum();
    for (int g = 0; g < counts.length; g++) {
      if (!exact.within(counts[g], total, candidates[g], candidateTotal)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The group whose share most exceeds its target, among groups holding places: a·n − m·A compares the
   * excesses a/A − m/n exactly, since they share the denominator A·n. Ties go to the first name.
   */
  int mostOverRepresented(long[] counts) {
    long total = Arrays.stream(counts).sum();
    int worst = -1;
    long worstExcess = Long.MIN_VALUE;
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] == 0) {
        continue;
      }
      long excess = counts[g] * candidateTotal - candidates[g] * total;
      if (excess > worstExcess) {
        worst = g;
        worstExcess = excess;
      }
    }
    return worst;
  }
}
