package se.etablera.nlp;

/**
 * One concept found in free text, with where it was found and how sure the analyzer is.
 *
 * @param kind         what sort of concept
 * @param id           JobTech concept id (occupation, skill, language, driving licence), the 4-digit kommunkod
 *                     (municipality, and the municipality of a place), a {@link se.etablera.taxonomy.SwedishLevel}
 *                     code, or null for hours. An occupation the current taxonomy no longer lists by name is
 *                     reported by its SSYK-4 group id (as {@link se.etablera.taxonomy.OccupationRef} does).
 * @param label        the concept's Swedish label
 * @param confidence   0..1; occupations are ranked by it
 * @param start        start of the span in the original text
 * @param end          end of the span in the original text, exclusive
 * @param text         the original text of the span
 * @param requirement  must-have or nice-to-have, when the text says so
 * @param group        SSYK-4 group id for occupations, else null
 * @param field        occupation field id for occupations, else null
 * @param level        CEFR level ("A1".."C2") or "native" for a language when stated, else null
 * @param hoursPerWeek hours per week for {@link Kind#HOURS} when stated or implied by a percentage, else null
 * @param partTime     for {@link Kind#HOURS}: true for part time, false for full time, null when unknown
 */
public record Extracted(Kind kind, String id, String label, double confidence, int start, int end, String text,
                        Requirement requirement, String group, String field, String level, Integer hoursPerWeek,
                        Boolean partTime) {

  /** The kinds of concept the analyzer extracts. */
  public enum Kind { OCCUPATION, SKILL, LANGUAGE, DRIVING_LICENCE, SWEDISH_LEVEL, MUNICIPALITY, PLACE, HOURS }

  /**
   * Whether the text makes the concept a requirement ("krav", "måste", "required") or a merit
   * ("meriterande", "önskvärt", "a plus"); UNSPECIFIED when it says neither.
   */
  public enum Requirement { MUST, NICE, UNSPECIFIED }

  Extracted withRequirement(Requirement r) {
    return new Extracted(kind, id, label, confidence, start, end, text, r, group, field, level, hoursPerWeek, partTime);
  }

  Extracted withConfidence(double c) {
    return new Extracted(kind, id, label, c, start, end, text, requirement, group, field, level, hoursPerWeek, partTime);
  }
}
