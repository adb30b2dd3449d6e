package se.etablera.search;

/**
 * Index and alias names. Code reads and writes through the alias; the versioned index behind it is
 * what a re-index replaces.
 */
public record IndexNames(String prefix) {
  public static final String PROFILES = "profiles";
  public static final String VALIDATIONS = "validations";
  public static final String OPPORTUNITIES = "opportunities";
  public static final String CONSENTS = "consents";
  public static final String AUDIT = "audit";
  public static final String APPLICATIONS = "applications";
  public static final String EVENTS = "events";
  public static final String ALLOCATIONS = "allocations";

  /** The alias every read and write uses, e.g. etablera-profiles. */
  public String alias(String index) {
    return prefix + "-" + index;
  }

  /** The concrete index behind the alias, e.g. etablera-profiles-v1. */
  public String versioned(String index, int version) {
    return alias(index) + "-v" + version;
  }
}
