package se.etablera.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline a coach could produce by hand: work down the pairs from the highest score (ties by person id,
 * then opening id) and take a pair when its person is still free and its opening has a seat left.
 *
 * <p>With a share constraint the walk also skips a pair when taking it would leave no way to end within the
 * shares, judged by counting, per group, the free people who still have a pair with a free seat, and the free
 * seats. That count is optimistic (two people may be waiting for the same last seat), so the walk can still end
 * outside the shares; then the most recently taken place of the most over-represented group is given back until
 * the shares hold (they hold trivially with no places), and free seats are refilled in the same order, taking a
 * pair only if the shares still hold afterwards. The result therefore always meets the constraint, which makes it
 * a fair baseline for the optimum under the same constraint. When the plain walk would end within the shares
 * anyway, the look-ahead never objects (that ending proves a way exists) and the result is the plain walk's.
 */
final class Greedy {

  private Greedy() {
  }

  /** The chosen pairs, indexed like {@code problem}'s pairs; {@code shares} is null for no constraint. */
  static boolean[] solve(Problem problem, Shares shares) {
    Integer[] order = new Integer[problem.pairs()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Pair indices already run in (person id, opening id) order, so the index is the tie-break.
    Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -problem.pairMicros[i]).thenComparingInt(i -> i));

    boolean[] chosen = new boolean[problem.pairs()];
    boolean[] busy = new boolean[problem.people()];
    int[] left = problem.seats.clone();
    if (shares == null) {
      for (int i : order) {
        if (free(problem, i, busy, left)) {
          take(problem, i, chosen, busy, left);
        }
      }
      return chosen;
    }

    Outlook outlook = new Outlook(shares);
    List<Integer> taken = new ArrayList<>();
    long[] counts = new long[shares.groups()];
    long[] waiting = waiting(problem, shares, busy, left);
    long freeSeats = Arrays.stream(problem.seats).asLongStream().sum();
    for (int i : order) {
      if (!free(problem, i, busy, left)) {
        continue;
      }
      int g = shares.groupOf(problem.pairPerson[i]);
      if (g >= 0) {
        counts[g]++;
        waiting[g]--;
      }
      boolean possible = outlook.possible(counts, waiting, freeSeats - 1);
      if (g >= 0) {
        counts[g]--;
        waiting[g]++;
      }
      if (!possible) {
        continue;
      }
      take(problem, i, chosen, busy, left);
      taken.add(i);
      freeSeats--;
      if (g >= 0) {
        counts[g]++;
      }
      waiting = waiting(problem, shares, busy, left);
    }

    while (!shares.met(counts)) {
      int g = shares.mostOverRepresented(counts);
      for (int k = taken.size() - 1; k >= 0; k--) {
        int i = taken.get(k);
        if (shares.groupOf(problem.pairPerson[i]) == g) {
          chosen[i] = false;
          busy[problem.pairPerson[i]] = false;
          left[problem.pairOpening[i]]++;
          counts[g]--;
          taken.remove(k);
          break;
        }
      }
    }
    for (int i : order) {
      if (!free(problem, i, busy, left)) {
        continue;
      }
      int g = shares.groupOf(problem.pairPerson[i]);
      if (g >= 0) {
        counts[g]++;
        if (!shares.met(counts)) {
          counts[g]--;
          continue;
        }
      }
      take(problem, i, chosen, busy, left);
    }
    return chosen;
  }

  /** Whether the pair's person is still free and its opening has a seat left. */
  private static boolean free(Problem problem, int pair, boolean[] busy, int[] left) {
    return !busy[problem.pairPerson[pair]] && left[problem.pairOpening[pair]] > 0;
  }

  private static void take(Problem problem, int pair, boolean[] chosen, boolean[] busy, int[] left) {
    chosen[pair] = true;
    busy[problem.pairPerson[pair]] = true;
    left[problem.pairOpening[pair]]--;
  }

  /** Per balanced group, the free people who still have a pair with a free seat. */
  private static long[] waiting(Problem problem, Shares shares, boolean[] busy, int[] left) {
    boolean[] counted = new boolean[problem.people()];
    long[] waiting = new long[shares.groups()];
    for (int i = 0; i < problem.pairs(); i++) {
      int person = problem.pairPerson[i];
      int g = shares.groupOf(person);
      if (g >= 0 && !busy[person] && !counted[person] && left[problem.pairOpening[i]] > 0) {
        counted[person] = true;
        waiting[g]++;
      }
    }
    return waiting;
  }

  /** Whether some final total could still satisfy every group's bounds, with per-total bounds computed once. */
  private static final class Outlook {
    private final long[][] lowest;
    private final long[][] highest;

    Outlook(Shares shares) {
      int max = shares.maxTotal();
      lowest = new long[shares.groups()][max + 1];
      highest = new long[shares.groups()][max + 1];
      for (int g = 0; g < shares.groups(); g++) {
        for (int total = 0; total <= max; total++) {
          lowest[g][total] = shares.lowest(g, total);
          highest[g][total] = shares.highest(g, total);
        }
      }
    }

    boolean possible(long[] counts, long[] waiting, long freeSeats) {
      long now = Arrays.stream(counts).sum();
      long more = Math.min(freeSeats, Arrays.stream(waiting).sum());
      long last = Math.min(lowest[0].length - 1, now + more);
      for (long total = now; total <= last; total++) {
        long low = 0;
        long high = 0;
        boolean fits = true;
        for (int g = 0; g < counts.length && fits; g++) {
          long lo = Math.max(counts[g], lowest[g][(int) total]);
          long hi = Math.min(counts[g] + waiting[g], highest[g][(int) total]);
          fits = lo <= hi;
          low += lo;
          high += hi;
        }
        if (fits && low <= total && total <= high) {
          return true;
        }
      }
      return false;
    }
  }
}
