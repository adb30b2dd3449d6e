package se.etablera.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.etablera.common.FieldError;
import se.etablera.testing.Fixtures;
import se.etablera.testing.TestApp;

/** Request bodies against the JSON Schemas: one error per bad field, each with a pointer and a readable message. */
class SchemasTest {
  private static Schemas schemas;

  @BeforeAll
  static void load() {
    schemas = TestApp.vocabulary().schemas();
  }

  /** The valid fixture of each schema. */
  private static JsonObject valid(String schema) {
    return switch (schema) {
      case "profile" -> Fixtures.profile();
      case "validation" -> Fixtures.validation("p-1");
      case "placement" -> Fixtures.placement();
      case "extra-job" -> Fixtures.extraJob();
      case "course" -> Fixtures.course();
      case "consent" -> new JsonObject().put("organisation_number", "556677-8899").put("valid_until", "2027-06-30");
      case "application" -> new JsonObject().put("profile_id", "p-1").put("opportunity_id", "o-1");
      case "transition" -> new JsonObject().put("to", "offered");
      case "follow-up" -> new JsonObject().put("outcome", "work");
      case "allocation" -> new JsonObject().put("profile_ids", new io.vertx.core.json.JsonArray().add("p-1"))
          .put("opening_ids", new io.vertx.core.json.JsonArray().add("o-1")).put("share_tolerance", 0.1);
      case "rejection" -> new JsonObject().put("id", "MR4H_FFT_mTj");
      case "analyze" -> new JsonObject().put("text", "Vi söker lagerarbetare.");
      default -> throw new IllegalArgumentException(schema);
    };
  }

  /** One row: the fixture of {@code schema} broken by {@code change}, and the one error expected. */
  private static Arguments bad(String schema, String what, UnaryOperator<JsonObject> change, String pointer, String message) {
    return Arguments.of(schema, what, change, pointer, message);
  }

  private static JsonObject at(JsonObject body, String path) {
    JsonObject node = body;
    for (String name : path.split("/")) {
      Object child = node.getValue(name);
      node = child instanceof JsonArray a ? a.getJsonObject(0) : (JsonObject) child;
    }
    return node;
  }

  static Stream<Arguments> badBodies() {
    return Stream.of(
        // profile
        bad("profile", "missing required field", b -> { b.remove("municipality"); return b; }, "/municipality", "is required"),
        bad("profile", "unknown top-level field", b -> b.put("nickname", "T"), "/nickname", "is not a known field"),
        bad("profile", "unknown nested field", b -> { at(b, "personal").put("shoe_size", 42); return b; },
            "/personal/shoe_size", "is not a known field"),
        bad("profile", "unknown field in an array item", b -> { at(b, "experience").put("employer", "X"); return b; },
            "/experience/0/employer", "is not a known field"),
        bad("profile", "wrong type", b -> { at(b, "education").put("years", "twelve"); return b; },
            "/education/years", "integer"),
        bad("profile", "wrong type of a concept", b -> b.put("municipality", 1280), "/municipality", "string"),
        bad("profile", "enum", b -> b.put("gender", "x"), "/gender", "does not match any of [\"female\",\"male\",\"other\",\"unspecified\"]"),
        bad("profile", "enum of an SFI course", b -> { at(b, "languages/swedish").put("sfi_course_passed", "E"); return b; },
            "/languages/swedish/sfi_course_passed", "does not match any of"),
        bad("profile", "date pattern", b -> { at(b, "availability").put("start_date", "1/12/2026"); return b; },
            "/availability/start_date", "must be a date written YYYY-MM-DD"),
        bad("profile", "personal identity number pattern",
            b -> { at(b, "personal").put("personal_identity_number", "1990-01-01"); return b; },
            "/personal/personal_identity_number", "has the wrong format"),
        bad("profile", "email pattern", b -> { at(b, "personal").put("email", "testa.example.com"); return b; },
            "/personal/email", "has the wrong format"),
        bad("profile", "number above maximum", b -> { at(b, "education").put("years", 31); return b; },
            "/education/years", "30"),
        bad("profile", "number below minimum", b -> { at(b, "languages/swedish").put("sfi_path", 0); return b; },
            "/languages/swedish/sfi_path", "1"),
        bad("profile", "experience without occupation or description",
            b -> { at(b, "experience").remove("occupation"); return b; },
            "/experience/0", "needs at least one of: occupation, description"),
        bad("profile", "unknown weekday", b -> { at(b, "availability/slots").put("days", new JsonArray().add("funday")); return b; },
            "/availability/slots/0/days/0", "does not match any of"),
        bad("profile", "empty list of days", b -> { at(b, "availability/slots").put("days", new JsonArray()); return b; },
            "/availability/slots/0/days", "needs at least 1 item"),
        bad("profile", "empty concept", b -> b.put("municipality", ""), "/municipality", "too short"),
        bad("profile", "swedish level object without code",
            b -> { at(b, "languages/swedish").put("level", new JsonObject().put("label", "SFI C")); return b; },
            "/languages/swedish/level/code", "is required"),
        // validation
        bad("validation", "missing required field", b -> { b.remove("profile_id"); return b; }, "/profile_id", "is required"),
        bad("validation", "enum", b -> b.put("result", "failed"), "/result", "does not match any of"),
        bad("validation", "date pattern", b -> b.put("date", "2026-10-1"), "/date", "must be a date written YYYY-MM-DD"),
        bad("validation", "unknown top-level field", b -> b.put("score", 3), "/score", "is not a known field"),
        bad("validation", "wrong type in a list", b -> b.put("modules_missing", new JsonArray().add(7)), "/modules_missing/0",
            "string"),
        // placement
        bad("placement", "missing required field", b -> { b.remove("title"); return b; }, "/title", "is required"),
        bad("placement", "missing nested required field", b -> b.put("location", new JsonObject().put("address", "Storgatan 1")),
            "/location/municipality", "is required"),
        bad("placement", "organisation number pattern", b -> { at(b, "organisation").put("organisation_number", "12-34"); return b; },
            "/organisation/organisation_number", "has the wrong format"),
        bad("placement", "organisation type enum", b -> { at(b, "organisation").put("type", "club"); return b; },
            "/organisation/type", "does not match any of"),
        bad("placement", "seats below minimum", b -> b.put("seats", -1), "/seats", "0"),
        bad("placement", "hours above maximum", b -> b.put("hours_per_week", 61), "/hours_per_week", "60"),
        bad("placement", "wrong type", b -> b.put("supervisor_available", "yes"), "/supervisor_available", "boolean"),
        bad("placement", "unknown field in a skill", b -> { at(b, "skills").put("level", 3); return b; },
            "/skills/0/level", "is not a known field"),
        bad("placement", "latitude out of range", b -> { at(b, "location").put("point", new JsonObject().put("lat", 91).put("lon", 13)); return b; },
            "/location/point/lat", "90"),
        bad("placement", "end date pattern", b -> b.put("end_date", "31 mars 2027"), "/end_date", "must be a date written YYYY-MM-DD"),
        // extra job
        bad("extra-job", "missing required field", b -> { b.remove("hours_per_week"); return b; }, "/hours_per_week", "is required"),
        bad("extra-job", "unknown nested field", b -> { at(b, "eligibility").put("age", 30); return b; },
            "/eligibility/age", "is not a known field"),
        bad("extra-job", "number above maximum", b -> b.put("duration_weeks", 261), "/duration_weeks", "260"),
        bad("extra-job", "wrong type", b -> b.put("combinable_with_studies", 1), "/combinable_with_studies", "boolean"),
        // course
        bad("course", "missing required field", b -> { b.remove("swedish_exit"); return b; }, "/swedish_exit", "is required"),
        bad("course", "no occupation, leads_to or field", b -> { b.remove("occupation"); b.remove("leads_to"); return b; },
            "", "needs at least one of: occupation, leads_to, occupation_field"),
        bad("course", "start date pattern in a list", b -> b.put("start_dates", new JsonArray().add("2027-01-12").add("januari")),
            "/start_dates/1", "must be a date written YYYY-MM-DD"),
        bad("course", "unknown field in a concept object", b -> b.put("occupation", new JsonObject().put("id", Fixtures.UNDERSKOTERSKA)
            .put("colour", "blue")), "/occupation/colour", "is not a known field"),
        bad("course", "unknown top-level field", b -> b.put("price", 0), "/price", "is not a known field"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badBodies")
  void aBadFieldGivesExactlyOneErrorPointingAtIt(String schema, String what, UnaryOperator<JsonObject> change, String pointer,
                                                String message) {
    List<FieldError> errors = schemas.validate(schema, change.apply(valid(schema)));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(pointer, errors.get(0).pointer(), errors.toString());
    assertTrue(errors.get(0).message().contains(message), errors.toString());
  }

  static Stream<Arguments> badTimes() {
    return Stream.of(
        bad("profile", "time pattern", b -> { at(b, "availability/slots").put("start", "8am"); return b; },
            "/availability/slots/0/start", "must be a time written HH:MM"),
        bad("profile", "hour out of range", b -> { at(b, "availability/slots").put("end", "24:00"); return b; },
            "/availability/slots/0/end", "must be a time written HH:MM"),
        bad("placement", "minutes out of range", b -> { at(b, "schedule").put("start", "13:60"); return b; },
            "/schedule/0/start", "must be a time written HH:MM"),
        bad("course", "time without colon", b -> { at(b, "schedule").put("end", "1200"); return b; },
            "/schedule/0/end", "must be a time written HH:MM"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badTimes")
  void aBadTimeGivesExactlyOneErrorPointingAtIt(String schema, String what, UnaryOperator<JsonObject> change, String pointer,
                                               String message) {
    List<FieldError> errors = schemas.validate(schema, change.apply(valid(schema)));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(pointer, errors.get(0).pointer(), errors.toString());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badTimes")
  void aBadTimeSaysHowToWriteATime(String schema, String what, UnaryOperator<JsonObject> change, String pointer, String message) {
    List<FieldError> errors = schemas.validate(schema, change.apply(valid(schema)));
    assertEquals(List.of(new FieldError(pointer, message)), errors);
  }

  @ParameterizedTest
  @MethodSource("schemaNames")
  void theFixturesAreValid(String schema) {
    assertEquals(List.of(), schemas.validate(schema, valid(schema)));
  }

  static Stream<String> schemaNames() {
    return Schemas.NAMES.stream();
  }

  @Test
  void aMinimalProfileIsValid() {
    assertEquals(List.of(), schemas.validate("profile", new JsonObject().put("municipality", "Malmö")));
  }

  @Test
  void conceptsMayBeObjectsWithAnIdAsReturnedByGet() {
    JsonObject body = Fixtures.profile().put("municipality", new JsonObject().put("id", "1280").put("label", "Malmö"));
    assertEquals(List.of(), schemas.validate("profile", body));
  }

  @Test
  void serverOwnedFieldsAreAcceptedOnInput() {
    JsonObject body = Fixtures.profile().put("id", "p-1").put("created_at", "2026-01-01T00:00:00Z")
        .put("updated_at", "2026-01-01T00:00:00Z").put("validated_skills", new JsonArray().add("x"));
    assertEquals(List.of(), schemas.validate("profile", body));
  }

  @Test
  void aCourseNeedsOnlyOneOfOccupationLeadsToOrField() {
    JsonObject onlyField = Fixtures.course().put("occupation_field", Fixtures.FIELD_CARE);
    onlyField.remove("occupation");
    onlyField.remove("leads_to");
    assertEquals(List.of(), schemas.validate("course", onlyField));
  }

  @Test
  void experienceMayBeFreeTextOnly() {
    JsonObject body = Fixtures.profile().put("experience", new JsonArray().add(new JsonObject().put("description", "Bagare")));
    assertEquals(List.of(), schemas.validate("profile", body));
  }

  @Test
  void severalBadFieldsGiveOneErrorEach() {
    JsonObject body = Fixtures.profile().put("gender", "x").put("nickname", "T");
    body.remove("municipality");
    at(body, "availability").put("start_date", "soon");
    List<FieldError> errors = schemas.validate("profile", body);
    assertEquals(List.of("/availability/start_date", "/gender", "/municipality", "/nickname"),
        errors.stream().map(FieldError::pointer).sorted().toList(), errors.toString());
  }

  @Test
  void aBodyThatIsNotAnObjectIsOneErrorAtTheRoot() {
    List<FieldError> errors = schemas.validate("profile", new JsonArray().add(1));
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("", errors.get(0).pointer());
  }

  @Test
  void anUnknownSchemaNameIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> schemas.validate("nope", new JsonObject()));
  }
}
