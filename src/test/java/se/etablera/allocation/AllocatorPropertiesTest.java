package se.etablera.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.etablera.allocation.Cases.Case;

/**
 * Properties on many random cases with fixed seeds: the optimum equals a brute force on small cases, with and
 * without the share constraint; it never scores below the greedy baseline; answers do not depend on input order.
 */
@Timeout(60)
class AllocatorPropertiesTest {
  private static final double[] TOLERANCES = {0.0, 0.05, 0.1, 0.2, 0.34};

  private static Optional<ShareConstraint> someConstraint(Random random) {
    Set<String> groups = random.nextInt(4) == 0 ? Set.of("female", "male", "other") : Cases.TWO_GROUPS;
    return Optional.of(new ShareConstraint(TOLERANCES[random.nextInt(TOLERANCES.length)], groups));
  }

  @Test
  void theOptimumEqualsBruteForceOnSmallCases() {
    Random random = new Random(20240601);
    for (int i = 0; i < 400; i++) {
      Case c = Cases.random(random, 7, 4, 2, 0.3 + 0.5 * random.nextDouble());
      Allocation a = c.optimal(Optional.empty());
      Cases.assertValid(c, a);
      assertEquals(Cases.bruteForce(c, Optional.empty()) / 1e6, a.totalScore(), "case " + i + ": " + c);
      assertTrue(a.shareConstraintMet(), "no constraint asked, so none is broken");
    }
  }

  @Test
  void theOptimumUnderTheShareConstraintEqualsBruteForceOnSmallCases() {
    Random random = new Random(7);
    int binding = 0;
    for (int i = 0; i < 400; i++) {
      Case c = Cases.random(random, 7, 4, 2, 0.3 + 0.5 * random.nextDouble());
      Optional<ShareConstraint> shares = someConstraint(random);
      Allocation a = c.optimal(shares);
      Cases.assertValid(c, a);
      long expected = Cases.bruteForce(c, shares);
      assertEquals(expected / 1e6, a.totalScore(), "case " + i + " with " + shares.get() + ": " + c);
      assertTrue(a.shareConstraintMet(), "case " + i);
      assertTrue(Cases.sharesHold(c.people(), a.assignments(), shares.get()), "case " + i + ": " + a);
      if (expected < Cases.bruteForce(c, Optional.empty())) {
        binding++;
      }
    }
    // The comparison only tests the constrained search if the constraint often changes the answer.
    assertTrue(binding >= 40, "the constraint changed the optimum in only " + binding + " cases");
  }

  /**
   * With three or more groups a lower bound on one group is not implied by the others' upper bounds, so this
   * checks the bounded network against another formulation: for every count vector the shares allow, the best
   * assignment with exactly those counts (one capped, rewarded edge per group), keeping the best of all.
   */
  @Test
  void theOptimumWithThreeGroupsEqualsTheBestOverAllowedCountVectors() {
    Random random = new Random(31);
    Set<String> groups = Set.of("female", "male", "other");
    String[] names = {"female", "male", "other"};
    int binding = 0;
    for (int i = 0; i < 60; i++) {
      Case base = Cases.random(random, 18, 5, 4, 0.3 + 0.3 * random.nextDouble());
      List<Candidate> people = base.people().stream()
          .map(p -> new Candidate(p.id(), random.nextInt(10) == 0 ? null : names[random.nextInt(3)]))
          .toList();
      Case c = new Case(people, base.openings(), base.pairs());
      ShareConstraint shares = new ShareConstraint(random.nextBoolean() ? 0.05 : 0.1, groups);

      long best = -1;
      int[] n = new int[3];
      people.forEach(p -> {
        for (int g = 0; g < 3; g++) {
          n[g] += names[g].equals(p.group()) ? 1 : 0;
        }
      });
      for (int a0 = 0; a0 <= n[0]; a0++) {
        for (int a1 = 0; a1 <= n[1]; a1++) {
          for (int a2 = 0; a2 <= n[2]; a2++) {
            int[] counts = {a0, a1, a2};
            if (countsHold(counts, n, shares.tolerance())) {
              best = Math.max(best, bestWithExactCounts(c, names, counts));
            }
          }
        }
      }
      Allocation a = c.optimal(Optional.of(shares));
      Cases.assertValid(c, a);
      assertTrue(Cases.sharesHold(people, a.assignments(), shares), "case " + i);
      assertEquals(best / 1e6, a.totalScore(), "case " + i + " " + shares + ": " + c);
      if (a.totalScore() < c.optimal(Optional.empty()).totalScore()) {
        binding++;
      }
    }
    assertTrue(binding >= 20, "the constraint changed the optimum in only " + binding + " cases");
  }

  private static boolean countsHold(int[] counts, int[] n, double tolerance) {
    int total = counts[0] + counts[1] + counts[2];
    int all = n[0] + n[1] + n[2];
    for (int g = 0; g < 3 && total > 0; g++) {
      if (Math.abs(counts[g] / (double) total - n[g] / (double) all) > tolerance + 1e-9) {
        return false;
      }
    }
    return true;
  }

  /** Best total in micro-units with exactly {@code counts[g]} places per group, or −1 when impossible. */
  private static long bestWithExactCounts(Case c, String[] names, int[] counts) {
    List<String> people = c.people().stream().map(Candidate::id).sorted().toList();
    List<String> openings = c.openings().stream().map(Seat::openingId).sorted().toList();
    Map<String, String> groupOf = new HashMap<>();
    c.people().forEach(p -> groupOf.put(p.id(), p.group()));
    int groups = names.length;
    int firstPerson = 1 + groups;
    int firstOpening = firstPerson + people.size();
    int sink = firstOpening + openings.size();
    long reward = 1 + c.pairs().stream().mapToLong(p -> Cases.micros(p.score())).sum();
    MinCostFlow flow = new MinCostFlow(sink + 1);
    int[] groupEdge = new int[groups];
    for (int g = 0; g < groups; g++) {
      groupEdge[g] = flow.addEdge(0, 1 + g, counts[g], -reward);
    }
    for (int p = 0; p < people.size(); p++) {
      String group = groupOf.get(people.get(p));
      int g = group == null ? -1 : List.of(names).indexOf(group);
      flow.addEdge(g >= 0 ? 1 + g : 0, firstPerson + p, 1, 0);
    }
    Map<String, Long> best = new HashMap<>();
    for (Pair p : c.pairs()) {
      best.merge(p.personId() + "\u0000" + p.openingId(), Cases.micros(p.score()), Math::max);
    }
    for (Map.Entry<String, Long> e : best.entrySet()) {
      String[] ids = e.getKey().split("\u0000");
      flow.addEdge(firstPerson + people.indexOf(ids[0]), firstOpening + openings.indexOf(ids[1]), 1, -e.getValue());
    }
    for (Seat o : c.openings()) {
      flow.addEdge(firstOpening + openings.indexOf(o.openingId()), sink, o.seats(), 0);
    }
    long cost = flow.solve(0, sink);
    for (int g = 0; g < groups; g++) {
      if (flow.flow(groupEdge[g]) != counts[g]) {
        return -1;
      }
    }
    return -cost - reward * (counts[0] + counts[1] + counts[2]);
  }

  @Test
  void theOptimumNeverScoresBelowTheGreedyBaseline() {
    Random random = new Random(99);
    int strictlyBetter = 0;
    for (int i = 0; i < 80; i++) {
      Case c = Cases.random(random, 40, 10, 4, 0.1 + 0.4 * random.nextDouble());
      for (Optional<ShareConstraint> shares : List.of(Optional.<ShareConstraint>empty(), someConstraint(random))) {
        Allocation optimal = c.optimal(shares);
        Allocation greedy = c.greedy(shares);
        Cases.assertValid(c, optimal);
        Cases.assertValid(c, greedy);
        assertTrue(greedy.shareConstraintMet(), "the greedy repairs the shares, case " + i);
        if (shares.isPresent()) {
          assertTrue(Cases.sharesHold(c.people(), greedy.assignments(), shares.get()), "case " + i);
        }
        assertTrue(optimal.totalScore() >= greedy.totalScore(),
            "case " + i + " " + shares + ": optimal " + optimal.totalScore() + " < greedy " + greedy.totalScore());
        if (optimal.totalScore() > greedy.totalScore()) {
          strictlyBetter++;
        }
      }
    }
    assertTrue(strictlyBetter >= 30, "the greedy was beaten in only " + strictlyBetter + " cases");
  }

  @Test
  void theGreedyWalksThePairsByScoreThenPersonThenOpening() {
    Random random = new Random(3);
    for (int i = 0; i < 100; i++) {
      Case c = Cases.random(random, 25, 8, 3, 0.4);
      assertEquals(referenceGreedy(c), c.greedy(Optional.empty()).assignments(), "case " + i);
    }
  }

  @Test
  void theGreedyWithSharesOnlyDeviatesWhenThePlainGreedyBreaksThem() {
    Random random = new Random(11);
    int compared = 0;
    for (int i = 0; i < 200; i++) {
      Case c = Cases.random(random, 30, 8, 3, 0.3);
      Optional<ShareConstraint> shares = someConstraint(random);
      Allocation plain = c.greedy(Optional.empty());
      if (Cases.sharesHold(c.people(), plain.assignments(), shares.get())) {
        assertEquals(plain.assignments(), c.greedy(shares).assignments(), "case " + i);
        compared++;
      }
    }
    assertTrue(compared >= 30, "only " + compared + " cases compared");
  }

  @Test
  void theOptimumWithSharesIsTheUnconstrainedOneWhenThatAlreadyMeetsThem() {
    Random random = new Random(12);
    for (int i = 0; i < 100; i++) {
      Case c = Cases.random(random, 30, 8, 3, 0.3);
      Allocation free = c.optimal(Optional.empty());
      Optional<ShareConstraint> shares = someConstraint(random);
      Allocation constrained = c.optimal(shares);
      if (Cases.sharesHold(c.people(), free.assignments(), shares.get())) {
        assertEquals(free.assignments(), constrained.assignments(), "case " + i);
      } else {
        assertTrue(constrained.totalScore() <= free.totalScore(), "case " + i);
      }
    }
  }

  @Test
  void theSameInputInAnyOrderGivesTheSameAllocation() {
    Random random = new Random(5);
    for (int i = 0; i < 40; i++) {
      // Whole-number scores make many equally good answers, so the tie-breaks are what is tested.
      Case c = tiedCase(random, 35, 9);
      Optional<ShareConstraint> shares = someConstraint(random);
      Allocation optimal = c.optimal(Optional.empty());
      Allocation optimalShares = c.optimal(shares);
      Allocation greedy = c.greedy(Optional.empty());
      Allocation greedyShares = c.greedy(shares);
      for (int k = 0; k < 5; k++) {
        Case s = c.shuffled(random);
        assertEquals(optimal, s.optimal(Optional.empty()), "case " + i);
        assertEquals(optimalShares, s.optimal(shares), "case " + i);
        assertEquals(greedy, s.greedy(Optional.empty()), "case " + i);
        assertEquals(greedyShares, s.greedy(shares), "case " + i);
      }
    }
  }

  @Test
  void assignmentsComeSortedByPerson() {
    Case c = Cases.random(new Random(8), 40, 8, 4, 0.4);
    List<Assignment> list = c.optimal(Optional.empty()).assignments();
    List<Assignment> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparing(Assignment::personId));
    assertEquals(sorted, list);
    assertTrue(list.size() > 5);
  }

  private static Case tiedCase(Random random, int people, int openings) {
    Case c = Cases.random(random, people, openings, 3, 0.35);
    List<Pair> pairs = c.pairs().stream()
        .map(p -> new Pair(p.personId(), p.openingId(), 1 + Math.floor(p.score() * 7) % 3))
        .toList();
    return new Case(c.people(), c.openings(), pairs);
  }

  /** The greedy as the issue words it, written separately from the solver. */
  private static List<Assignment> referenceGreedy(Case c) {
    Map<String, Pair> best = new HashMap<>();
    for (Pair p : c.pairs()) {
      best.merge(p.personId() + "\u0000" + p.openingId(), p, (a, b) -> b.score() > a.score() ? b : a);
    }
    List<Pair> pairs = new ArrayList<>(best.values());
    pairs.sort(Comparator.comparingLong((Pair p) -> -Cases.micros(p.score()))
        .thenComparing(Pair::personId).thenComparing(Pair::openingId));
    Map<String, Integer> left = new HashMap<>();
    c.openings().forEach(o -> left.put(o.openingId(), o.seats()));
    Set<String> placed = new HashSet<>();
    List<Assignment> result = new ArrayList<>();
    for (Pair p : pairs) {
      if (!placed.contains(p.personId()) && left.get(p.openingId()) > 0) {
        placed.add(p.personId());
        left.merge(p.openingId(), -1, Integer::sum);
        result.add(new Assignment(p.personId(), p.openingId(), p.score()));
      }
    }
    result.sort(Comparator.comparing(Assignment::personId));
    return result;
  }
}
