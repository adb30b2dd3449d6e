package se.etablera.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.OccupationRef;

/**
 * The result of a validation (validering, e.g. on the VALLE platform): foreign competence assessed against
 * an occupational standard. A validated skill is stronger evidence than a self-reported one; a partial
 * result names the modules still missing, which a course can fill.
 *
 * <p>{@code municipality} is copied from the profile at write time so access rules can scope validations
 * without reading the profile.
 */
public record ValidationResult(
    String id,
    String profileId,
    OccupationRef occupation,
    String standard,
    List<Concept> validatedSkills,
    Outcome result,
    List<String> modulesMissing,
    String organisation,
    LocalDate date,
    Concept municipality,
    Instant createdAt,
    Instant updatedAt) {

  public enum Outcome {
    full, partial
  }
}
