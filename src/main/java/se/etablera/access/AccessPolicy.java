package se.etablera.access;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import se.etablera.opportunity.Opportunity;
import se.etablera.profile.Profile;
import se.etablera.search.Queries;
import se.etablera.validation.ValidationResult;

/**
 * Who may see and change which record, in one place. Routes already admit only some roles; these rules add
 * the scope: a coach's municipalities, an employer's organisation, a newcomer's own profile. Services turn
 * a failed read check into 404 (existence of personal records is itself personal) and a failed write check
 * on a record the caller may read into 403.
 */
public final class AccessPolicy {
  private AccessPolicy() {
  }

  public static boolean canReadProfile(Caller c, Profile p) {
    return c.coversMunicipality(p.municipality().id()) || c.isProfile(p.id());
  }

  public static boolean canWriteProfile(Caller c, Profile p) {
    return canReadProfile(c, p);
  }

  /** Only coaches register newcomers, and only in their own municipalities. */
  public static boolean canCreateProfileIn(Caller c, String municipality) {
    return c.coversMunicipality(municipality);
  }

  /** The filter that limits profile searches to what the caller may see. */
  public static Query profileScope(Caller c) {
    return switch (c.role()) {
      case coach -> Queries.terms("municipality.id", c.municipalities().stream().sorted().toList());
      case newcomer -> Queries.term("id", c.profileId());
      default -> Query.of(q -> q.matchNone(m -> m));
    };
  }

  public static boolean canReadValidation(Caller c, ValidationResult v) {
    return c.coversMunicipality(v.municipality().id()) || c.isProfile(v.profileId());
  }

  /** Validation results are recorded by coaches. */
  public static boolean canWriteValidation(Caller c, ValidationResult v) {
    return c.coversMunicipality(v.municipality().id());
  }

  public static Query validationScope(Caller c) {
    return switch (c.role()) {
      case coach -> Queries.terms("municipality.id", c.municipalities().stream().sorted().toList());
      case newcomer -> Queries.term("profile_id", c.profileId());
      default -> Query.of(q -> q.matchNone(m -> m));
    };
  }

  /**
   * Openings are managed by their own employer (or course provider), by coaches for openings in their
   * municipalities (municipal units register placements), and by admins (the course catalogue).
   */
  public static boolean canWriteOpportunity(Caller c, Opportunity o) {
    return switch (c.role()) {
      case admin -> true;
      case employer -> o.organisation() != null && c.ownsOrganisation(o.organisation().organisationNumber());
      case coach -> o.location() != null && c.coversMunicipality(o.location().municipality().id());
      case newcomer -> false;
    };
  }
}
