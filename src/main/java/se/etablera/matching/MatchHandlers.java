package se.etablera.matching;

import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.etablera.access.Caller;
import se.etablera.audit.AuditLog;
import se.etablera.common.FieldError;
import se.etablera.profile.Profile;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.ConceptType;
import se.etablera.web.Web;

/** HTTP handlers for matches, course advice and candidates. */
public final class MatchHandlers {
  static final List<String> TYPES = List.of("placement", "extra_job", "course", "combination");

  private final MatchService matches;
  private final CandidateService candidates;
  private final AuditLog audit;
  private final ConceptResolver resolver;
  private final int maxPageSize;

  public MatchHandlers(MatchService matches, CandidateService candidates, AuditLog audit, ConceptResolver resolver, int maxPageSize) {
    this.matches = matches;
    this.candidates = candidates;
    this.audit = audit;
    this.resolver = resolver;
    this.maxPageSize = maxPageSize;
  }

  /** GET /api/profiles/:id/matches?type=&occupation_field=&municipality=&radius_km=&start_before=&offset=&limit= */
  public void matches(RoutingContext ctx) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    Web.ConceptParams params = new Web.ConceptParams(ctx, resolver);
    Set<String> types = types(ctx.request().getParam("type"), params);
    String field = params.id("occupation_field", ConceptType.OCCUPATION_FIELD);
    String municipality = params.id("municipality", ConceptType.MUNICIPALITY);
    List<FieldError> errors = new ArrayList<>();
    Integer radius = ctx.request().getParam("radius_km") == null ? null
        : Web.intParam(ctx, "radius_km", 0, 1, 300, errors);
    LocalDate startBefore = date(ctx.request().getParam("start_before"), "start_before", errors);
    errors.forEach(params::add);
    params.check();
    MatchFilter filter = new MatchFilter(types, field, municipality, radius, startBefore);
    Caller caller = Web.caller(ctx);
    // The entry is written while the list is computed: the answer still waits for both.
    Web.respond(ctx, audit.alongside(matches.profile(caller, ctx.pathParam("id")),
        profile -> matches.matches(profile, filter, paging.offset(), paging.limit()), caller, "profile.matches", "profile",
        Profile::id), Web::ok);
  }

  /** GET /api/profiles/:id/course-advice?limit= */
  public void courseAdvice(RoutingContext ctx) {
    List<FieldError> errors = new ArrayList<>();
    int limit = Web.intParam(ctx, "limit", 10, 1, maxPageSize, errors);
    if (!errors.isEmpty()) {
      throw new se.etablera.common.ApiException.Invalid(errors);
    }
    String id = ctx.pathParam("id");
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(matches.courseAdvice(caller, id, limit), caller, "profile.course_advice", "profile", l -> id),
        (c, list) -> Web.ok(c, java.util.Map.of("profile_id", id, "items", list)));
  }

  /** GET /api/opportunities/:id/candidates?offset=&limit= */
  public void candidates(RoutingContext ctx) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(candidates.candidates(caller, ctx.pathParam("id"), paging.offset(), paging.limit()), caller,
        "opportunity.candidates", "opportunity", CandidateList::opportunityId), Web::ok);
  }

  /** "combination,placement" (also "placements", "extra-jobs", "courses"); unknown types are a 400 listing the valid ones. */
  static Set<String> types(String raw, Web.ConceptParams params) {
    Set<String> types = new LinkedHashSet<>();
    if (raw == null || raw.isBlank()) {
      return types;
    }
    for (String part : raw.split(",")) {
      String t = part.trim().toLowerCase(Locale.ROOT).replace('-', '_');
      String singular = t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
      if (TYPES.contains(t)) {
        types.add(t);
      } else if (TYPES.contains(singular)) {
        types.add(singular);
      } else {
        params.add(FieldError.parameter("type", "unknown type '" + part.trim() + "'", TYPES));
      }
    }
    return types;
  }

  static LocalDate date(String raw, String name, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      errors.add(FieldError.parameter(name, "must be a date written YYYY-MM-DD", List.of()));
      return null;
    }
  }
}
