package se.etablera.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;

/** /api/profiles against a real Elasticsearch: create, replace, read, list, delete, scope, bulk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileApiTest {
  private TestApp t;
  private String malmoCoach;

  @BeforeAll
  void start() {
    t = TestApp.start("profiles");
    malmoCoach = t.coach(Fixtures.MALMO);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  @Test
  void createAnswers201WithLocationAndResolvesLabelsToConcepts() {
    Response r = t.http.post("/api/profiles", malmoCoach, Fixtures.profile());
    assertEquals(201, r.status(), r.body());
    String id = r.json().getString("id");
    assertEquals("/api/profiles/" + id, r.header("Location").orElseThrow());
    JsonObject body = t.http.get("/api/profiles/" + id, malmoCoach).json();
    assertEquals(new JsonObject().put("id", "1280").put("label", "Malmö"), body.getJsonObject("municipality"));
    assertEquals("3iEY_RGP_qXq", body.getJsonObject("languages").getJsonArray("mother_tongues").getJsonObject(0).getString("id"));
    JsonObject occupation = body.getJsonArray("experience").getJsonObject(0).getJsonObject("occupation");
    assertEquals("5321", occupation.getString("ssyk"));
    assertEquals(Fixtures.FIELD_CARE, occupation.getString("field"));
    assertEquals("sfi-b", body.getJsonObject("languages").getJsonObject("swedish").getJsonObject("effective").getString("code"));
    assertEquals("self_reported", body.getJsonArray("skills").getJsonObject(0).getString("evidence"));
    assertEquals(55.597645, body.getJsonObject("home").getDouble("lat"), 1e-6, "home defaults to the municipality's point");
  }

  @Test
  void putIsIdempotentAndCreatesWhenMissing() {
    Response first = t.http.put("/api/profiles/idem-1", malmoCoach, Fixtures.profile());
    assertEquals(201, first.status(), first.body());
    Response second = t.http.put("/api/profiles/idem-1", malmoCoach, Fixtures.profile());
    assertEquals(200, second.status());
    assertEquals(first.json(), second.json(), "the same body twice leaves the record exactly as it was");
    Response changed = t.http.put("/api/profiles/idem-1", malmoCoach, Fixtures.profile().put("gender", "male"));
    assertEquals(200, changed.status());
    assertEquals("male", changed.json().getString("gender"));
    assertEquals(first.json().getString("created_at"), changed.json().getString("created_at"));
    assertNotEquals(first.json().getString("updated_at"), changed.json().getString("updated_at"));
  }

  @Test
  void clientCannotSetDerivedFields() {
    JsonObject body = Fixtures.profile().put("validated_skills", new JsonArray().add(new JsonObject().put("skill", "x")))
        .put("created_at", "2000-01-01T00:00:00Z");
    JsonObject stored = t.http.put("/api/profiles/derived-1", malmoCoach, body).json();
    assertEquals(0, stored.getJsonArray("validated_skills").size());
    assertNotEquals("2000-01-01T00:00:00Z", stored.getString("created_at"));
  }

  @Test
  void unknownConceptsAre400WithPointersAndSuggestions() {
    JsonObject body = Fixtures.profile().put("municipality", "Malmo");
    body.getJsonArray("skills").getJsonObject(0).put("skill", "Omvardnad");
    Response r = t.http.post("/api/profiles", malmoCoach, body);
    assertEquals(400, r.status());
    assertEquals("application/problem+json; charset=utf-8", r.header("Content-Type").orElseThrow());
    JsonArray errors = r.json().getJsonArray("errors");
    assertEquals("/municipality", errors.getJsonObject(0).getString("pointer"));
    assertEquals("Malmö", errors.getJsonObject(0).getJsonArray("suggestions").getString(0));
    assertEquals("/skills/0/skill", errors.getJsonObject(1).getString("pointer"));
    assertEquals("Omvårdnad", errors.getJsonObject(1).getJsonArray("suggestions").getString(0));
  }

  @Test
  void listFiltersByMunicipalityAndOccupationFieldWithinScopeAndPages() {
    String coach = t.coach(Fixtures.SIMRISHAMN);
    for (int i = 0; i < 3; i++) {
      assertEquals(201, t.http.put("/api/profiles/list-sim-" + i, coach, Fixtures.profile().put("municipality", "Simrishamn")).status());
    }
    t.http.put("/api/profiles/list-sim-other", coach, Fixtures.profile().put("municipality", "1291").put("experience",
        new JsonArray().add(new JsonObject().put("occupation", Fixtures.LAGERARBETARE))));
    JsonObject page = t.http.get("/api/profiles?municipality=Simrishamn&occupation_field=Hälso-%20och%20sjukvård&limit=2", coach).json();
    assertEquals(3, page.getLong("total"));
    assertEquals(2, page.getJsonArray("items").size());
    JsonObject rest = t.http.get("/api/profiles?municipality=1291&occupation_field=" + Fixtures.FIELD_CARE + "&limit=2&offset=2", coach).json();
    assertEquals(1, rest.getJsonArray("items").size());
    JsonObject fromMalmo = t.http.get("/api/profiles?municipality=1291", malmoCoach).json();
    assertEquals(0, fromMalmo.getLong("total"), "a Malmö coach sees no Simrishamn profiles");
  }

  @Test
  void unknownFilterIs400NamingTheParameter() {
    Response r = t.http.get("/api/profiles?occupation_field=Vard", malmoCoach);
    assertEquals(400, r.status());
    JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("occupation_field", error.getString("parameter"));
    assertFalse(error.getJsonArray("suggestions").isEmpty());
    assertEquals(400, t.http.get("/api/profiles?limit=0", malmoCoach).status());
    assertEquals(400, t.http.get("/api/profiles?limit=abc", malmoCoach).status());
  }

  @Test
  void profilesOutsideTheCoachsMunicipalitiesAreNotFound() {
    String id = t.http.post("/api/profiles", malmoCoach, Fixtures.profile()).json().getString("id");
    String helsingborgCoach = t.coach(Fixtures.HELSINGBORG);
    assertEquals(404, t.http.get("/api/profiles/" + id, helsingborgCoach).status());
    assertEquals(404, t.http.put("/api/profiles/" + id, helsingborgCoach, Fixtures.profile().put("municipality", "1283")).status());
    assertEquals(404, t.http.delete("/api/profiles/" + id, helsingborgCoach).status());
    assertEquals(403, t.http.post("/api/profiles", helsingborgCoach, Fixtures.profile()).status());
    assertEquals(200, t.http.get("/api/profiles/" + id, t.coach(Fixtures.TRELLEBORG)).status(),
        "Trelleborg and Malmö share a cooperation area");
  }

  @Test
  void newcomerSeesOnlyTheirOwnProfile() {
    String mine = t.http.post("/api/profiles", malmoCoach, Fixtures.profile()).json().getString("id");
    String other = t.http.post("/api/profiles", malmoCoach, Fixtures.profile()).json().getString("id");
    String token = t.newcomer(mine);
    assertEquals(200, t.http.get("/api/profiles/" + mine, token).status());
    assertEquals(404, t.http.get("/api/profiles/" + other, token).status());
    JsonObject list = t.http.get("/api/profiles", token).json();
    assertEquals(1, list.getLong("total"));
    assertEquals(mine, list.getJsonArray("items").getJsonObject(0).getString("id"));
    assertEquals(200, t.http.put("/api/profiles/" + mine, token, Fixtures.profile().put("gender", "unspecified")).status());
    assertEquals(403, t.http.post("/api/profiles", token, Fixtures.profile()).status(), "newcomers do not register profiles");
  }

  @Test
  void deleteRemovesTheProfileAndItsValidations() {
    String id = t.http.post("/api/profiles", malmoCoach, Fixtures.profile()).json().getString("id");
    String validation = t.http.post("/api/validations", malmoCoach, Fixtures.validation(id)).json().getString("id");
    assertEquals(204, t.http.delete("/api/profiles/" + id, malmoCoach).status());
    assertEquals(404, t.http.get("/api/profiles/" + id, malmoCoach).status());
    assertEquals(404, t.http.get("/api/validations/" + validation, malmoCoach).status());
    assertEquals(404, t.http.delete("/api/profiles/" + id, malmoCoach).status());
  }

  @Test
  void bulkWritesGoodLinesAndReportsBadOnes() {
    String ndjson = String.join("\n", List.of(
        Fixtures.profile().put("id", "bulk-1").encode(),
        "{\"municipality\": ",
        Fixtures.profile().put("municipality", "Atlantis").encode(),
        "",
        Fixtures.profile().encode(),
        Fixtures.profile().put("id", "bulk-1").put("gender", "male").encode()));
    Response r = t.http.postNdjson("/api/profiles/bulk", malmoCoach, ndjson);
    assertEquals(200, r.status(), r.body());
    JsonArray items = r.json().getJsonArray("items");
    assertEquals(5, items.size());
    assertEquals(List.of(1, 2, 3, 5, 6), items.stream().map(o -> ((JsonObject) o).getInteger("line")).toList());
    assertEquals(201, items.getJsonObject(0).getInteger("status"));
    assertEquals(400, items.getJsonObject(1).getInteger("status"));
    assertEquals(400, items.getJsonObject(2).getInteger("status"));
    assertEquals("/municipality", items.getJsonObject(2).getJsonArray("errors").getJsonObject(0).getString("pointer"));
    assertEquals(201, items.getJsonObject(3).getInteger("status"));
    assertEquals(200, items.getJsonObject(4).getInteger("status"), "line 6 replaces what line 1 created");
    assertEquals(3, r.json().getInteger("succeeded"));
    assertEquals(2, r.json().getInteger("failed"));
    String created = items.getJsonObject(3).getString("id");
    assertEquals(200, t.http.get("/api/profiles/" + created, malmoCoach).status());
    assertEquals("male", t.http.get("/api/profiles/bulk-1", malmoCoach).json().getString("gender"), "the later line wins");
  }

  @Test
  void bulkLinesWithTheSameIdApplyInFileOrder() {
    List<String> genders = List.of("female", "male", "unspecified", "female", "male", "unspecified", "male", "female",
        "unspecified", "male");
    String ndjson = String.join("\n", genders.stream()
        .map(g -> Fixtures.profile().put("id", "bulk-order").put("gender", g).encode()).toList());
    Response r = t.http.postNdjson("/api/profiles/bulk", malmoCoach, ndjson);
    assertEquals(200, r.status(), r.body());
    List<Integer> statuses = r.json().getJsonArray("items").stream().map(o -> ((JsonObject) o).getInteger("status")).toList();
    assertEquals(201, statuses.get(0), "the first line creates");
    assertTrue(statuses.subList(1, statuses.size()).stream().allMatch(s -> s == 200), statuses.toString());
    assertEquals("male", t.http.get("/api/profiles/bulk-order", malmoCoach).json().getString("gender"), "the last line wins");
  }
}
