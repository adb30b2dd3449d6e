package se.etablera.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.etablera.application.Application.Status;
import se.etablera.application.Transitions.Actor;

/** The whole state machine, as a table: every (from, to, actor) is either listed as allowed here or refused. */
class TransitionsTest {
  private static final List<String> ALLOWED = List.of(
      "applied shortlisted owner", "applied offered owner", "applied rejected owner", "applied withdrawn newcomer",
      "applied withdrawn coach",
      "shortlisted offered owner", "shortlisted rejected owner", "shortlisted withdrawn newcomer", "shortlisted withdrawn coach",
      "offered accepted newcomer", "offered rejected owner", "offered withdrawn newcomer", "offered withdrawn coach",
      "offered offer_expired system",
      "accepted started owner", "accepted started coach", "accepted withdrawn newcomer", "accepted withdrawn coach",
      "started completed owner", "started completed coach", "started withdrawn newcomer", "started withdrawn coach");

  static Stream<Arguments> everyMove() {
    List<Arguments> all = new ArrayList<>();
    for (Status from : Status.values()) {
      for (Status to : Status.values()) {
        for (Actor actor : Actor.values()) {
          all.add(Arguments.of(from, to, actor, ALLOWED.contains(from + " " + to + " " + actor)));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} → {1} by {2}: {3}")
  @MethodSource("everyMove")
  void onlyTheListedMovesAreAllowed(Status from, Status to, Actor actor, boolean allowed) {
    assertEquals(allowed, Transitions.allowed(from, to, actor));
  }

  @ParameterizedTest(name = "{0} for {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "applied     | owner    | shortlisted,offered,rejected",
      "applied     | newcomer | withdrawn",
      "offered     | newcomer | accepted,withdrawn",
      "offered     | coach    | withdrawn",
      "accepted    | coach    | started,withdrawn",
      "completed   | owner    | ''",
      "rejected    | newcomer | ''"})
  void allowedMovesAreListedInStateOrder(Status from, Actor actor, String expected) {
    List<String> names = Transitions.allowedFrom(from, actor).stream().map(Status::name).toList();
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), names);
  }

  @ParameterizedTest
  @CsvSource({"completed", "rejected", "withdrawn", "offer_expired"})
  void terminalStatesGoNowhere(Status terminal) {
    assertEquals(true, terminal.terminal());
    for (Actor actor : Actor.values()) {
      assertEquals(List.of(), Transitions.allowedFrom(terminal, actor));
    }
  }
}
