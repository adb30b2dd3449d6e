package se.etablera.validation;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import se.etablera.common.FieldError;
import se.etablera.common.Saved;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.ConceptType;
import se.etablera.web.Bulk;
import se.etablera.web.Web;

/** HTTP handlers for /api/validations. */
public final class ValidationHandlers {
  private final ValidationService service;
  private final ConceptResolver resolver;
  private final int maxPageSize;

  public ValidationHandlers(ValidationService service, ConceptResolver resolver, int maxPageSize) {
    this.service = service;
    this.resolver = resolver;
    this.maxPageSize = maxPageSize;
  }

  public void create(RoutingContext ctx) {
    Web.respond(ctx, service.create(Web.caller(ctx), Web.body(ctx)),
        (c, v) -> Web.created(c, "/api/validations/" + v.id(), v));
  }

  public void put(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Web.respond(ctx, service.put(Web.caller(ctx), id, Web.body(ctx)), (c, saved) -> Web.saved(c, "/api/validations/" + id, saved));
  }

  public void get(RoutingContext ctx) {
    Web.respond(ctx, service.get(Web.caller(ctx), ctx.pathParam("id")), Web::ok);
  }

  public void list(RoutingContext ctx) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    Web.ConceptParams params = new Web.ConceptParams(ctx, resolver);
    String result = ctx.request().getParam("result");
    if (result != null && !List.of("full", "partial").contains(result)) {
      params.add(FieldError.parameter("result", "must be full or partial", List.of("full", "partial")));
    }
    ValidationService.Filter filter = new ValidationService.Filter(ctx.request().getParam("profile_id"),
        params.id("municipality", ConceptType.MUNICIPALITY), params.id("occupation", ConceptType.OCCUPATION), result);
    params.check();
    Web.respond(ctx, service.list(Web.caller(ctx), filter, paging.offset(), paging.limit()), Web::page);
  }

  public void delete(RoutingContext ctx) {
    Web.respond(ctx, service.delete(Web.caller(ctx), ctx.pathParam("id")), (c, v) -> Web.noContent(c));
  }

  public void bulk(RoutingContext ctx) {
    var caller = Web.caller(ctx);
    Bulk.handle(ctx, line -> {
      String id = line.getString("id");
      return id == null
          ? service.create(caller, line).map(v -> new Saved<>(v, true))
          : service.put(caller, id, line).map(s -> s);
    }, v -> ((ValidationResult) v).id(), Future::succeededFuture);
  }
}
