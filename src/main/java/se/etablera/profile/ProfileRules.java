package se.etablera.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.etablera.common.FieldError;
import se.etablera.common.GeoPoint;
import se.etablera.common.Schedule;
import se.etablera.profile.Profile.SkillClaim;
import se.etablera.profile.Profile.Swedish;
import se.etablera.profile.Profile.ValidatedSkill;
import se.etablera.taxonomy.ConceptResolver.ConceptField;
import se.etablera.taxonomy.ConceptType;
import se.etablera.taxonomy.SwedishLevel;
import se.etablera.taxonomy.Taxonomy;
import se.etablera.validation.ValidationResult;

/** Pure rules for profiles: which fields are concepts, what is checked, and what the service derives. */
public final class ProfileRules {
  public static final List<ConceptField> CONCEPT_FIELDS = List.of(
      ConceptField.of("municipality", ConceptType.MUNICIPALITY),
      ConceptField.of("languages/mother_tongues/*", ConceptType.LANGUAGE),
      ConceptField.of("languages/other/*/language", ConceptType.LANGUAGE),
      ConceptField.swedishLevel("languages/swedish/level"),
      ConceptField.of("experience/*/occupation", ConceptType.OCCUPATION),
      ConceptField.of("skills/*/skill", ConceptType.SKILL),
      ConceptField.of("driving_licences/*", ConceptType.DRIVING_LICENCE),
      ConceptField.of("preferences/occupation_fields/*", ConceptType.OCCUPATION_FIELD),
      ConceptField.of("preferences/occupations/*", ConceptType.OCCUPATION));

  /** Fields the service computes; a client's values for them are dropped. */
  public static final List<String> SERVER_OWNED = List.of("id", "created_at", "updated_at", "validated_skills",
      "missing_modules", "extracted", "rejected_concepts", "languages/swedish/effective");

  private ProfileRules() {
  }

  /** Checks the schema cannot express. */
  public static List<FieldError> check(Profile p) {
    List<FieldError> errors = new ArrayList<>();
    if (p.availability() != null && p.availability().slots() != null) {
      errors.addAll(checkSlots(p.availability().slots(), "/availability/slots"));
    }
    if (p.programme() != null && p.programme().startDate() != null && p.programme().residencePermitDate() != null
        && p.programme().startDate().isBefore(p.programme().residencePermitDate().minusYears(1))) {
      errors.add(new FieldError("/programme/start_date", "is more than a year before the residence permit date"));
    }
    return errors;
  }

  public static List<FieldError> checkSlots(List<Schedule> slots, String pointer) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      Schedule s = slots.get(i);
      if (!s.end().isAfter(s.start())) {
        errors.add(new FieldError(pointer + "/" + i + "/end", "must be after start (" + s.start() + ")"));
      }
    }
    return errors;
  }

  /**
   * The stored form of a profile: the id, timestamps kept from the existing version, the home point
   * defaulting to the municipality's, the effective Swedish level, default evidence, and the skills made
   * visible by validation results. Whatever a client sent for derived fields is replaced.
   */
  public static Profile normalize(String id, Profile in, Profile existing, List<ValidationResult> validations,
                                  Taxonomy taxonomy, Instant now) {
    GeoPoint home = in.home() != null ? in.home()
        : taxonomy.municipality(in.municipality().id()).map(m -> new GeoPoint(m.lat(), m.lon())).orElse(null);
    Profile.Languages languages = in.languages() == null ? null : new Profile.Languages(
        in.languages().motherTongues(), effectiveSwedish(in.languages().swedish()), in.languages().other());
    List<SkillClaim> skills = in.skills() == null ? null : in.skills().stream()
        .map(s -> new SkillClaim(s.skill(), s.evidence() == null ? Profile.Evidence.self_reported : s.evidence()))
        .toList();
    return in.withServerFields(id, home, languages, skills, validatedSkills(validations), missingModules(validations),
        existing == null ? List.of() : existing.extracted(), existing == null ? List.of() : existing.rejectedConcepts(),
        existing == null ? now : existing.createdAt(), now);
  }

  /** The validated skills of a profile: one entry per (skill, validation), newest validation first. */
  public static List<ValidatedSkill> validatedSkills(List<ValidationResult> validations) {
    List<ValidatedSkill> out = new ArrayList<>();
    validations.stream()
        .sorted(Comparator.comparing(ValidationResult::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ValidationResult::id))
        .forEach(v -> {
          if (v.validatedSkills() != null) {
            v.validatedSkills().forEach(s -> out.add(new ValidatedSkill(s, v.id(), v.result().name(), v.occupation())));
          }
        });
    return out;
  }

  /** Modules that partial validation results name as still missing, once each, in first-seen order. */
  public static List<String> missingModules(List<ValidationResult> validations) {
    return validations.stream()
        .filter(v -> v.result() == ValidationResult.Outcome.partial && v.modulesMissing() != null)
        .sorted(Comparator.comparing(ValidationResult::id))
        .flatMap(v -> v.modulesMissing().stream()).distinct().toList();
  }

  static Swedish effectiveSwedish(Swedish s) {
    if (s == null) {
      return null;
    }
    Optional<SwedishLevel> sfi = s.sfiCoursePassed() == null ? Optional.empty()
        : SwedishLevel.byCode("sfi-" + s.sfiCoursePassed().toLowerCase(java.util.Locale.ROOT));
    SwedishLevel effective = sfi.orElse(SwedishLevel.NONE);
    if (s.level() != null && s.level().scale() > effective.scale()) {
      effective = s.level();
    }
    return new Swedish(s.sfiPath(), s.sfiCoursePassed(), s.level(), effective);
  }

  /** Equal apart from updated_at: a replace that changes nothing is not written (PUT stays idempotent). */
  public static boolean sameContent(Profile a, Profile b) {
    return Objects.equals(a.withUpdatedAt(null), b.withUpdatedAt(null));
  }
}
