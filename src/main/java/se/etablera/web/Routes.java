package se.etablera.web;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;
import static se.etablera.access.Role.admin;
import static se.etablera.access.Role.coach;
import static se.etablera.access.Role.employer;
import static se.etablera.access.Role.newcomer;
import static se.etablera.web.Endpoint.ANY_ROLE;
import static se.etablera.web.Endpoint.PUBLIC;
import static se.etablera.web.Endpoint.roles;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.etablera.access.Role;
import se.etablera.allocation.AllocationHandlers;
import se.etablera.application.ApplicationHandlers;
import se.etablera.audit.AuditHandlers;
import se.etablera.consent.ConsentHandlers;
import se.etablera.matching.MatchHandlers;
import se.etablera.nlp.AnalysisHandlers;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.opportunity.OpportunityHandlers;
import se.etablera.ops.Health;
import se.etablera.profile.ProfileHandlers;
import se.etablera.statistics.StatisticsHandlers;
import se.etablera.taxonomy.TaxonomyHandlers;
import se.etablera.validation.ValidationHandlers;

/** The whole route table, grouped by resource. Roles are who may call; handlers and services add scope. */
public final class Routes {
  private final List<Endpoint> endpoints = new ArrayList<>();

  /** Every handler the table points at. */
  public record Handlers(Health health, TaxonomyHandlers taxonomy, ProfileHandlers profiles, ValidationHandlers validations,
                         OpportunityHandlers opportunities, MatchHandlers matches, ConsentHandlers consents,
                         AuditHandlers audit, ApplicationHandlers applications, StatisticsHandlers statistics,
                         AllocationHandlers allocations, AnalysisHandlers analysis) {
  }

  public Routes(Handlers h) {
    get("/health/live", PUBLIC, h.health()::live);
    get("/health/ready", PUBLIC, h.health()::ready);

    post("/api/profiles", roles(coach), h.profiles()::create);
    bulk("/api/profiles/bulk", roles(coach), h.profiles()::bulk);
    get("/api/profiles", roles(coach, newcomer), h.profiles()::list);
    get("/api/profiles/:id", roles(coach, newcomer), h.profiles()::get);
    put("/api/profiles/:id", roles(coach, newcomer), h.profiles()::put);
    delete("/api/profiles/:id", roles(coach, newcomer), h.profiles()::delete);
    get("/api/profiles/:id/matches", roles(coach, newcomer), h.matches()::matches);
    get("/api/profiles/:id/course-advice", roles(coach, newcomer), h.matches()::courseAdvice);
    post("/api/profiles/:id/consents", roles(newcomer), h.consents()::grant);
    get("/api/profiles/:id/consents", roles(coach, newcomer), h.consents()::list);
    delete("/api/profiles/:id/consents/:consentId", roles(newcomer), h.consents()::revoke);
    post("/api/profiles/:id/rejected-concepts", roles(coach, newcomer), h.profiles()::reject);
    delete("/api/profiles/:id/rejected-concepts/:conceptId", roles(coach, newcomer), h.profiles()::unreject);
    get("/api/profiles/:id/events", roles(coach, newcomer), h.applications()::profileEvents);
    get("/api/profiles/:id/events/stream", roles(coach, newcomer), h.applications()::profileStream);

    post("/api/validations", roles(coach), h.validations()::create);
    bulk("/api/validations/bulk", roles(coach), h.validations()::bulk);
    get("/api/validations", roles(coach, newcomer), h.validations()::list);
    get("/api/validations/:id", roles(coach, newcomer), h.validations()::get);
    put("/api/validations/:id", roles(coach), h.validations()::put);
    delete("/api/validations/:id", roles(coach), h.validations()::delete);

    for (Kind kind : Kind.values()) {
      String base = "/api/" + kind.path();
      OpportunityHandlers o = h.opportunities();
      post(base, roles(coach, employer, admin), ctx -> o.create(ctx, kind));
      bulk(base + "/bulk", roles(coach, employer, admin), ctx -> o.bulk(ctx, kind));
      get(base, PUBLIC, ctx -> o.list(ctx, kind));
      get(base + "/:id", PUBLIC, ctx -> o.get(ctx, kind));
      put(base + "/:id", roles(coach, employer, admin), ctx -> o.put(ctx, kind));
      delete(base + "/:id", roles(coach, employer, admin), ctx -> o.delete(ctx, kind));
      post(base + "/:id/rejected-concepts", roles(coach, employer, admin), ctx -> o.reject(ctx, kind, true));
      delete(base + "/:id/rejected-concepts/:conceptId", roles(coach, employer, admin), ctx -> o.reject(ctx, kind, false));
    }
    get("/api/opportunities", PUBLIC, ctx -> h.opportunities().list(ctx, null));
    get("/api/opportunities/:id", PUBLIC, ctx -> h.opportunities().get(ctx, null));
    get("/api/opportunities/:id/candidates", roles(coach, employer), h.matches()::candidates);
    get("/api/opportunities/:id/events", roles(coach, employer), h.applications()::openingEvents);
    get("/api/opportunities/:id/events/stream", roles(coach, employer), h.applications()::openingStream);

    post("/api/applications", roles(coach, newcomer), h.applications()::apply);
    get("/api/applications", roles(coach, newcomer, employer), h.applications()::list);
    get("/api/applications/:id", roles(coach, newcomer, employer), h.applications()::get);
    post("/api/applications/:id/transitions", roles(coach, newcomer, employer), h.applications()::transition);
    post("/api/applications/:id/unlink", roles(newcomer), h.applications()::unlink);
    put("/api/applications/:id/follow-up", roles(coach), h.applications()::followUp);
    get("/api/follow-ups/due", roles(coach), h.applications()::followUpsDue);

    post("/api/allocations", roles(coach), h.allocations()::propose);
    get("/api/allocations/:id", roles(coach), h.allocations()::get);
    post("/api/allocations/:id/confirm", roles(coach), h.allocations()::confirm);

    get("/api/statistics", roles(coach, admin), h.statistics()::statistics);
    get("/api/audit", roles(admin), h.audit()::search);

    post("/api/analyze", ANY_ROLE, h.analysis()::analyze);

    get("/api/taxonomy/occupations", ANY_ROLE, h.taxonomy()::occupations);
    get("/api/taxonomy/occupations/:id", ANY_ROLE, h.taxonomy()::occupation);
    get("/api/taxonomy/occupation-groups", ANY_ROLE, h.taxonomy()::groups);
    get("/api/taxonomy/occupation-fields", ANY_ROLE, h.taxonomy()::fields);
    get("/api/taxonomy/skills", ANY_ROLE, h.taxonomy()::skills);
    get("/api/taxonomy/languages", ANY_ROLE, h.taxonomy()::languages);
    get("/api/taxonomy/driving-licences", ANY_ROLE, h.taxonomy()::drivingLicences);
    get("/api/taxonomy/municipalities", ANY_ROLE, h.taxonomy()::municipalities);
    get("/api/taxonomy/swedish-levels", ANY_ROLE, h.taxonomy()::swedishLevels);
  }

  public List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  private void get(String path, Set<Role> roles, Handler<RoutingContext> handler) {
    add(GET, path, roles, handler, Endpoint.BodyKind.NONE);
  }

  private void post(String path, Set<Role> roles, Handler<RoutingContext> handler) {
    add(POST, path, roles, handler, Endpoint.BodyKind.JSON);
  }

  private void bulk(String path, Set<Role> roles, Handler<RoutingContext> handler) {
    add(POST, path, roles, handler, Endpoint.BodyKind.BULK);
  }

  private void put(String path, Set<Role> roles, Handler<RoutingContext> handler) {
    add(PUT, path, roles, handler, Endpoint.BodyKind.JSON);
  }

  private void delete(String path, Set<Role> roles, Handler<RoutingContext> handler) {
    add(DELETE, path, roles, handler, Endpoint.BodyKind.NONE);
  }

  private void add(HttpMethod method, String path, Set<Role> roles, Handler<RoutingContext> handler, Endpoint.BodyKind body) {
    endpoints.add(new Endpoint(method, path, roles, handler, body));
  }
}
