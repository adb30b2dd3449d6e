package se.etablera.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.etablera.application.Application.Status;

/**
 * The application state machine and who may move it: the newcomer applies, withdraws and accepts an offer;
 * the opening's employer or course provider shortlists, offers, rejects, and records start and completion;
 * the coach applies and withdraws on the newcomer's behalf and records start and completion (they follow the
 * results daily); the service itself lets unanswered offers expire.
 */
public final class Transitions {
  /** Who acts: the opening's owner, the newcomer, their coach, or the service. */
  public enum Actor { owner, newcomer, coach, system }

  private static final Map<Status, Map<Status, Set<Actor>>> RULES = rules();

  private Transitions() {
  }

  private static Map<Status, Map<Status, Set<Actor>>> rules() {
    Map<Status, Map<Status, Set<Actor>>> r = new EnumMap<>(Status.class);
    Set<Actor> leave = Set.of(Actor.newcomer, Actor.coach);
    r.put(Status.applied, Map.of(Status.shortlisted, Set.of(Actor.owner), Status.offered, Set.of(Actor.owner),
        Status.rejected, Set.of(Actor.owner), Status.withdrawn, leave));
    r.put(Status.shortlisted, Map.of(Status.offered, Set.of(Actor.owner), Status.rejected, Set.of(Actor.owner),
        Status.withdrawn, leave));
    r.put(Status.offered, Map.of(Status.accepted, Set.of(Actor.newcomer), Status.rejected, Set.of(Actor.owner),
        Status.withdrawn, leave, Status.offer_expired, Set.of(Actor.system)));
    r.put(Status.accepted, Map.of(Status.started, Set.of(Actor.owner, Actor.coach), Status.withdrawn, leave));
    r.put(Status.started, Map.of(Status.completed, Set.of(Actor.owner, Actor.coach), Status.withdrawn, leave));
    java.util.Arrays.stream(Status.values()).filter(Status::terminal).forEach(terminal -> r.put(terminal, Map.of()));
    return r;
  }

  public static boolean allowed(Status from, Status to, Actor actor) {
    return RULES.get(from).getOrDefault(to, Set.of()).contains(actor);
  }

  /** The moves this actor may make from {@code from}, in the order of the states. */
  public static List<Status> allowedFrom(Status from, Actor actor) {
    return RULES.get(from).entrySet().stream().filter(e -> e.getValue().contains(actor)).map(Map.Entry::getKey).sorted().toList();
  }
}
