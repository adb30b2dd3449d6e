package se.etablera.access;

import java.util.Set;

/**
 * The authenticated caller of a request: a subject (for the audit log), a role and its scope. A coach's
 * {@code municipalities} already include the partners of their cooperation areas.
 */
public record Caller(String subject, Role role, Set<String> municipalities, String organisationNumber, String profileId) {

  public static Caller coach(String subject, Set<String> municipalities) {
    return new Caller(subject, Role.coach, Set.copyOf(municipalities), null, null);
  }

  public static Caller employer(String subject, String organisationNumber) {
    return new Caller(subject, Role.employer, Set.of(), organisationNumber, null);
  }

  public static Caller newcomer(String subject, String profileId) {
    return new Caller(subject, Role.newcomer, Set.of(), null, profileId);
  }

  public static Caller admin(String subject) {
    return new Caller(subject, Role.admin, Set.of(), null, null);
  }

  /** The service itself (demo loading, re-indexing): not a request, never audited as a person. */
  public static final Caller SYSTEM = new Caller("system", Role.admin, Set.of(), null, null);

  public boolean coversMunicipality(String code) {
    return role == Role.coach && municipalities.contains(code);
  }

  public boolean ownsOrganisation(String number) {
    return role == Role.employer && organisationNumber != null && organisationNumber.equals(normalizeOrganisationNumber(number));
  }

  public boolean isProfile(String id) {
    return role == Role.newcomer && profileId != null && profileId.equals(id);
  }

  /** "556123-4567" and "5561234567" are the same organisation. */
  public static String normalizeOrganisationNumber(String number) {
    return number == null ? null : number.replace("-", "").trim();
  }
}
