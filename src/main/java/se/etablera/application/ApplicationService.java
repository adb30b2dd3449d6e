package se.etablera.application;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import se.etablera.access.Caller;
import se.etablera.access.Role;
import se.etablera.application.Application.FollowUp;
import se.etablera.application.Application.Status;
import se.etablera.application.Transitions.Actor;
import se.etablera.common.ApiException;
import se.etablera.common.Ids;
import se.etablera.config.Config;
import se.etablera.input.Intake;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.opportunity.OpportunityService;
import se.etablera.profile.Profile;
import se.etablera.profile.ProfileService;
import se.etablera.search.Documents;
import se.etablera.search.Elastic;
import se.etablera.search.Page;
import se.etablera.search.Queries;
import se.etablera.search.Versioned;

/**
 * Applications from "applied" to a completed activity and its follow-up. Each change is a conditional write
 * on the version read, published as a status event. Accepting an offer takes a seat of the opening first (see
 * {@link OpportunityService#takeSeat}); if the application then cannot be written, the seat is given back, so
 * seats are never lost or overbooked. A linked combination is accepted and withdrawn as a whole unless the
 * newcomer asks for one part alone.
 */
public final class ApplicationService {
  /** The statuses an application ends in, as stored. */
  private static final List<String> TERMINAL = java.util.Arrays.stream(Status.values()).filter(Status::terminal)
      .map(Status::name).toList();
  private static final Logger LOG = Logger.getLogger(ApplicationService.class.getName());
  private static final Intake.Form<JsonObject> NEW = new Intake.Form<>("application", List.of(), JsonObject.class, x -> List.of(), List.of());
  private static final Intake.Form<JsonObject> MOVE = new Intake.Form<>("transition", List.of(), JsonObject.class, x -> List.of(), List.of());
  private static final Intake.Form<JsonObject> FOLLOW = new Intake.Form<>("follow-up", List.of(), JsonObject.class, x -> List.of(), List.of());

  private final Documents<Application> applications;
  private final ProfileService profiles;
  private final OpportunityService opportunities;
  private final EventLog events;
  private final Intake intake;
  private final Config.Applications config;
  private final Clock clock;

  public ApplicationService(Documents<Application> applications, ProfileService profiles, OpportunityService opportunities,
                            EventLog events, Intake intake, Config.Applications config, Clock clock) {
    this.applications = applications;
    this.profiles = profiles;
    this.opportunities = opportunities;
    this.events = events;
    this.intake = intake;
    this.config = config;
    this.clock = clock;
  }

  /** Filters of GET /api/applications. */
  public record Filter(String profileId, String opportunityId, String status) {
  }

  /**
   * Applies to one opening, or to a combination (a course and a placement or extra job, linked). The newcomer
   * applies for themselves; a coach for newcomers in their municipalities.
   */
  public Future<List<Application>> apply(Caller caller, JsonObject body) {
    return apply(caller, body, null);
  }

  /** As {@link #apply(Caller, JsonObject)}, marking the applications as made from a confirmed batch allocation. */
  public Future<List<Application>> apply(Caller caller, JsonObject body, String allocationId) {
    return Future.<JsonObject>future(p -> p.complete(intake.read(NEW, body))).compose(in -> {
      String profileId = in.getString("profile_id");
      if (caller.role() != Role.coach && !caller.isProfile(profileId)) {
        return Future.failedFuture(new ApiException.Invalid("/profile_id", "you may apply only for your own profile"));
      }
      return profiles.get(caller, profileId)
          .recover(e -> Future.failedFuture(e instanceof ApiException.NotFound
              ? new ApiException.Invalid("/profile_id", "no profile with id " + profileId + " that you may act for") : e))
          .compose(profile -> {
            JsonObject combination = in.getJsonObject("combination");
            if (combination == null) {
              return opening(in.getString("opportunity_id"), "/opportunity_id", null)
                  .compose(o -> create(caller, profile, o, null, allocationId).map(List::of));
            }
            return opening(combination.getString("course_id"), "/combination/course_id", Kind.course)
                .compose(course -> opening(combination.getString("job_id"), "/combination/job_id", null).compose(job -> {
                  if (job.kind() == Kind.course) {
                    return Future.failedFuture(new ApiException.Invalid("/combination/job_id", "must be a placement or an extra job"));
                  }
                  String combinationId = Ids.newId();
                  return create(caller, profile, course, combinationId, allocationId)
                      .compose(a -> create(caller, profile, job, combinationId, allocationId).map(b -> List.of(a, b)));
                }));
          });
    });
  }

  private Future<Opportunity> opening(String id, String pointer, Kind required) {
    return opportunities.get(id, null)
        .recover(e -> Future.failedFuture(e instanceof ApiException.NotFound ? new ApiException.Invalid(pointer, "no opening with id " + id) : e))
        .compose(o -> required != null && o.kind() != required
            ? Future.failedFuture(new ApiException.Invalid(pointer, "must be a " + required.name()))
            : Future.succeededFuture(o));
  }

  private Future<Application> create(Caller caller, Profile profile, Opportunity o, String combinationId, String allocationId) {
    Query active = Queries.allOf(List.of(Queries.term("profile_id", profile.id()), Queries.term("opportunity_id", o.id()),
        Query.of(q -> q.bool(b -> b.mustNot(Queries.terms("status", TERMINAL))))));
    // Every write to this index waits for the refresh (WaitFor, or True in bulk), so searches see it without one here.
    return applications.ids(active, 1).compose(existing -> {
      if (!existing.isEmpty()) {
        return Future.failedFuture(new ApiException.Conflict("There is already an active application to " + o.id(),
            Map.of("application_id", existing.get(0))));
      }
      Application a = new Application(Ids.newId(), profile.id(), o.id(), o.kind(), o.title(),
          o.organisation() == null ? null : o.organisation().organisationNumber(), profile.municipality(),
          o.location() == null ? null : o.location().municipality(), profile.gender() == null ? null : profile.gender().name(),
          profile.createdAt(), combinationId, combinationId == null ? null : true, allocationId, Status.applied, null,
          List.of(new Application.Transition(null, Status.applied, clock.instant(), caller.role().name())), null,
          clock.instant(), clock.instant());
      return applications.create(a.id(), a, Refresh.WaitFor).compose(w -> events.append(null, a)).map(e -> a);
    });
  }

  /** One application, shaped for the caller (pseudonymised for employers by the handler). */
  public Future<Seen> get(Caller caller, String id) {
    return applications.get(id).compose(found -> found
        .flatMap(v -> actorOf(caller, v.value()).map(actor -> new Seen(v, actor)))
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(new ApiException.NotFound("application", id))));
  }

  /** An application as stored (with its version, for conditional writes) and the role in which the caller sees it. */
  public record Seen(Versioned<Application> stored, Actor actor) {
    public Application application() {
      return stored.value();
    }
  }

  public Future<Page<Application>> list(Caller caller, Filter f, int offset, int limit) {
    List<Query> filters = new ArrayList<>();
    filters.add(scope(caller));
    Queries.termIfPresent("profile_id", f.profileId()).ifPresent(filters::add);
    Queries.termIfPresent("opportunity_id", f.opportunityId()).ifPresent(filters::add);
    Queries.termIfPresent("status", f.status()).ifPresent(filters::add);
    return applications.search(Queries.allOf(filters), offset, limit,
        List.of(SortOptions.of(s -> s.field(x -> x.field("updated_at").order(SortOrder.Desc)))));
  }

  /** What each role may list: its own, its municipalities', or its openings'. */
  static Query scope(Caller c) {
    return switch (c.role()) {
      case newcomer -> Queries.term("profile_id", c.profileId());
      case coach -> Queries.terms("municipality.id", c.municipalities().stream().sorted().toList());
      case employer -> Queries.term("organisation_number", c.organisationNumber());
      case admin -> Query.of(q -> q.matchNone(m -> m));
    };
  }

  /** In which capacity the caller acts on this application, if at all. */
  static Optional<Actor> actorOf(Caller c, Application a) {
    if (a.profileId() != null && c.isProfile(a.profileId())) {
      return Optional.of(Actor.newcomer);
    }
    if (a.municipality() != null && c.coversMunicipality(a.municipality().id())) {
      return Optional.of(Actor.coach);
    }
    if (c.role() == Role.employer && c.ownsOrganisation(a.organisationNumber())) {
      return Optional.of(Actor.owner);
    }
    return Optional.empty();
  }

  /** Moves an application (and, while linked, its combination partner for accept and withdraw). */
  public Future<List<Application>> transition(Caller caller, String id, JsonObject body) {
    return Future.<JsonObject>future(p -> p.complete(intake.read(MOVE, body))).compose(in -> {
      Status to = Status.valueOf(in.getString("to"));
      boolean together = in.getBoolean("together", true);
      return get(caller, id).compose(seen -> {
        Versioned<Application> current = seen.stored();
        Actor actor = seen.actor();
        Application a = current.value();
        if (!Transitions.allowed(a.status(), to, actor)) {
          return Future.failedFuture(invalid(a, to, actor));
        }
        if (to == Status.accepted && a.offerExpiresOn() != null && a.offerExpiresOn().isBefore(LocalDate.now(clock))) {
          return expire(current).compose(x -> Future.failedFuture(new ApiException.Conflict(
              "The offer expired on " + a.offerExpiresOn(), Map.of("status", Status.offer_expired.name()))));
        }
        boolean withPartner = together && Boolean.TRUE.equals(a.linked()) && a.combinationId() != null
            && (to == Status.accepted || to == Status.withdrawn);
        if (!withPartner) {
          return move(current, to, actor).map(List::of);
        }
        return partner(a).compose(partner -> {
          if (partner.isEmpty() || partner.get().value().status().terminal()) {
            return move(current, to, actor).map(List::of);
          }
          Versioned<Application> other = partner.get();
          if (!Transitions.allowed(other.value().status(), to, actor)) {
            return Future.failedFuture(new ApiException.Conflict("The combination is " + to.name() + " as a whole; its other part "
                + other.value().id() + " is " + other.value().status().name() + ". Send together=false to act on this part alone.",
                Map.of("partner_id", other.value().id(), "partner_status", other.value().status().name())));
          }
          return move(current, to, actor)
              .compose(first -> move(other, to, actor)
                  .recover(e -> undo(first, a).transform(x -> Future.failedFuture(e)))
                  .map(second -> List.of(first, second)));
        });
      });
    });
  }

  /** A conditional write that lost to another change: a 409 the client can retry; other failures as they are. */
  private static <T> Future<T> changedMeanwhile(Throwable e) {
    return Future.failedFuture(Elastic.isStatus(e, 409)
        ? new ApiException.Conflict("The application changed meanwhile; read it again and retry") : e);
  }

  private static ApiException invalid(Application a, Status to, Actor actor) {
    List<String> allowed = Transitions.allowedFrom(a.status(), actor).stream().map(Status::name).toList();
    return new ApiException.Conflict("An application that is " + a.status().name() + " cannot become " + to.name()
        + (allowed.isEmpty() ? "; it cannot move further." : "; allowed: " + String.join(", ", allowed) + "."),
        Map.of("status", a.status().name(), "allowed", allowed));
  }

  /**
   * One status change. Accepting takes a seat first; leaving a seat-holding state gives it back. The application
   * write is conditional; if it fails, the seat change is undone.
   */
  private Future<Application> move(Versioned<Application> current, Status to, Actor actor) {
    Application a = current.value();
    LocalDate today = LocalDate.now(clock);
    LocalDate expires = to == Status.offered ? today.plusDays(config.offerWindowDays()) : a.offerExpiresOn();
    FollowUp follow = to == Status.completed ? new FollowUp(today.plusDays(config.followUpDays()), null, null) : a.followUp();
    Application moved = a.moved(to, actor.name(), clock.instant(), expires, follow);
    Future<?> seat = Future.succeededFuture();
    Runnable giveBack = () -> { };
    if (to.holdsSeat() && !a.status().holdsSeat()) {
      seat = opportunities.takeSeat(a.opportunityId());
      giveBack = () -> release(a.opportunityId());
    } else if (!to.holdsSeat() && a.status().holdsSeat()) {
      seat = opportunities.releaseSeat(a.opportunityId());
      giveBack = () -> opportunities.takeSeat(a.opportunityId());
    }
    Runnable undoSeat = giveBack;
    return seat.compose(s -> applications.putIfUnchanged(a.id(), moved, current.seqNo(), current.primaryTerm(), Refresh.WaitFor)
            .recover(e -> {
              undoSeat.run();
              return changedMeanwhile(e);
            }))
        .compose(w -> events.append(a, moved).map(moved));
  }

  /** Puts a part of a combination back as it was when the other part could not follow. */
  private Future<Void> undo(Application changed, Application before) {
    return applications.get(changed.id()).compose(found -> found
        .map(v -> {
          Application restored = new Application(before.id(), before.profileId(), before.opportunityId(), before.kind(),
              before.opportunityTitle(), before.organisationNumber(), before.municipality(), before.opportunityMunicipality(),
              before.gender(), before.profileCreatedAt(), before.combinationId(), before.linked(), before.allocationId(),
              before.status(), before.offerExpiresOn(), before.history(), before.followUp(), before.createdAt(), clock.instant());
          Future<?> seat = changed.status().holdsSeat() && !before.status().holdsSeat() ? opportunities.releaseSeat(before.opportunityId())
              : !changed.status().holdsSeat() && before.status().holdsSeat() ? opportunities.takeSeat(before.opportunityId())
              : Future.succeededFuture();
          return seat.compose(s -> applications.putIfUnchanged(before.id(), restored, v.seqNo(), v.primaryTerm(), Refresh.WaitFor))
              .compose(w -> events.append(changed, restored)).<Void>mapEmpty();
        })
        .orElse(Future.succeededFuture()));
  }

  private void release(String opportunityId) {
    opportunities.releaseSeat(opportunityId).onFailure(e -> LOG.severe(() -> "could not give back a seat of " + opportunityId
        + " after a failed application write: " + e.getClass().getSimpleName()));
  }

  private Future<Optional<Versioned<Application>>> partner(Application a) {
    return applications.all(Queries.term("combination_id", a.combinationId()), 10)
        .map(list -> list.stream().filter(x -> !x.id().equals(a.id())).findFirst().map(Application::id))
        .compose(id -> id.isEmpty() ? Future.succeededFuture(Optional.<Versioned<Application>>empty()) : applications.get(id.get()));
  }

  /** The newcomer unlinks a combination so its parts can be accepted or withdrawn alone. */
  public Future<Application> unlink(Caller caller, String id) {
    return get(caller, id).compose(seen -> {
      if (seen.actor() != Actor.newcomer) {
        return Future.failedFuture(new ApiException.Forbidden("Only the newcomer can unlink a combination"));
      }
      if (seen.application().combinationId() == null) {
        return Future.failedFuture(new ApiException.Conflict("This application is not part of a combination"));
      }
      return applications.all(Queries.term("combination_id", seen.application().combinationId()), 10)
          .compose(parts -> {
            Future<Void> chain = Future.succeededFuture();
            for (Application part : parts) {
              // Conditional on the part as stored now, so a transition made meanwhile is never written over.
              chain = chain.compose(v -> applications.get(part.id())).compose(found -> found
                  .map(stored -> applications.putIfUnchanged(part.id(), stored.value().unlinked(clock.instant()), stored.seqNo(),
                      stored.primaryTerm(), Refresh.WaitFor).recover(ApplicationService::changedMeanwhile).<Void>mapEmpty())
                  .orElse(Future.succeededFuture()));
            }
            return chain.compose(v -> applications.get(id)).map(v -> v.orElseThrow().value());
          });
    });
  }

  /** Records the outcome 90 days after completion; coaches only. */
  public Future<Application> recordFollowUp(Caller caller, String id, JsonObject body) {
    return Future.<JsonObject>future(p -> p.complete(intake.read(FOLLOW, body))).compose(in -> get(caller, id).compose(seen -> {
      Application a = seen.application();
      if (seen.actor() != Actor.coach) {
        return Future.failedFuture(new ApiException.Forbidden("Follow-up is recorded by the coach"));
      }
      if (a.status() != Status.completed) {
        return Future.failedFuture(new ApiException.Conflict("Follow-up is recorded after completion; the application is "
            + a.status().name(), Map.of("status", a.status().name())));
      }
      LocalDate due = a.followUp() == null ? null : a.followUp().dueOn();
      Application updated = a.withFollowUp(new FollowUp(due, in.getString("outcome"), clock.instant()), clock.instant());
      return applications.putIfUnchanged(id, updated, seen.stored().seqNo(), seen.stored().primaryTerm(), Refresh.WaitFor)
          .recover(ApplicationService::changedMeanwhile).map(updated);
    }));
  }

  /** Completed activities whose 90-day follow-up is due and not yet recorded, in the coach's municipalities. */
  public Future<Page<Application>> followUpsDue(Caller caller, LocalDate asOf, int offset, int limit) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    Query due = Queries.allOf(List.of(scope(caller), Queries.term("status", "completed"),
        Query.of(q -> q.range(r -> r.date(d -> d.field("follow_up.due_on").lte(day.toString())))),
        Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field("follow_up.outcome")))))));
    return applications.search(due, offset, limit,
        List.of(SortOptions.of(s -> s.field(x -> x.field("follow_up.due_on").order(SortOrder.Asc)))));
  }

  /** Offers not accepted within the window become offer_expired; run periodically and callable by tests. */
  public Future<Integer> expireOffers() {
    LocalDate today = LocalDate.now(clock);
    Query stale = Queries.allOf(List.of(Queries.term("status", "offered"),
        Query.of(q -> q.range(r -> r.date(d -> d.field("offer_expires_on").lt(today.toString()))))));
    return applications.ids(stale, 1000).compose(ids -> {
      Future<Integer> chain = Future.succeededFuture(0);
      for (String id : ids) {
        chain = chain.compose(n -> applications.get(id).compose(found -> found.filter(x -> x.value().status() == Status.offered)
            .map(x -> expire(x).map(a -> n + 1).otherwise(n)).orElse(Future.succeededFuture(n))));
      }
      return chain;
    });
  }

  private Future<Application> expire(Versioned<Application> current) {
    return move(current, Status.offer_expired, Actor.system);
  }

  /** Erasure: the profile's applications keep only what anonymous counts need; their events go. */
  public Future<Void> anonymiseFor(String profileId) {
    return applications.refresh().compose(v -> applications.all(Queries.term("profile_id", profileId), 10_000)).compose(list -> {
      if (list.isEmpty()) {
        return Future.succeededFuture();
      }
      return applications.bulk(b -> list.forEach(a -> b.operations(o -> o.index(i -> i.id(a.id()).document(a.anonymised(clock.instant()))))),
          Refresh.True).mapEmpty();
    }).compose(v -> events.deleteAllOf(profileId));
  }
}
