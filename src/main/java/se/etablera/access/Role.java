package se.etablera.access;

/** Who is calling; each role's scope travels in {@link Caller}. */
public enum Role {
  /** Establishment coach (etableringscoach): profiles of their municipalities and cooperation areas. */
  coach,
  /** Employer or course provider: their own openings, pseudonymised candidates. */
  employer,
  /** A newcomer: their own profile, consents, matches and applications. */
  newcomer,
  /** Administrator: taxonomy, course catalogue, statistics and audit; no individual profiles. */
  admin
}
