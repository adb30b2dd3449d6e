package se.etablera.validation;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import se.etablera.access.Caller;
import se.etablera.audit.AuditLog;
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
  private final AuditLog audit;
  private final ConceptResolver resolver;
  private final int maxPageSize;

  public ValidationHandlers(ValidationService service, AuditLog audit, ConceptResolver resolver, int maxPageSize) {
    this.service = service;
    this.audit = audit;
    this.resolver = resolver;
    this.maxPageSize = maxPageSize;
  }

  public void create(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.create(caller, Web.body(ctx)), caller, "validation.create", "validation",
        ValidationResult::id), (c, v) -> Web.created(c, "/api/validations/" + v.id(), v));
  }

  public void put(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.put(caller, id, Web.body(ctx)), caller, "validation.save", "validation", s -> id),
        (c, saved) -> Web.saved(c, "/api/validations/" + id, saved));
  }

  public void get(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.get(caller, ctx.pathParam("id")), caller, "validation.read", "validation",
        ValidationResult::id), Web::ok);
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
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, service.list(caller, filter, paging.offset(), paging.limit())
        .compose(page -> audit.recordAll(caller, "validation.read", "validation",
            page.items().stream().map(ValidationResult::id).toList()).map(page)), Web::page);
  }

  public void delete(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.delete(caller, id), caller, "validation.delete", "validation", v -> id),
        (c, v) -> Web.noContent(c));
  }

  public void bulk(RoutingContext ctx) {
    var caller = Web.caller(ctx);
    Bulk.handle(ctx, line -> {
      String id = line.getString("id");
      Future<Saved<?>> saved = id == null
          ? service.create(caller, line).map(v -> new Saved<>(v, true))
          : service.put(caller, id, line).map(s -> s);
      return audit.after(saved, caller, "validation.save", "validation", s -> ((ValidationResult) s.value()).id());
    }, v -> ((ValidationResult) v).id(), Future::succeededFuture);
  }
}
