package se.etablera.profile;

import co.elastic.clients.elasticsearch._types.Refresh;
import io.vertx.ext.web.RoutingContext;
import se.etablera.common.Saved;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.ConceptType;
import se.etablera.web.Bulk;
import se.etablera.web.Web;

/** HTTP handlers for /api/profiles: parse, call one service method, render. */
public final class ProfileHandlers {
  private final ProfileService service;
  private final ConceptResolver resolver;
  private final int maxPageSize;

  public ProfileHandlers(ProfileService service, ConceptResolver resolver, int maxPageSize) {
    this.service = service;
    this.resolver = resolver;
    this.maxPageSize = maxPageSize;
  }

  public void create(RoutingContext ctx) {
    Web.respond(ctx, service.create(Web.caller(ctx), Web.body(ctx), Refresh.WaitFor),
        (c, p) -> Web.created(c, "/api/profiles/" + p.id(), p));
  }

  public void put(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Web.respond(ctx, service.put(Web.caller(ctx), id, Web.body(ctx), Refresh.WaitFor),
        (c, saved) -> Web.saved(c, "/api/profiles/" + id, saved));
  }

  public void get(RoutingContext ctx) {
    Web.respond(ctx, service.get(Web.caller(ctx), ctx.pathParam("id")), Web::ok);
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
    Web.respond(ctx, service.list(Web.caller(ctx), filter, paging.offset(), paging.limit()), Web::page);
  }

  public void delete(RoutingContext ctx) {
    Web.respond(ctx, service.delete(Web.caller(ctx), ctx.pathParam("id")), (c, v) -> Web.noContent(c));
  }

  /** NDJSON: a line with an "id" is a create-or-replace, one without is a create. */
  public void bulk(RoutingContext ctx) {
    var caller = Web.caller(ctx);
    Bulk.handle(ctx, line -> {
      String id = line.getString("id");
      return id == null
          ? service.create(caller, line, Refresh.False).map(p -> new Saved<>(p, true))
          : service.put(caller, id, line, Refresh.False).map(s -> s);
    }, p -> ((Profile) p).id(), service::refreshIndex);
  }
}
