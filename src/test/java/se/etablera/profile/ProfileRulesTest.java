package se.etablera.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.etablera.common.FieldError;
import se.etablera.common.GeoPoint;
import se.etablera.profile.Profile.Evidence;
import se.etablera.profile.Profile.ValidatedSkill;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.OccupationRef;
import se.etablera.taxonomy.SwedishLevel;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Records;
import se.etablera.validation.ValidationResult;
import se.etablera.validation.ValidationResult.Outcome;

/** What the service derives when it stores a profile, and the checks the schema cannot express. */
class ProfileRulesTest {
  private static final Instant CREATED = Instant.parse("2026-01-01T08:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Concept OMVARDNAD = new Concept(Fixtures.OMVARDNAD, "Omvårdnad");
  private static final Concept DEMENSVARD = new Concept(Fixtures.DEMENSVARD, "Demensvård");
  private static final Concept TRUCKVANA = new Concept(Fixtures.TRUCKVANA, "Truckvana");

  private static Profile normalize(JsonObject body) {
    return normalize(Records.profile(body), null, List.of(), NOW);
  }

  private static Profile normalize(Profile in, Profile existing, List<ValidationResult> validations, Instant now) {
    return ProfileRules.normalize("p-1", in, existing, validations, Records.taxonomy(), now);
  }

  private static JsonObject swedish(JsonObject body) {
    return body.getJsonObject("languages").getJsonObject("swedish");
  }

  private static ValidationResult validation(String id, String date, Concept... skills) {
    OccupationRef occupation = Records.taxonomy().occupationRef(Fixtures.UNDERSKOTERSKA).orElseThrow();
    return new ValidationResult(id, "p-1", occupation, null, skills.length == 0 ? null : List.of(skills), Outcome.partial,
        List.of(), "VALLE Skåne", date == null ? null : LocalDate.parse(date), new Concept(Fixtures.MALMO, "Malmö"), null, null);
  }

  @Test
  void theHomePointDefaultsToTheMunicipality() {
    assertEquals(new GeoPoint(55.597645, 13.005533), normalize(Fixtures.profile()).home());
  }

  @Test
  void aGivenHomePointIsKept() {
    JsonObject body = Fixtures.profile().put("home", new JsonObject().put("lat", 55.6).put("lon", 13.1));
    assertEquals(new GeoPoint(55.6, 13.1), normalize(body).home());
  }

  @ParameterizedTest(name = "SFI {0} passed, level \"{1}\" → {2}")
  @CsvSource(nullValues = "-", value = {
      "B, -,      sfi-b",
      "-, -,      none",
      "B, B1,     cefr-b1",
      "D, A1,     sfi-d",
      "C, A2,     sfi-c",
      "-, SvA 1,  sva-1",
      "A, ingen,  sfi-a",
      "d, -,      sfi-d"})
  void theEffectiveSwedishLevelIsTheHigherOfSfiAndOtherLevel(String sfi, String level, String effective) {
    JsonObject body = Fixtures.profile();
    swedish(body).put("sfi_course_passed", sfi).put("level", level);
    Profile.Swedish s = normalize(body).languages().swedish();
    assertEquals(effective, s.effective().code());
    assertEquals(sfi, s.sfiCoursePassed(), "what was written is kept");
  }

  @Test
  void aClientsEffectiveLevelIsReplaced() {
    Profile in = Records.profile(Fixtures.profile());
    SwedishLevel c2 = SwedishLevel.byCode("cefr-c2").orElseThrow();
    Profile.Swedish claimed = new Profile.Swedish(2, "B", null, c2);
    Profile.Languages languages = new Profile.Languages(in.languages().motherTongues(), claimed, in.languages().other());
    Profile withClaim = in.withServerFields(in.id(), in.home(), languages, in.skills(), in.validatedSkills(),
        in.missingModules(), in.extracted(), in.rejectedConcepts(), in.createdAt(), in.updatedAt());
    assertEquals("sfi-b", normalize(withClaim, null, List.of(), NOW).languages().swedish().effective().code());
  }

  @Test
  void noLanguagesStayNoLanguagesAndNoSwedishStaysNoSwedish() {
    JsonObject body = Fixtures.profile();
    body.remove("languages");
    assertNull(normalize(body).languages());
    JsonObject noSwedish = Fixtures.profile();
    noSwedish.getJsonObject("languages").remove("swedish");
    assertNull(normalize(noSwedish).languages().swedish());
  }

  @Test
  void skillsWithoutEvidenceAreSelfReported() {
    JsonObject body = Fixtures.profile().put("skills", new JsonArray()
        .add(new JsonObject().put("skill", "Omvårdnad"))
        .add(new JsonObject().put("skill", "Demensvård").put("evidence", "coach_assessed")));
    assertEquals(List.of(Evidence.self_reported, Evidence.coach_assessed),
        normalize(body).skills().stream().map(Profile.SkillClaim::evidence).toList());
  }

  @Test
  void validatedSkillsComeFromValidationResultsNewestFirst() {
    List<ValidationResult> validations = List.of(
        validation("v-old", "2025-05-01", TRUCKVANA),
        validation("v-new", "2026-02-01", OMVARDNAD, DEMENSVARD),
        validation("v-undated", null, TRUCKVANA),
        validation("v-empty", "2026-02-15"));
    List<ValidatedSkill> derived = normalize(Records.profile(Fixtures.profile()), null, validations, NOW).validatedSkills();
    assertEquals(List.of("v-new:" + Fixtures.OMVARDNAD, "v-new:" + Fixtures.DEMENSVARD, "v-old:" + Fixtures.TRUCKVANA,
            "v-undated:" + Fixtures.TRUCKVANA),
        derived.stream().map(v -> v.validationId() + ":" + v.skill().id()).toList());
    assertEquals("partial", derived.get(0).result());
    assertEquals(Fixtures.UNDERSKOTERSKA, derived.get(0).occupation().id());
  }

  @Test
  void validationsOfTheSameDayAreOrderedById() {
    List<ValidatedSkill> derived = ProfileRules.validatedSkills(List.of(
        validation("v-b", "2026-02-01", OMVARDNAD), validation("v-a", "2026-02-01", DEMENSVARD)));
    assertEquals(List.of("v-a", "v-b"), derived.stream().map(ValidatedSkill::validationId).toList());
  }

  @Test
  void withoutValidationsThereAreNoValidatedSkills() {
    assertEquals(List.of(), normalize(Fixtures.profile()).validatedSkills());
  }

  @Test
  void aNewProfileIsCreatedNowAndAReplacementKeepsItsCreationTime() {
    Profile first = normalize(Records.profile(Fixtures.profile()), null, List.of(), CREATED);
    assertEquals(CREATED, first.createdAt());
    assertEquals(CREATED, first.updatedAt());
    Profile second = normalize(Records.profile(Fixtures.profile().put("gender", "male")), first, List.of(), NOW);
    assertEquals(CREATED, second.createdAt());
    assertEquals(NOW, second.updatedAt());
    assertEquals("p-1", second.id());
  }

  @Test
  void sameContentIgnoresOnlyUpdatedAt() {
    Profile first = normalize(Records.profile(Fixtures.profile()), null, List.of(), CREATED);
    Profile unchanged = normalize(Records.profile(Fixtures.profile()), first, List.of(), NOW);
    Profile changed = normalize(Records.profile(Fixtures.profile().put("gender", "male")), first, List.of(), NOW);
    assertTrue(ProfileRules.sameContent(first, unchanged));
    assertFalse(ProfileRules.sameContent(first, changed));
    assertFalse(ProfileRules.sameContent(first, first.withValidations(
        ProfileRules.validatedSkills(List.of(validation("v-1", "2026-02-01", OMVARDNAD))), List.of(), CREATED)));
  }

  @Test
  void theFixtureHasNoRecordErrors() {
    assertEquals(List.of(), ProfileRules.check(Records.profile(Fixtures.profile())));
  }

  @ParameterizedTest(name = "{0}–{1}")
  @CsvSource({"10:00, 09:00", "10:00, 10:00"})
  void aSlotMustEndAfterItStarts(String start, String end) {
    JsonObject body = Fixtures.profile();
    body.getJsonObject("availability").getJsonArray("slots")
        .add(new JsonObject().put("days", new JsonArray().add("sat")).put("start", start).put("end", end));
    assertEquals(List.of(new FieldError("/availability/slots/1/end", "must be after start (" + start + ")")),
        ProfileRules.check(Records.profile(body)));
  }

  @Test
  void everyBadSlotIsReported() {
    JsonObject body = Fixtures.profile();
    body.getJsonObject("availability").put("slots", new JsonArray()
        .add(new JsonObject().put("days", new JsonArray().add("mon")).put("start", "12:00").put("end", "08:00"))
        .add(new JsonObject().put("days", new JsonArray().add("tue")).put("start", "08:00").put("end", "12:00"))
        .add(new JsonObject().put("days", new JsonArray().add("wed")).put("start", "17:00").put("end", "16:59")));
    assertEquals(List.of("/availability/slots/0/end", "/availability/slots/2/end"),
        ProfileRules.check(Records.profile(body)).stream().map(FieldError::pointer).toList());
  }

  @ParameterizedTest(name = "programme {0}, permit {1} → {2} errors")
  @CsvSource({"2025-09-01, 2025-06-15, 0", "2024-06-15, 2025-06-15, 0", "2024-06-14, 2025-06-15, 1"})
  void theProgrammeCannotStartMoreThanAYearBeforeTheResidencePermit(String start, String permit, int errors) {
    JsonObject body = Fixtures.profile();
    body.getJsonObject("programme").put("start_date", start).put("residence_permit_date", permit);
    List<FieldError> found = ProfileRules.check(Records.profile(body));
    assertEquals(errors, found.size(), found.toString());
    found.forEach(e -> assertEquals("/programme/start_date", e.pointer()));
  }
}
