package se.etablera.statistics;

import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import se.etablera.access.Caller;
import se.etablera.audit.AuditLog;
import se.etablera.common.FieldError;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.ConceptType;
import se.etablera.web.Web;

/** GET /api/statistics?municipality=&from=&to= (admins; coaches for their municipalities). */
public final class StatisticsHandlers {
  private final StatisticsService service;
  private final AuditLog audit;
  private final ConceptResolver resolver;

  public StatisticsHandlers(StatisticsService service, AuditLog audit, ConceptResolver resolver) {
    this.service = service;
    this.audit = audit;
    this.resolver = resolver;
  }

  public void statistics(RoutingContext ctx) {
    Web.ConceptParams params = new Web.ConceptParams(ctx, resolver);
    String municipality = params.id("municipality", ConceptType.MUNICIPALITY);
    if (municipality == null && ctx.request().getParam("municipality") == null) {
      params.add(FieldError.parameter("municipality", "is required", List.of()));
    }
    LocalDate from = date(ctx.request().getParam("from"), "from", LocalDate.now().withDayOfYear(1), params);
    LocalDate to = date(ctx.request().getParam("to"), "to", LocalDate.now(), params);
    if (from != null && to != null && to.isBefore(from)) {
      params.add(FieldError.parameter("to", "is before from", List.of()));
    }
    params.check();
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.compute(caller, municipality, from, to), caller, "statistics.read", "municipality",
        s -> municipality), Web::ok);
  }

  private static LocalDate date(String raw, String name, LocalDate fallback, Web.ConceptParams params) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      params.add(FieldError.parameter(name, "must be a date written YYYY-MM-DD", List.of()));
      return null;
    }
  }
}
