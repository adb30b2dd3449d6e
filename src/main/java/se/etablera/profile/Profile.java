package se.etablera.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.etablera.common.GeoPoint;
import se.etablera.common.Schedule;
import se.etablera.nlp.ExtractedConcept;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.OccupationRef;
import se.etablera.taxonomy.SwedishLevel;

/**
 * A newcomer's profile (nyanländ i etableringsprogrammet): where they live, their languages, education,
 * experience and skills with the evidence behind each, availability, preferences and programme dates.
 *
 * <p>{@code validatedSkills} and {@code missingModules} are derived from the profile's validation results and {@code extracted} from
 * its free text (CV, coach notes, experience descriptions); both are recomputed by the service on every write
 * and cannot be set by clients. {@code rejectedConcepts} are extracted concepts a user turned down; they are
 * kept across replaces and re-analysis.
 * {@code personal}, {@code cvText} and {@code coachNotes} are personal data: never logged, never shown
 * to employers without consent.
 */
public record Profile(
    String id,
    Concept municipality,
    GeoPoint home,
    Personal personal,
    Gender gender,
    Languages languages,
    Education education,
    List<Experience> experience,
    List<SkillClaim> skills,
    List<Concept> drivingLicences,
    Availability availability,
    Preferences preferences,
    Programme programme,
    String cvText,
    String coachNotes,
    List<ValidatedSkill> validatedSkills,
    List<String> missingModules,
    List<ExtractedConcept> extracted,
    List<String> rejectedConcepts,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * This profile with every field the service owns replaced: what clients send is kept, what the service
   * derives (id, home default, effective Swedish, evidence defaults, validated and extracted concepts,
   * rejections, timestamps) is set here in one place.
   */
  public Profile withServerFields(String id, GeoPoint home, Languages languages, List<SkillClaim> skills,
                                  List<ValidatedSkill> validatedSkills, List<String> missingModules,
                                  List<ExtractedConcept> extracted, List<String> rejectedConcepts, Instant createdAt,
                                  Instant updatedAt) {
    return new Profile(id, municipality, home, personal, gender, languages, education, experience, skills, drivingLicences,
        availability, preferences, programme, cvText, coachNotes, validatedSkills, missingModules, extracted, rejectedConcepts,
        createdAt, updatedAt);
  }

  /** With what the validation results say: the skills validated and the modules partial results still miss. */
  public Profile withValidations(List<ValidatedSkill> validated, List<String> missing, Instant at) {
    return withServerFields(id, home, languages, skills, validated, missing, extracted, rejectedConcepts, createdAt, at);
  }

  public Profile withExtracted(List<ExtractedConcept> found, List<String> rejected, Instant at) {
    return withServerFields(id, home, languages, skills, validatedSkills, missingModules, found, rejected, createdAt, at);
  }

  public Profile withUpdatedAt(Instant at) {
    return withServerFields(id, home, languages, skills, validatedSkills, missingModules, extracted, rejectedConcepts,
        createdAt, at);
  }

  /** Identity and contact data. */
  public record Personal(String name, String email, String phone, String personalIdentityNumber, String address) {
  }

  /** Recorded for equity statistics only; never a matching signal. */
  public enum Gender {
    female, male, other, unspecified
  }

  /**
   * Languages: mother tongues, Swedish (SFI study path and last passed course, or another level such as
   * CEFR or SvA) and other languages with a CEFR level.
   */
  public record Languages(List<Concept> motherTongues, Swedish swedish, List<OtherLanguage> other) {
  }

  /**
   * Swedish: {@code sfiPath} 1–3 (study path by schooling background: 1 starts at course A and goes
   * slowest, 3 starts at C), {@code sfiCoursePassed} A–D, {@code level} any other assessment; {@code
   * effective} is the higher of the two on the common scale, computed by the service.
   */
  public record Swedish(Integer sfiPath, String sfiCoursePassed, SwedishLevel level, SwedishLevel effective) {
  }

  public record OtherLanguage(Concept language, String cefr) {
  }

  /** Education level: förgymnasial (compulsory school or less), gymnasial (upper secondary), eftergymnasial. */
  public record Education(Level level, Integer years, Boolean recognised, String field) {
    public enum Level {
      forgymnasial, gymnasial, eftergymnasial
    }
  }

  /** Work experience, as a taxonomy occupation, free text, or both. */
  public record Experience(OccupationRef occupation, Double years, String country, String description) {
  }

  /** A skill the newcomer or their coach states. */
  public record SkillClaim(Concept skill, Evidence evidence) {
  }

  /** How a skill is known, strongest first; matching weights them in this order. */
  public enum Evidence {
    validated, coach_assessed, self_reported, extracted
  }

  /** A skill made visible by a validation result (validering) against an occupational standard. */
  public record ValidatedSkill(Concept skill, String validationId, String result, OccupationRef occupation) {
  }

  /**
   * When and how much the newcomer can work or study: start date, hours per week, weekly time blocks they
   * can attend (default weekdays 08–17), and whether missing childcare limits them to those blocks.
   */
  public record Availability(LocalDate startDate, Integer hoursPerWeek, List<Schedule> slots, Boolean childcareConstraint) {
  }

  /** Wishes: occupation fields and occupations of interest, and how far they can travel. */
  public record Preferences(List<Concept> occupationFields, List<OccupationRef> occupations, Integer maxCommuteMinutes,
                            Integer maxCommuteKm) {
  }

  /**
   * The establishment programme (etableringsprogrammet, about 24 months): start date, whether the person is
   * registered in it, and when the residence permit was granted (extra jobs have eligibility rules on both).
   */
  public record Programme(LocalDate startDate, Boolean registered, LocalDate residencePermitDate) {
  }
}
