package se.etablera.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-made cases whose answers can be checked by eye, and the input the allocator must refuse. */
@Timeout(60)
class AllocatorTest {
  private static final Optional<ShareConstraint> NONE = Optional.empty();

  private static Candidate person(String id, String group) {
    return new Candidate(id, group);
  }

  private static Assignment placed(String person, String opening, double score) {
    return new Assignment(person, opening, score);
  }

  @Test
  void theGreedyTakesTheBestPairFirstAndTheOptimumSeesBeyondIt() {
    List<Candidate> people = List.of(person("anna", "female"), person("bilal", "male"));
    List<Seat> openings = List.of(new Seat("bakery", 1), new Seat("warehouse", 1));
    List<Pair> pairs = List.of(
        new Pair("anna", "bakery", 10), new Pair("anna", "warehouse", 9), new Pair("bilal", "bakery", 8));

    Allocation greedy = Allocator.greedy(people, openings, pairs, NONE);
    Allocation optimal = Allocator.optimal(people, openings, pairs, NONE);

    assertEquals(List.of(placed("anna", "bakery", 10)), greedy.assignments());
    assertEquals(10.0, greedy.totalScore());
    assertEquals(List.of(placed("anna", "warehouse", 9), placed("bilal", "bakery", 8)), optimal.assignments());
    assertEquals(17.0, optimal.totalScore());
    assertEquals(Map.of("female", 1, "male", 1), optimal.assignedByGroup());
  }

  @Test
  void underTheShareConstraintASeatCanStayEmpty() {
    // Two women and two men; three places would split 2–1, a 17-point gap from 50 %, beyond a 10-point tolerance.
    List<Candidate> people = List.of(
        person("w1", "female"), person("w2", "female"), person("m1", "male"), person("m2", "male"));
    List<Seat> openings = List.of(new Seat("course", 3));
    List<Pair> pairs = List.of(new Pair("w1", "course", 10), new Pair("w2", "course", 9),
        new Pair("m1", "course", 1), new Pair("m2", "course", 1));
    Optional<ShareConstraint> shares = Optional.of(new ShareConstraint(0.10, Cases.TWO_GROUPS));

    Allocation free = Allocator.optimal(people, openings, pairs, NONE);
    Allocation balanced = Allocator.optimal(people, openings, pairs, shares);

    assertEquals(20.0, free.totalScore());
    assertEquals(3, free.assignments().size());
    assertFalse(shares.get().isMetBy(people, free.assignments()));
    assertEquals(List.of(placed("m1", "course", 1), placed("w1", "course", 10)), balanced.assignments());
    assertEquals(11.0, balanced.totalScore());
    assertTrue(balanced.shareConstraintMet());
    assertEquals(Map.of("female", 1, "male", 1), balanced.assignedByGroup());
  }

  @Test
  void theGreedyRespectsTheSharesWhereThePlainOrderWouldNot() {
    // Men score higher everywhere; taken plainly, all four seats would go to men.
    List<Candidate> people = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      people.add(person("m" + i, "male"));
      people.add(person("w" + i, "female"));
      pairs.add(new Pair("m" + i, "cafe", 5));
      pairs.add(new Pair("m" + i, "garage", 6));
      pairs.add(new Pair("w" + i, "cafe", 2));
    }
    List<Seat> openings = List.of(new Seat("cafe", 2), new Seat("garage", 2));
    Optional<ShareConstraint> shares = Optional.of(new ShareConstraint(0.0, Cases.TWO_GROUPS));

    Allocation plain = Allocator.greedy(people, openings, pairs, NONE);
    Allocation greedy = Allocator.greedy(people, openings, pairs, shares);
    Allocation optimal = Allocator.optimal(people, openings, pairs, shares);

    assertEquals(Map.of("female", 0, "male", 4), plain.assignedByGroup());
    assertEquals(22.0, plain.totalScore());
    assertEquals(List.of(placed("m1", "garage", 6), placed("m2", "garage", 6), placed("w1", "cafe", 2),
        placed("w2", "cafe", 2)), greedy.assignments());
    assertTrue(greedy.shareConstraintMet());
    assertEquals(16.0, optimal.totalScore());
    assertEquals(Map.of("female", 2, "male", 2), optimal.assignedByGroup());
  }

  @Test
  void peopleWithoutARecordedOrBalancedGroupArePlacedFreely() {
    // The only woman has no pair, so any man placed would make the men's share 100 % against a 50 % target.
    List<Candidate> people = List.of(person("w1", "female"), person("m1", "male"), person("x1", null),
        person("y1", "other"));
    List<Seat> openings = List.of(new Seat("shop", 3));
    List<Pair> pairs = List.of(new Pair("x1", "shop", 5), new Pair("y1", "shop", 5), new Pair("m1", "shop", 4));
    Optional<ShareConstraint> shares = Optional.of(new ShareConstraint(0.0, Cases.TWO_GROUPS));

    for (Allocation a : List.of(Allocator.optimal(people, openings, pairs, shares),
        Allocator.greedy(people, openings, pairs, shares))) {
      assertEquals(List.of(placed("x1", "shop", 5), placed("y1", "shop", 5)), a.assignments());
      assertEquals(Map.of("female", 0, "male", 0, "other", 1), a.assignedByGroup());
    }
  }

  @Test
  void equalScoresGoToTheFirstPersonThenOpeningById() {
    List<Pair> pairs = List.of(new Pair("b", "x", 5), new Pair("a", "y", 5), new Pair("a", "x", 5));
    List<Candidate> people = List.of(person("b", null), person("a", null));
    List<Seat> openings = List.of(new Seat("y", 1), new Seat("x", 1));

    assertEquals(List.of(placed("a", "x", 5)), Allocator.greedy(people, openings, pairs, NONE).assignments());
    assertEquals(List.of(placed("a", "y", 5), placed("b", "x", 5)),
        Allocator.optimal(people, openings, pairs, NONE).assignments());
  }

  @Test
  void theToleranceBoundaryCountsAsWithinItExactly() {
    // 18 women among 40: a 45 % share. 11 or 7 of 20 places are exactly 10 points off; in doubles both gaps
    // come out as 0.10000000000000003, so a floating-point check would wrongly refuse them.
    List<Candidate> people = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      people.add(person(String.format("p%02d", i), i < 18 ? "female" : "male"));
    }
    ShareConstraint shares = new ShareConstraint(0.10, Cases.TWO_GROUPS);
    assertTrue(shares.isMetBy(people, place(people, 11, 9)));
    assertTrue(shares.isMetBy(people, place(people, 7, 13)));
    assertFalse(shares.isMetBy(people, place(people, 12, 8)));
    assertFalse(shares.isMetBy(people, place(people, 6, 14)));
    assertTrue(shares.isMetBy(people, List.of()), "no places, nothing out of balance");
  }

  /** Places the first {@code women} women and the first {@code men} men. */
  private static List<Assignment> place(List<Candidate> people, int women, int men) {
    List<Assignment> list = new ArrayList<>();
    int w = 0;
    int m = 0;
    for (Candidate c : people) {
      if ("female".equals(c.group()) ? w++ < women : m++ < men) {
        list.add(placed(c.id(), "o", 1));
      }
    }
    assertEquals(women + men, list.size());
    return list;
  }

  @Test
  void theBoundsPerTotalAgreeWithTheShareRule() {
    for (double tolerance : new double[] {0.0, 0.05, 0.1, 0.15, 0.3, 0.333, 1.0}) {
      ShareConstraint.Exact exact = new ShareConstraint(tolerance, Cases.TWO_GROUPS).exact();
      for (int n = 1; n <= 20; n++) {
        for (int m = 0; m <= n; m++) {
          for (int total = 0; total <= 20; total++) {
            long lo = Long.MAX_VALUE;
            long hi = -1;
            for (int a = 0; a <= Math.min(m, total); a++) {
              if (exact.within(a, total, m, n)) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
              }
            }
            if (hi < 0) {
              assertTrue(exact.lowest(total, m, n) > exact.highest(total, m, n), tolerance + " " + n + " " + m);
            } else {
              assertEquals(lo, exact.lowest(total, m, n), tolerance + " " + n + " " + m + " " + total);
              assertEquals(hi, exact.highest(total, m, n), tolerance + " " + n + " " + m + " " + total);
            }
          }
        }
      }
    }
  }

  @Test
  void withoutPairsNobodyIsPlaced() {
    List<Candidate> people = List.of(person("a", "female"), person("b", "male"));
    List<Seat> openings = List.of(new Seat("x", 2));
    Optional<ShareConstraint> shares = Optional.of(new ShareConstraint(0.1, Cases.TWO_GROUPS));
    for (Optional<ShareConstraint> s : List.of(NONE, shares)) {
      for (Allocation a : List.of(Allocator.optimal(people, openings, List.of(), s),
          Allocator.greedy(people, openings, List.of(), s))) {
        assertEquals(List.of(), a.assignments());
        assertEquals(0.0, a.totalScore());
        assertEquals(Map.of("female", 0, "male", 0), a.assignedByGroup());
        assertTrue(a.shareConstraintMet());
      }
    }
    assertEquals(List.of(), Allocator.optimal(List.of(), List.of(), List.of(), shares).assignments());
  }

  @Test
  void anOpeningWithoutSeatsTakesNobody() {
    List<Candidate> people = List.of(person("a", null), person("b", null));
    List<Seat> openings = List.of(new Seat("full", 0), new Seat("open", 1));
    List<Pair> pairs = List.of(new Pair("a", "full", 9), new Pair("b", "full", 9), new Pair("b", "open", 1));
    for (Allocation a : List.of(Allocator.optimal(people, openings, pairs, NONE),
        Allocator.greedy(people, openings, pairs, NONE))) {
      assertEquals(List.of(placed("b", "open", 1)), a.assignments());
    }
  }

  @Test
  void aPairListedTwiceKeepsItsHigherScore() {
    List<Candidate> people = List.of(person("a", null), person("b", null));
    List<Seat> openings = List.of(new Seat("x", 1));
    List<Pair> low = List.of(new Pair("a", "x", 3), new Pair("b", "x", 5), new Pair("a", "x", 7));
    List<Pair> high = List.of(new Pair("a", "x", 7), new Pair("b", "x", 5), new Pair("a", "x", 3));
    for (List<Pair> pairs : List.of(low, high)) {
      assertEquals(List.of(placed("a", "x", 7)), Allocator.optimal(people, openings, pairs, NONE).assignments());
      assertEquals(List.of(placed("a", "x", 7)), Allocator.greedy(people, openings, pairs, NONE).assignments());
    }
  }

  @Test
  void pairsNamingUnknownPeopleOrOpeningsAreRefusedByName() {
    List<Candidate> people = List.of(person("a", null));
    List<Seat> openings = List.of(new Seat("x", 1));
    assertRefused("unknown person 'ghost'",
        () -> Allocator.optimal(people, openings, List.of(new Pair("ghost", "x", 1)), NONE));
    assertRefused("unknown opening 'nowhere'",
        () -> Allocator.greedy(people, openings, List.of(new Pair("a", "nowhere", 1)), NONE));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-9})
  void scoresThatAreNotPositiveAndFiniteAreRefused(double score) {
    List<Candidate> people = List.of(person("a", null));
    List<Seat> openings = List.of(new Seat("x", 1));
    List<Pair> pairs = List.of(new Pair("a", "x", 1), new Pair("a", "x", score));
    assertRefused("pair (a, x) has score", () -> Allocator.optimal(people, openings, pairs, NONE));
    assertRefused("pair (a, x) has score", () -> Allocator.greedy(people, openings, pairs, NONE));
  }

  @Test
  void inconsistentPeopleAndOpeningsAreRefused() {
    List<Pair> none = List.of();
    assertRefused("negative seats",
        () -> Allocator.optimal(List.of(person("a", null)), List.of(new Seat("x", -1)), none, NONE));
    assertRefused("person 'a' is listed more than once",
        () -> Allocator.optimal(List.of(person("a", null), person("a", "male")), List.of(), none, NONE));
    assertRefused("opening 'x' is listed more than once",
        () -> Allocator.greedy(List.of(), List.of(new Seat("x", 1), new Seat("x", 2)), none, NONE));
  }

  @Test
  void aShareConstraintNeedsASensibleToleranceAndGroups() {
    assertRefused("tolerance", () -> new ShareConstraint(-0.1, Cases.TWO_GROUPS));
    assertRefused("tolerance", () -> new ShareConstraint(1.5, Cases.TWO_GROUPS));
    assertRefused("tolerance", () -> new ShareConstraint(Double.NaN, Cases.TWO_GROUPS));
    assertRefused("at least one group", () -> new ShareConstraint(0.1, Set.of()));
    assertRefused("non-blank", () -> new ShareConstraint(0.1, Set.of(" ")));
  }

  private static void assertRefused(String fragment, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
    assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' should mention " + fragment);
  }

  /** Lets the refusal checks take constructor calls and solver calls alike. */
  @FunctionalInterface
  private interface Executable {
    void run();
  }
}
