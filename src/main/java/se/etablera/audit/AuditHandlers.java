package se.etablera.audit;

import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import se.etablera.common.ApiException;
import se.etablera.common.FieldError;
import se.etablera.web.Web;

/** GET /api/audit for admins. */
public final class AuditHandlers {
  private final AuditLog log;
  private final int maxPageSize;

  public AuditHandlers(AuditLog log, int maxPageSize) {
    this.log = log;
    this.maxPageSize = maxPageSize;
  }

  public void search(RoutingContext ctx) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    AuditLog.Filter filter = new AuditLog.Filter(ctx.request().getParam("actor"), ctx.request().getParam("action"),
        ctx.request().getParam("target_type"), ctx.request().getParam("target_id"),
        instant(ctx.request().getParam("from"), "from"), instant(ctx.request().getParam("to"), "to"));
    Web.respond(ctx, log.search(filter, paging.offset(), paging.limit()), Web::page);
  }

  private static Instant instant(String raw, String name) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return raw.length() == 10 ? Instant.parse(raw + "T00:00:00Z") : Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw new ApiException.Invalid(List.of(FieldError.parameter(name, "must be a date (YYYY-MM-DD) or an ISO instant", List.of())));
    }
  }
}
