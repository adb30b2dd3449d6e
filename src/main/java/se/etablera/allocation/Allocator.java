package se.etablera.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Proposes an assignment of people to openings that maximises the summed match score, with at most one opening
 * per person and no opening over its seats, and a greedy baseline to show it beside.
 *
 * <p><b>Why min-cost flow.</b> The problem is a transportation problem: source → person (capacity 1) → opening
 * (capacity 1, cost −score) → sink (capacity = seats). Min-cost flow solves it exactly on the network as given,
 * where the Hungarian algorithm would need each opening copied once per seat (a few hundred people × a hundred
 * or more seat columns, mostly forbidden cells). Flow also takes the share constraint naturally, as bounds on
 * edges from a node per group, which an assignment matrix cannot express. Successive shortest paths stop when
 * the next augmenting path would not raise the score, so nobody is placed just to fill a seat.
 *
 * <p><b>Share constraint.</b> The constraint bounds each group's count in terms of the total A of places that go
 * to people with a balanced group, so it is not a fixed capacity. For each possible A it becomes fixed bounds
 * lo<sub>g</sub>(A) ≤ a<sub>g</sub> ≤ hi<sub>g</sub>(A) with Σa<sub>g</sub> = A, which a flow network holds
 * exactly, so the best over all A is the exact optimum. Lower bounds are enforced by a bonus per unit on the
 * bounded edges larger than any possible total score, so the flow meets them whenever that is possible and the
 * solver can tell when it is not. When the unconstrained optimum already meets the constraint it is returned
 * directly. Otherwise the totals are tried outward from the unconstrained optimum's and a concave upper bound
 * stops the search early (see {@link #balanced}); in the worst case that is two flows per total, each
 * O(places · pairs · log nodes).
 *
 * <p><b>Greedy baseline.</b> Pairs by score, highest first (ties by person id, then opening id); a pair is taken
 * when its person is free and its opening has a seat. With a share constraint the greedy skips pairs that would
 * leave no way to end within the shares and repairs what that optimistic look-ahead misses (see {@link Greedy}),
 * so it always meets the constraint and the optimum with the constraint can never score below it.
 *
 * <p><b>Determinism.</b> Both solvers first sort people and openings by id and merge duplicate pairs, then work
 * with scores as whole micro-units in long arithmetic and in a fixed order; ties therefore go by id order, and
 * the same input in any order gives the same allocation.
 */
public final class Allocator {

  private Allocator() {
  }

  /**
   * The assignment with the highest total score, meeting {@code shares} when given.
   *
   * @throws IllegalArgumentException for pairs naming unknown people or openings, scores that are not positive
   *     and finite, negative seats, or ids listed twice
   */
  public static Allocation optimal(List<Candidate> people, List<Seat> openings, List<Pair> pairs,
      Optional<ShareConstraint> shares) {
    Objects.requireNonNull(shares, "shares");
    Problem problem = Problem.of(people, openings, pairs);
    boolean[] unconstrained = solveUnconstrained(problem);
    if (shares.isEmpty()) {
      return allocation(problem, unconstrained, true);
    }
    Shares balance = new Shares(problem, shares.get());
    if (balance.met(unconstrained)) {
      return allocation(problem, unconstrained, true);
    }
    return allocation(problem, balanced(problem, balance, unconstrained), true);
  }

  /**
   * The best assignment meeting the shares, found by trying totals A outward from the unconstrained optimum's
   * A<sub>u</sub>, alternately below and above. V(A), the best with A balanced places and the per-group
   * bounds, is at most W(A), the best with A balanced places and no bounds. W is concave (the value of a flow
   * whose one edge is fixed at A) and peaks at A<sub>u</sub>, so once W on a side has fallen to the best V found,
   * nothing further out on that side can beat it; the two last W values, extended as a line, bound the next
   * one and can stop a side without a solve.
   */
  private static boolean[] balanced(Problem problem, Shares balance, boolean[] unconstrained) {
    long ceiling = micros(problem, unconstrained);
    int start = (int) Arrays.stream(balance.counts(unconstrained)).sum();
    int maxTotal = balance.maxTotal();
    long bonus = bonus(problem);
    boolean[] best = solveWithTotal(problem, balance, start, bonus, true);
    long bestMicros = best == null ? -1 : micros(problem, best);
    // W at the two totals nearest the start on each side, [side][0] nearest; W(start) is the ceiling.
    long[][] w = {{ceiling, Long.MIN_VALUE}, {ceiling, Long.MIN_VALUE}};
    boolean[] open = {true, true};
    for (int step = 1; (open[0] || open[1]) && bestMicros < ceiling; step++) {
      for (int side = 0; side < 2 && bestMicros < ceiling; side++) {
        int total = side == 0 ? start - step : start + step;
        if (!open[side] || total < 0 || total > maxTotal) {
          open[side] = false;
          continue;
        }
        if (w[side][1] != Long.MIN_VALUE && 2 * w[side][0] - w[side][1] <= bestMicros) {
          open[side] = false;
          continue;
        }
        boolean[] free = solveWithTotal(problem, balance, total, bonus, false);
        long here = free == null ? -1 : micros(problem, free);
        if (here <= bestMicros) {
          open[side] = false;
          continue;
        }
        w[side][1] = w[side][0];
        w[side][0] = here;
        boolean[] chosen = solveWithTotal(problem, balance, total, bonus, true);
        if (chosen != null && micros(problem, chosen) > bestMicros) {
          best = chosen;
          bestMicros = micros(problem, chosen);
        }
      }
    }
    // Below the start W(A) ≥ 0 for every A, so the lower side walks on until something is found, at the latest
    // at total 0 (only people without a balanced group placed), which always meets the shares.
    if (best == null) {
      throw new IllegalStateException("no assignment meeting the shares found; total 0 always meets them");
    }
    return best;
  }

  /**
   * The greedy baseline described in the class comment, reported beside the optimum so a coach can see what the
   * optimisation adds. Same validation as {@link #optimal}.
   *
   * @throws IllegalArgumentException as for {@link #optimal}
   */
  public static Allocation greedy(List<Candidate> people, List<Seat> openings, List<Pair> pairs,
      Optional<ShareConstraint> shares) {
    Objects.requireNonNull(shares, "shares");
    Problem problem = Problem.of(people, openings, pairs);
    Shares balance = shares.map(c -> new Shares(problem, c)).orElse(null);
    boolean[] chosen = Greedy.solve(problem, balance);
    return allocation(problem, chosen, balance == null || balance.met(chosen));
  }

  /** Source → person → opening → sink; nodes numbered in that order, as {@link MinCostFlow} requires. */
  private static boolean[] solveUnconstrained(Problem problem) {
    int people = problem.people();
    int openings = problem.openings();
    int source = 0;
    int firstPerson = 1;
    int firstOpening = firstPerson + people;
    int sink = firstOpening + openings;
    MinCostFlow flow = new MinCostFlow(sink + 1);
    for (int p = 0; p < people; p++) {
      flow.addEdge(source, firstPerson + p, 1, 0);
    }
    int[] pairEdge = addPairsAndSeats(problem, flow, firstPerson, firstOpening, sink);
    flow.solve(source, sink);
    return chosen(problem, flow, pairEdge);
  }

  /**
   * The best assignment in which exactly {@code total} places go to people with a balanced group and, when
   * {@code bounded}, each group g gets between lo<sub>g</sub> and hi<sub>g</sub> of them; null when no
   * assignment can do that. Network:
   * source → hub (capacity total) → group g (lo<sub>g</sub> units with the bonus, hi<sub>g</sub> − lo<sub>g</sub>
   * without) → that group's people; everyone else straight from the source. The hub edge carries the bonus too,
   * so the flow uses all of it when it can.
   */
  private static boolean[] solveWithTotal(Problem problem, Shares balance, int total, long bonus, boolean bounded) {
    int groups = balance.groups();
    long[] lo = new long[groups];
    long[] hi = new long[groups];
    long loSum = 0;
    long hiSum = 0;
    for (int g = 0; g < groups; g++) {
      lo[g] = bounded ? balance.lowest(g, total) : 0;
      hi[g] = bounded ? balance.highest(g, total) : total;
      if (lo[g] > Math.min(hi[g], balance.placeable(g))) {
        return null;
      }
      loSum += lo[g];
      hiSum += hi[g];
    }
    if (loSum > total || hiSum < total) {
      return null;
    }
    int people = problem.people();
    int source = 0;
    int hub = 1;
    int firstGroup = 2;
    int firstPerson = firstGroup + groups;
    int firstOpening = firstPerson + people;
    int sink = firstOpening + problem.openings();
    MinCostFlow flow = new MinCostFlow(sink + 1);
    int hubEdge = flow.addEdge(source, hub, total, -bonus);
    int[] lowerEdge = new int[groups];
    for (int g = 0; g < groups; g++) {
      lowerEdge[g] = lo[g] > 0 ? flow.addEdge(hub, firstGroup + g, lo[g], -bonus) : -1;
      if (hi[g] > lo[g]) {
        flow.addEdge(hub, firstGroup + g, hi[g] - lo[g], 0);
      }
    }
    for (int p = 0; p < people; p++) {
      int g = balance.groupOf(p);
      flow.addEdge(g >= 0 ? firstGroup + g : source, firstPerson + p, 1, 0);
    }
    int[] pairEdge = addPairsAndSeats(problem, flow, firstPerson, firstOpening, sink);
    flow.solve(source, sink);
    if (flow.flow(hubEdge) != total) {
      return null;
    }
    for (int g = 0; g < groups; g++) {
      if (lowerEdge[g] >= 0 && flow.flow(lowerEdge[g]) != lo[g]) {
        return null;
      }
    }
    return chosen(problem, flow, pairEdge);
  }

  private static int[] addPairsAndSeats(Problem problem, MinCostFlow flow, int firstPerson, int firstOpening,
      int sink) {
    int[] pairEdge = new int[problem.pairs()];
    for (int i = 0; i < problem.pairs(); i++) {
      pairEdge[i] = flow.addEdge(firstPerson + problem.pairPerson[i], firstOpening + problem.pairOpening[i], 1,
          -problem.pairMicros[i]);
    }
    for (int o = 0; o < problem.openings(); o++) {
      if (problem.seats[o] > 0) {
        flow.addEdge(firstOpening + o, sink, problem.seats[o], 0);
      }
    }
    return pairEdge;
  }

  private static boolean[] chosen(Problem problem, MinCostFlow flow, int[] pairEdge) {
    boolean[] chosen = new boolean[problem.pairs()];
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = flow.flow(pairEdge[i]) == 1;
    }
    return chosen;
  }

  /**
   * A per-unit bonus larger than any total score, so that meeting a lower bound always beats any score gained
   * by missing it. Checked against overflow with room for the few bonuses a path or potential can add up.
   */
  private static long bonus(Problem problem) {
    long[] bestPerPerson = new long[problem.people()];
    for (int i = 0; i < problem.pairs(); i++) {
      bestPerPerson[problem.pairPerson[i]] = Math.max(bestPerPerson[problem.pairPerson[i]], problem.pairMicros[i]);
    }
    try {
      long sum = 1;
      for (long m : bestPerPerson) {
        sum = Math.addExact(sum, m);
      }
      Math.multiplyExact(sum, 4L * problem.people() + 16);
      return sum;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("scores are too large to balance shares exactly; rescale them", e);
    }
  }

  private static long micros(Problem problem, boolean[] chosen) {
    long sum = 0;
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        sum += problem.pairMicros[i];
      }
    }
    return sum;
  }

  private static Allocation allocation(Problem problem, boolean[] chosen, boolean met) {
    List<Assignment> assignments = new ArrayList<>();
    TreeMap<String, Integer> byGroup = new TreeMap<>();
    for (String g : problem.personGroups) {
      if (g != null) {
        byGroup.put(g, 0);
      }
    }
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        int p = problem.pairPerson[i];
        assignments.add(new Assignment(problem.personIds[p], problem.openingIds[problem.pairOpening[i]],
            problem.pairScore[i]));
        if (problem.personGroups[p] != null) {
          byGroup.merge(problem.personGroups[p], 1, Integer::sum);
        }
      }
    }
    double total = micros(problem, chosen) / Problem.MICROS_PER_UNIT;
    return new Allocation(assignments, total, Collections.unmodifiableMap(byGroup), met);
  }
}
