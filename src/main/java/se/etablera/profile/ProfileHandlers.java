package se.etablera.profile;

import co.elastic.clients.elasticsearch._types.Refresh;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import se.etablera.access.Caller;
import se.etablera.audit.AuditLog;
import se.etablera.input.Intake;
import se.etablera.privacy.Erasure;
import se.etablera.common.Saved;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.ConceptType;
import se.etablera.web.Bulk;
import se.etablera.web.Web;

/** HTTP handlers for /api/profiles: parse, call one service method, render. */
public final class ProfileHandlers {
  /** The body of a rejection: {"id": concept id}. */
  public static final Intake.Form<io.vertx.core.json.JsonObject> REJECTION =
      new Intake.Form<>("rejection", java.util.List.of(), io.vertx.core.json.JsonObject.class, x -> java.util.List.of(), java.util.List.of());

  private final ProfileService service;
  private final Erasure erasure;
  private final AuditLog audit;
  private final Intake intake;
  private final ConceptResolver resolver;
  private final int maxPageSize;

  public ProfileHandlers(ProfileService service, Erasure erasure, AuditLog audit, Intake intake, ConceptResolver resolver,
                         int maxPageSize) {
    this.service = service;
    this.erasure = erasure;
    this.audit = audit;
    this.intake = intake;
    this.resolver = resolver;
    this.maxPageSize = maxPageSize;
  }

  public void create(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.create(caller, Web.body(ctx), Refresh.WaitFor), caller, "profile.create", "profile",
        Profile::id), (c, p) -> Web.created(c, "/api/profiles/" + p.id(), p));
  }

  public void put(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.put(caller, id, Web.body(ctx), Refresh.WaitFor), caller, "profile.save", "profile",
        saved -> id), (c, saved) -> Web.saved(c, "/api/profiles/" + id, saved));
  }

  public void get(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.get(caller, ctx.pathParam("id")), caller, "profile.read", "profile", Profile::id), Web::ok);
  }

  public void list(RoutingContext ctx) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    Web.ConceptParams params = new Web.ConceptParams(ctx, resolver);
    ProfileQueries.Filter filter = new ProfileQueries.Filter(
        params.id("municipality", ConceptType.MUNICIPALITY),
        params.id("occupation_field", ConceptType.OCCUPATION_FIELD),
        params.id("occupation", ConceptType.OCCUPATION),
        params.id("skill", ConceptType.SKILL));
    params.check();
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, service.list(caller, filter, paging.offset(), paging.limit())
        .compose(page -> audit.recordAll(caller, "profile.read", "profile", page.items().stream().map(Profile::id).toList())
            .map(page)), Web::page);
  }

  /** POST /api/profiles/:id/rejected-concepts {"id": ...}: turn down a concept found in the profile's text. */
  public void reject(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    String conceptId = intake.read(REJECTION, Web.body(ctx)).getString("id");
    Web.respond(ctx, audit.after(service.reject(caller, ctx.pathParam("id"), conceptId), caller, "profile.reject_concept", "profile",
        Profile::id), Web::ok);
  }

  /** DELETE /api/profiles/:id/rejected-concepts/:conceptId */
  public void unreject(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.unreject(caller, ctx.pathParam("id"), ctx.pathParam("conceptId")), caller,
        "profile.unreject_concept", "profile", Profile::id), Web::ok);
  }

  /** Erasure: the profile and everything personal attached to it (see {@link Erasure}). */
  public void delete(RoutingContext ctx) {
    Web.respond(ctx, erasure.erase(Web.caller(ctx), ctx.pathParam("id")), (c, v) -> Web.noContent(c));
  }

  /** NDJSON: a line with an "id" is a create-or-replace, one without is a create. */
  public void bulk(RoutingContext ctx) {
    var caller = Web.caller(ctx);
    Bulk.handle(ctx, line -> {
      String id = line.getString("id");
      Future<Saved<?>> saved = id == null
          ? service.create(caller, line, Refresh.False).map(p -> new Saved<>(p, true))
          : service.put(caller, id, line, Refresh.False).map(s -> s);
      return audit.after(saved, caller, "profile.save", "profile", s -> ((Profile) s.value()).id());
    }, p -> ((Profile) p).id(), service::refreshIndex);
  }
}
