package se.etablera.opportunity;

import co.elastic.clients.elasticsearch._types.Refresh;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.etablera.access.Caller;
import se.etablera.audit.AuditLog;
import se.etablera.input.Intake;
import se.etablera.nlp.TextExtraction;
import se.etablera.common.FieldError;
import se.etablera.common.Saved;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.ConceptType;
import se.etablera.web.Bulk;
import se.etablera.web.Web;

/** HTTP handlers for /api/placements, /api/extra-jobs, /api/courses and the combined /api/opportunities. */
public final class OpportunityHandlers {
  private final OpportunityService service;
  private final AuditLog audit;
  private final Intake intake;
  private final TextExtraction extraction;
  private final ConceptResolver resolver;
  private final int maxPageSize;

  public OpportunityHandlers(OpportunityService service, AuditLog audit, Intake intake, TextExtraction extraction,
                             ConceptResolver resolver, int maxPageSize) {
    this.service = service;
    this.audit = audit;
    this.intake = intake;
    this.extraction = extraction;
    this.resolver = resolver;
    this.maxPageSize = maxPageSize;
  }

  /** POST /api/{kind}/:id/rejected-concepts and DELETE .../rejected-concepts/:conceptId. */
  public void reject(RoutingContext ctx, Kind kind, boolean reject) {
    Caller caller = Web.caller(ctx);
    String conceptId = reject ? intake.read(se.etablera.profile.ProfileHandlers.REJECTION, Web.body(ctx)).getString("id")
        : ctx.pathParam("conceptId");
    Web.respond(ctx, audit.after(service.reject(caller, kind, ctx.pathParam("id"), conceptId, reject), caller,
        reject ? "opportunity.reject_concept" : "opportunity.unreject_concept", kind.name(), Opportunity::id), Web::ok);
  }

  public void create(RoutingContext ctx, Kind kind) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.create(caller, kind, Web.body(ctx), Refresh.WaitFor), caller, "opportunity.create",
        kind.name(), Opportunity::id), (c, o) -> Web.created(c, "/api/" + kind.path() + "/" + o.id(), o));
  }

  public void put(RoutingContext ctx, Kind kind) {
    String id = ctx.pathParam("id");
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.put(caller, kind, id, Web.body(ctx), Refresh.WaitFor), caller, "opportunity.save",
        kind.name(), s -> id), (c, saved) -> Web.saved(c, "/api/" + kind.path() + "/" + id, saved));
  }

  public void get(RoutingContext ctx, Kind kind) {
    Web.respond(ctx, service.get(ctx.pathParam("id"), kind), Web::ok);
  }

  /** The list of one kind, or (kind null) of every kind, optionally narrowed by ?kind=. */
  public void list(RoutingContext ctx, Kind kind) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    Web.ConceptParams params = new Web.ConceptParams(ctx, resolver);
    Set<Kind> kinds = kind != null ? EnumSet.of(kind) : kinds(ctx.request().getParam("kind"), params);
    String org = ctx.request().getParam("organisation_number");
    String q = Web.param(ctx, "q");
    if (q != null && q.length() > 500) {
      params.add(FieldError.parameter("q", "may be at most 500 characters", List.of()));
    }
    OpportunityService.Filter filter = new OpportunityService.Filter(kinds,
        params.id("municipality", ConceptType.MUNICIPALITY),
        params.id("occupation_field", ConceptType.OCCUPATION_FIELD),
        params.id("occupation", ConceptType.OCCUPATION),
        org == null ? null : Caller.normalizeOrganisationNumber(org));
    params.check();
    if (q == null || q.isBlank()) {
      Web.respond(ctx, service.list(filter, paging.offset(), paging.limit()), Web::page);
      return;
    }
    // Free text goes through the same Swedish analysis as the indexed text, off the event loop.
    Web.respond(ctx, ctx.vertx().executeBlocking(() -> extraction.searchText(q), false)
        .compose(tokens -> service.search(filter, tokens, paging.offset(), paging.limit())), Web::page);
  }

  public void delete(RoutingContext ctx, Kind kind) {
    String id = ctx.pathParam("id");
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.delete(caller, kind, id), caller, "opportunity.delete", kind.name(), v -> id),
        (c, v) -> Web.noContent(c));
  }

  public void bulk(RoutingContext ctx, Kind kind) {
    var caller = Web.caller(ctx);
    Bulk.handle(ctx, line -> {
      String id = line.getString("id");
      io.vertx.core.Future<Saved<?>> saved = id == null
          ? service.create(caller, kind, line, Refresh.False).map(o -> new Saved<>(o, true))
          : service.put(caller, kind, id, line, Refresh.False).map(s -> s);
      return audit.after(saved, caller, "opportunity.save", kind.name(), s -> ((Opportunity) s.value()).id());
    }, o -> ((Opportunity) o).id(), service::refreshIndex);
  }

  /** "placement,course" or "placements,extra-jobs"; an unknown kind is a 400 listing the valid ones. */
  static Set<Kind> kinds(String raw, Web.ConceptParams params) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    if (raw == null || raw.isBlank()) {
      return kinds;
    }
    for (String part : raw.split(",")) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      Arrays.stream(Kind.values()).filter(k -> k.name().equals(p.replace('-', '_')) || k.path().equals(p))
          .findFirst().ifPresentOrElse(kinds::add, () -> params.add(FieldError.parameter("kind",
              "unknown kind '" + part.trim() + "'", List.of("placement", "extra_job", "course"))));
    }
    return kinds;
  }
}
