package se.etablera.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
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

/** Erasure leaves nothing findable; the audit log records reads and changes without personal data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureAndAuditTest {
  private static final String EMPLOYER = "556000-3333";
  private TestApp t;
  private String coach;

  @BeforeAll
  void start() {
    t = TestApp.start("erasure");
    coach = t.coach(Fixtures.MALMO);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  /** Every document in every index of this test that mentions the text anywhere in its source. */
  private long documentsMentioning(String text) {
    String pattern = t.config.elastic().indexPrefix() + "-*";
    TestApp.await(t.es.call(c -> c.indices().refresh(r -> r.index(pattern))));
    SearchResponse<JsonData> all = TestApp.await(t.es.call(c -> c.search(s -> s.index(pattern).size(10_000), JsonData.class)));
    return all.hits().hits().stream().filter(h -> h.source() != null && h.source().toJson().toString().contains(text)).count();
  }

  private java.util.List<String> candidateIds(String opening) {
    JsonArray candidates = t.http.get("/api/opportunities/" + opening + "/candidates?limit=100", coach).json().getJsonArray("items");
    return candidates.stream().map(c -> ((JsonObject) c).getString("profile_id")).toList();
  }

  @Test
  void erasureLeavesNothingFindableAndOneAuditEntry() {
    JsonObject body = Fixtures.profile().put("personal", new JsonObject().put("name", "Erika Raderasson")
        .put("email", "erika.raderasson@example.com").put("phone", "070-000 00 77").put("personal_identity_number", "19850505-1234"))
        .put("cv_text", "Erika Raderasson har arbetat som undersköterska.").put("coach_notes", "Träffade Erika Raderasson i dag.");
    String id = t.http.post("/api/profiles", coach, body).json().getString("id");
    assertEquals(201, t.http.post("/api/validations", coach, Fixtures.validation(id)).status());
    assertEquals(201, t.http.post("/api/profiles/" + id + "/consents", t.newcomer(id),
        new JsonObject().put("organisation_number", EMPLOYER)).status());
    String placement = t.http.post("/api/placements", t.admin(), Fixtures.placement().put("organisation",
        new JsonObject().put("name", "Radera AB").put("organisation_number", EMPLOYER))).json().getString("id");
    assertTrue(documentsMentioning("Raderasson") > 0);
    assertTrue(documentsMentioning(id) > 0);
    assertTrue(candidateIds(placement).contains(id), "a candidate before erasure");

    assertEquals(204, t.http.delete("/api/profiles/" + id, t.newcomer(id)).status(), "the newcomer may erase themselves");

    assertEquals(0, documentsMentioning("Raderasson"), "no name anywhere");
    assertEquals(0, documentsMentioning("19850505-1234"), "no identity number anywhere");
    assertEquals(0, documentsMentioning("erika.raderasson@example.com"), "no e-mail address anywhere");
    assertEquals(0, documentsMentioning("070-000 00 77"), "no phone number anywhere");
    assertEquals(404, t.http.get("/api/profiles/" + id, coach).status());
    assertEquals(0, t.http.get("/api/validations?profile_id=" + id, coach).json().getLong("total"));
    assertFalse(candidateIds(placement).contains(id), "no candidate after erasure");
    JsonArray entries = t.http.get("/api/audit?target_id=" + id + "&action=profile.erase", t.admin()).json().getJsonArray("items");
    assertEquals(1, entries.size());
    assertFalse(entries.encode().contains("Raderasson"));
  }

  @Test
  void readsAndChangesAreAuditedWithActorRoleActionTargetAndTime() {
    String id = t.http.post("/api/profiles", coach, Fixtures.profile()).json().getString("id");
    t.http.get("/api/profiles/" + id, coach);
    t.http.put("/api/profiles/" + id, coach, Fixtures.profile().put("gender", "male"));
    t.http.get("/api/profiles/" + id + "/matches", t.newcomer(id));
    JsonArray entries = t.http.get("/api/audit?target_id=" + id + "&limit=100", t.admin()).json().getJsonArray("items");
    List<String> actions = entries.stream().map(e -> ((JsonObject) e).getString("action")).toList();
    assertEquals(List.of("profile.matches", "profile.save", "profile.read", "profile.create"), actions, "newest first");
    JsonObject read = entries.getJsonObject(2);
    assertEquals("coach-1280", read.getString("actor"));
    assertEquals("coach", read.getString("role"));
    assertEquals("profile", read.getString("target_type"));
    assertTrue(read.getString("at").startsWith("20"));
    assertEquals("newcomer", entries.getJsonObject(0).getString("role"));
    assertFalse(entries.encode().contains("Testa"), "entries hold no personal data");
  }

  @Test
  void aListOfProfilesIsAReadOfEach() {
    String coachOfHorby = t.coach("1266");
    for (int i = 0; i < 3; i++) {
      t.http.post("/api/profiles", coachOfHorby, Fixtures.profile().put("municipality", "1266"));
    }
    t.http.get("/api/profiles?municipality=1266", coachOfHorby);
    JsonObject page = t.http.get("/api/audit?actor=coach-1266&action=profile.read", t.admin()).json();
    assertEquals(3, page.getLong("total"));
  }

  @Test
  void onlyAdminsQueryTheAuditLog() {
    assertEquals(403, t.http.get("/api/audit", coach).status());
    Response bad = t.http.get("/api/audit?from=yesterday", t.admin());
    assertEquals(400, bad.status());
    assertEquals("from", bad.json().getJsonArray("errors").getJsonObject(0).getString("parameter"));
  }
}
