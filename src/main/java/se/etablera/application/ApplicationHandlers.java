package se.etablera.application;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.etablera.access.Caller;
import se.etablera.access.Pseudonyms;
import se.etablera.access.Role;
import se.etablera.application.Application.Status;
import se.etablera.application.Transitions.Actor;
import se.etablera.audit.AuditLog;
import se.etablera.common.ApiException;
import se.etablera.common.FieldError;
import se.etablera.common.Json;
import se.etablera.opportunity.OpportunityService;
import se.etablera.profile.ProfileService;
import se.etablera.search.Queries;
import se.etablera.web.Web;

/**
 * HTTP handlers for applications, their live status (server-sent events with resume, and polling) and the
 * follow-up list. Employers see applications to their openings with a pseudonym instead of the profile id and
 * without the newcomer's municipality or gender.
 */
public final class ApplicationHandlers {
  private static final long HEARTBEAT_MS = 15_000;

  private final ApplicationService service;
  private final EventLog events;
  private final ProfileService profiles;
  private final OpportunityService opportunities;
  private final Pseudonyms pseudonyms;
  private final AuditLog audit;
  private final int maxPageSize;

  public ApplicationHandlers(ApplicationService service, EventLog events, ProfileService profiles, OpportunityService opportunities,
                             Pseudonyms pseudonyms, AuditLog audit, int maxPageSize) {
    this.service = service;
    this.events = events;
    this.profiles = profiles;
    this.opportunities = opportunities;
    this.pseudonyms = pseudonyms;
    this.audit = audit;
    this.maxPageSize = maxPageSize;
  }

  public void apply(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, service.apply(caller, Web.body(ctx))
            .compose(list -> audit.recordAll(caller, "application.create", "application", list.stream().map(Application::id).toList())
                .map(list)),
        (c, list) -> {
          c.response().putHeader("Location", "/api/applications/" + list.get(0).id());
          Web.json(c, 201, Map.of("items", list.stream().map(a -> view(caller, a)).toList()));
        });
  }

  public void get(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.get(caller, ctx.pathParam("id")), caller, "application.read", "application",
        s -> s.application().id()), (c, seen) -> Web.ok(c, view(caller, seen.application())));
  }

  public void list(RoutingContext ctx) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    Caller caller = Web.caller(ctx);
    String status = ctx.request().getParam("status");
    if (status != null && java.util.Arrays.stream(Status.values()).noneMatch(s -> s.name().equals(status))) {
      throw new ApiException.Invalid(List.of(FieldError.parameter("status", "unknown status '" + status + "'",
          java.util.Arrays.stream(Status.values()).map(Status::name).toList())));
    }
    ApplicationService.Filter filter = new ApplicationService.Filter(caller.role() == Role.employer ? null
        : ctx.request().getParam("profile_id"), ctx.request().getParam("opportunity_id"), status);
    Web.respond(ctx, service.list(caller, filter, paging.offset(), paging.limit())
        .compose(page -> audit.recordAll(caller, "application.read", "application",
            page.items().stream().map(Application::id).toList()).map(page)),
        (c, page) -> Web.page(c, page.map(a -> view(caller, a))));
  }

  public void transition(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, service.transition(caller, ctx.pathParam("id"), Web.body(ctx))
            .compose(list -> audit.recordAll(caller, "application.transition", "application",
                list.stream().map(Application::id).toList()).map(list)),
        (c, list) -> Web.ok(c, Map.of("items", list.stream().map(a -> view(caller, a)).toList())));
  }

  public void unlink(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.unlink(caller, ctx.pathParam("id")), caller, "application.unlink", "application",
        Application::id), (c, a) -> Web.ok(c, view(caller, a)));
  }

  public void followUp(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.recordFollowUp(caller, ctx.pathParam("id"), Web.body(ctx)), caller, "application.follow_up",
        "application", Application::id), (c, a) -> Web.ok(c, view(caller, a)));
  }

  public void followUpsDue(RoutingContext ctx) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    LocalDate asOf;
    try {
      String raw = ctx.request().getParam("as_of");
      asOf = raw == null ? null : LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw new ApiException.Invalid(List.of(FieldError.parameter("as_of", "must be a date written YYYY-MM-DD", List.of())));
    }
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, service.followUpsDue(caller, asOf, paging.offset(), paging.limit()),
        (c, page) -> Web.page(c, page.map(a -> view(caller, a))));
  }

  /** GET /api/profiles/:id/events?after= — polling; the newcomer or their coach. */
  public void profileEvents(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    String id = ctx.pathParam("id");
    Web.respond(ctx, profiles.get(caller, id).compose(p -> events.after("profile_id", id, ctx.request().getParam("after"),
        List.of(), limit(ctx))), (c, list) -> Web.ok(c, Map.of("items", list)));
  }

  /** GET /api/opportunities/:id/events?after= — polling; the opening's employer (pseudonymised) or a coach (their municipalities). */
  public void openingEvents(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    String id = ctx.pathParam("id");
    Web.respond(ctx, openingAllowed(caller, id).compose(v -> events.after("opportunity_id", id, ctx.request().getParam("after"),
        openingScope(caller), limit(ctx))), (c, list) -> Web.ok(c, Map.of("items", list.stream().map(e -> shown(caller, e)).toList())));
  }

  /** GET /api/profiles/:id/events/stream — server-sent events, resuming after Last-Event-ID. */
  public void profileStream(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    String id = ctx.pathParam("id");
    profiles.get(caller, id).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
        return;
      }
      stream(ctx, caller, EventLog.PROFILE_ADDRESS + id, after -> events.after("profile_id", id, after, List.of(), 1000));
    });
  }

  /** GET /api/opportunities/:id/events/stream */
  public void openingStream(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    String id = ctx.pathParam("id");
    openingAllowed(caller, id).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
        return;
      }
      stream(ctx, caller, EventLog.OPENING_ADDRESS + id, after -> events.after("opportunity_id", id, after, openingScope(caller), 1000));
    });
  }

  /**
   * Subscribes first and buffers, then replays what is stored after the client's last event id, then sends the
   * buffer (skipping what the replay already sent) and goes live: nothing is lost between the two.
   */
  private void stream(RoutingContext ctx, Caller caller, String address,
                      java.util.function.Function<String, Future<List<StatusEvent>>> stored) {
    HttpServerResponse response = ctx.response();
    String lastId = ctx.request().getHeader("Last-Event-ID") != null ? ctx.request().getHeader("Last-Event-ID")
        : ctx.request().getParam("last_event_id");
    List<StatusEvent> buffer = new ArrayList<>();
    String[] sentUpTo = {lastId};
    boolean[] live = {false};
    MessageConsumer<String> consumer = ctx.vertx().eventBus().localConsumer(address, msg -> {
      StatusEvent e = Json.read(msg.body(), StatusEvent.class);
      if (!visible(caller, e)) {
        return;
      }
      if (live[0]) {
        send(response, caller, e, sentUpTo);
      } else {
        buffer.add(e);
      }
    });
    response.setChunked(true).putHeader("Content-Type", "text/event-stream; charset=utf-8").putHeader("Cache-Control", "no-store")
        .putHeader("X-Accel-Buffering", "no");
    response.write(": connected\n\n");
    long heartbeat = ctx.vertx().setPeriodic(HEARTBEAT_MS, t -> response.write(": ping\n\n"));
    Runnable close = () -> {
      consumer.unregister();
      ctx.vertx().cancelTimer(heartbeat);
    };
    response.closeHandler(v -> close.run());
    response.exceptionHandler(e -> close.run());
    consumer.completion().compose(v -> stored.apply(lastId)).onComplete(ar -> {
      if (ar.succeeded()) {
        ar.result().forEach(e -> send(response, caller, e, sentUpTo));
      }
      buffer.forEach(e -> send(response, caller, e, sentUpTo));
      buffer.clear();
      live[0] = true;
    });
  }

  private void send(HttpServerResponse response, Caller caller, StatusEvent e, String[] sentUpTo) {
    if (sentUpTo[0] != null && e.id().compareTo(sentUpTo[0]) <= 0) {
      return;
    }
    sentUpTo[0] = e.id();
    if (!response.closed()) {
      response.write("id: " + e.id() + "\nevent: status\ndata: " + Json.encodeToString(shown(caller, e)) + "\n\n");
    }
  }

  private static boolean visible(Caller caller, StatusEvent e) {
    return caller.role() != Role.coach || e.municipality() == null || caller.coversMunicipality(e.municipality());
  }

  /** Employers see a pseudonym, never the profile id or the newcomer's municipality. */
  private StatusEvent shown(Caller caller, StatusEvent e) {
    if (caller.role() != Role.employer) {
      return e;
    }
    StatusEvent p = e.withProfileId(e.profileId() == null ? null : pseudonyms.of(e.opportunityId(), e.profileId()));
    return new StatusEvent(p.id(), p.at(), p.applicationId(), p.profileId(), p.opportunityId(), p.organisationNumber(), null,
        p.kind(), p.from(), p.to(), p.combinationId());
  }

  private Future<Void> openingAllowed(Caller caller, String id) {
    return opportunities.get(id, null).compose(o -> caller.role() == Role.employer
        && (o.organisation() == null || !caller.ownsOrganisation(o.organisation().organisationNumber()))
        ? Future.failedFuture(new ApiException.Forbidden("Only the opening's own employer follows its applications"))
        : Future.<Void>succeededFuture());
  }

  private static List<co.elastic.clients.elasticsearch._types.query_dsl.Query> openingScope(Caller caller) {
    return caller.role() == Role.coach ? List.of(Queries.terms("municipality", caller.municipalities().stream().sorted().toList()))
        : List.of();
  }

  private int limit(RoutingContext ctx) {
    List<FieldError> errors = new ArrayList<>();
    int limit = Web.intParam(ctx, "limit", 100, 1, 1000, errors);
    if (!errors.isEmpty()) {
      throw new ApiException.Invalid(errors);
    }
    return limit;
  }

  /** The application as this caller may see it. */
  Map<String, Object> view(Caller caller, Application a) {
    JsonObject full = Json.toJsonObject(a);
    Map<String, Object> out = new LinkedHashMap<>(full.getMap());
    Actor actor = ApplicationService.actorOf(caller, a).orElse(Actor.owner);
    if (actor == Actor.owner) {
      out.remove("profile_id");
      out.remove("municipality");
      out.remove("gender");
      out.remove("profile_created_at");
      out.put("pseudonym", a.profileId() == null ? null : pseudonyms.of(a.opportunityId(), a.profileId()));
    }
    if (actor == Actor.newcomer) {
      out.remove("gender");
    }
    out.put("allowed_transitions", Transitions.allowedFrom(a.status(), actor).stream().map(Status::name).toList());
    return out;
  }
}
