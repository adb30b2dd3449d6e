package se.etablera.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;

/** Validation results attach to a profile and change its evidence, in step with every write. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationApiTest {
  private TestApp t;
  private String coach;

  @BeforeAll
  void start() {
    t = TestApp.start("validations");
    coach = t.coach(Fixtures.MALMO);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  private String newProfile() {
    return t.http.post("/api/profiles", coach, Fixtures.profile()).json().getString("id");
  }

  private Set<String> validatedSkillIds(String profileId) {
    JsonArray validated = t.http.get("/api/profiles/" + profileId, coach).json().getJsonArray("validated_skills");
    return validated.stream().map(o -> ((JsonObject) o).getJsonObject("skill").getString("id")).collect(Collectors.toSet());
  }

  @Test
  void aValidationMakesItsSkillsValidatedOnTheProfile() {
    String profile = newProfile();
    Response r = t.http.post("/api/validations", coach, Fixtures.validation(profile));
    assertEquals(201, r.status(), r.body());
    assertEquals("/api/validations/" + r.json().getString("id"), r.header("Location").orElseThrow());
    assertEquals(Set.of(Fixtures.OMVARDNAD, Fixtures.DEMENSVARD), validatedSkillIds(profile));
    JsonObject first = t.http.get("/api/profiles/" + profile, coach).json().getJsonArray("validated_skills").getJsonObject(0);
    assertEquals(r.json().getString("id"), first.getString("validation_id"));
    assertEquals("partial", first.getString("result"));
    assertEquals("1280", r.json().getJsonObject("municipality").getString("id"), "scoped like its profile");
  }

  @Test
  void replacingAndDeletingAValidationUpdatesTheProfile() {
    String profile = newProfile();
    assertEquals(201, t.http.put("/api/validations/val-replace", coach, Fixtures.validation(profile)).status());
    JsonObject narrower = Fixtures.validation(profile).put("validated_skills", new JsonArray().add(Fixtures.OMVARDNAD))
        .put("result", "full").put("modules_missing", new JsonArray());
    assertEquals(200, t.http.put("/api/validations/val-replace", coach, narrower).status());
    assertEquals(Set.of(Fixtures.OMVARDNAD), validatedSkillIds(profile));
    assertEquals(204, t.http.delete("/api/validations/val-replace", coach).status());
    assertEquals(Set.of(), validatedSkillIds(profile));
    assertEquals(404, t.http.get("/api/validations/val-replace", coach).status());
  }

  @Test
  void movingAValidationToAnotherProfileUpdatesBoth() {
    String a = newProfile();
    String b = newProfile();
    t.http.put("/api/validations/val-move", coach, Fixtures.validation(a));
    assertEquals(200, t.http.put("/api/validations/val-move", coach, Fixtures.validation(b)).status());
    assertEquals(Set.of(), validatedSkillIds(a));
    assertEquals(Set.of(Fixtures.OMVARDNAD, Fixtures.DEMENSVARD), validatedSkillIds(b));
  }

  @Test
  void aProfileReplaceKeepsItsValidatedSkills() {
    String profile = newProfile();
    t.http.post("/api/validations", coach, Fixtures.validation(profile));
    assertEquals(200, t.http.put("/api/profiles/" + profile, coach, Fixtures.profile().put("gender", "male")).status());
    assertEquals(Set.of(Fixtures.OMVARDNAD, Fixtures.DEMENSVARD), validatedSkillIds(profile));
  }

  @Test
  void anUnknownOrOutOfScopeProfileIs400OnProfileId() {
    Response unknown = t.http.post("/api/validations", coach, Fixtures.validation("no-such-profile"));
    assertEquals(400, unknown.status());
    assertEquals("/profile_id", unknown.json().getJsonArray("errors").getJsonObject(0).getString("pointer"));
    String profile = newProfile();
    assertEquals(400, t.http.post("/api/validations", t.coach(Fixtures.HELSINGBORG), Fixtures.validation(profile)).status());
  }

  @Test
  void checksBeyondTheSchemaAreFieldErrors() {
    String profile = newProfile();
    Response r = t.http.post("/api/validations", coach, Fixtures.validation(profile).put("result", "full").put("date", "2999-01-01"));
    assertEquals(400, r.status());
    List<String> pointers = r.json().getJsonArray("errors").stream().map(o -> ((JsonObject) o).getString("pointer")).toList();
    assertEquals(List.of("/date", "/modules_missing"), pointers);
  }

  @Test
  void listFiltersAndScope() {
    String profile = newProfile();
    t.http.post("/api/validations", coach, Fixtures.validation(profile));
    t.http.post("/api/validations", coach, Fixtures.validation(profile).put("result", "full").put("modules_missing", new JsonArray()));
    JsonObject partial = t.http.get("/api/validations?profile_id=" + profile + "&result=partial", coach).json();
    assertEquals(1, partial.getLong("total"));
    assertEquals(2, t.http.get("/api/validations?profile_id=" + profile + "&occupation=Undersköterska,%20hemtjänst,%20äldreboende%20och%20habilitering", coach)
        .json().getLong("total"));
    assertEquals(400, t.http.get("/api/validations?result=maybe", coach).status());
    assertEquals(0, t.http.get("/api/validations?profile_id=" + profile, t.coach(Fixtures.HELSINGBORG)).json().getLong("total"));
    JsonObject own = t.http.get("/api/validations", t.newcomer(profile)).json();
    assertEquals(2, own.getLong("total"));
    assertTrue(own.getJsonArray("items").stream().allMatch(o -> profile.equals(((JsonObject) o).getString("profile_id"))));
  }

  @Test
  void bulkValidationsReportPerLine() {
    String profile = newProfile();
    String ndjson = Fixtures.validation(profile).encode() + "\n" + Fixtures.validation("nobody").encode() + "\n";
    JsonObject r = t.http.postNdjson("/api/validations/bulk", coach, ndjson).json();
    assertEquals(1, r.getInteger("succeeded"));
    assertEquals(400, r.getJsonArray("items").getJsonObject(1).getInteger("status"));
    assertEquals(Set.of(Fixtures.OMVARDNAD, Fixtures.DEMENSVARD), validatedSkillIds(profile));
  }
}
