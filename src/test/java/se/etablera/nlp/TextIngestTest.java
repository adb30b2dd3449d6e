package se.etablera.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;

/**
 * Free text at ingest: concepts found in a CV, coach notes and ad texts are stored beside the explicit data with
 * their spans, explicit data wins, a rejected concept stays out across re-ingest and re-analysis, free-text
 * search uses the same Swedish analysis, and POST /api/analyze answers with spans.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextIngestTest {
  private static final String CV = "Jag har arbetat som undersköterska i Damaskus i sex år. Jag har B-körkort och talar arabiska "
      + "och engelska. Jag har erfarenhet av demensvård.";
  private TestApp t;
  private String coach;

  @BeforeAll
  void start() {
    t = TestApp.start("text");
    coach = t.coach(Fixtures.MALMO);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  private static Optional<JsonObject> concept(JsonObject record, String kind, String id) {
    JsonArray extracted = record.getJsonArray("extracted", new JsonArray());
    return extracted.stream().map(o -> (JsonObject) o).filter(c -> kind.equals(c.getString("kind")) && id.equals(c.getString("id")))
        .findFirst();
  }

  private static JsonObject person() {
    return Fixtures.profile().put("experience", new JsonArray()).put("skills", new JsonArray())
        .put("languages", new JsonObject().put("swedish", new JsonObject().put("sfi_path", 2)))
        .put("cv_text", CV);
  }

  @Test
  void aCvBecomesConceptsWithSpansBesideTheExplicitData() {
    JsonObject profile = t.http.post("/api/profiles", coach, person()).json();
    JsonObject licence = concept(profile, "DRIVING_LICENCE", "VTK8_WRx_GcM").orElseThrow(() -> new AssertionError(profile.encode()));
    assertEquals("cv_text", licence.getString("source"));
    assertEquals("B-körkort", CV.substring(licence.getInteger("start"), licence.getInteger("end")));
    JsonObject occupation = profile.getJsonArray("extracted").stream().map(o -> (JsonObject) o)
        .filter(c -> "OCCUPATION".equals(c.getString("kind"))).findFirst().orElseThrow();
    assertTrue(occupation.getString("label").startsWith("Underskötersk"), occupation.encode());
    assertEquals(Fixtures.FIELD_CARE, occupation.getString("field"));
    assertTrue(concept(profile, "SKILL", Fixtures.DEMENSVARD).isPresent());
    assertTrue(concept(profile, "LANGUAGE", "3iEY_RGP_qXq").isPresent(), "arabiska");
  }

  @Test
  void explicitDataWinsOverWhatTheTextSays() {
    JsonObject body = person().put("skills", new JsonArray().add(new JsonObject().put("skill", Fixtures.DEMENSVARD)
        .put("evidence", "coach_assessed"))).put("driving_licences", new JsonArray().add("B"));
    Response created = t.http.post("/api/profiles", coach, body);
    assertEquals(201, created.status(), created.body());
    JsonObject profile = created.json();
    assertTrue(concept(profile, "LANGUAGE", "3iEY_RGP_qXq").isPresent(), "the text was analysed: arabiska");
    assertTrue(concept(profile, "SKILL", Fixtures.DEMENSVARD).isEmpty(), "stated explicitly: not stored again as extracted");
    assertTrue(concept(profile, "DRIVING_LICENCE", "VTK8_WRx_GcM").isEmpty());
    JsonObject stated = profile.getJsonArray("skills").getJsonObject(0);
    assertEquals(Fixtures.DEMENSVARD, stated.getJsonObject("skill").getString("id"));
    assertEquals("coach_assessed", stated.getString("evidence"), "the stated evidence is kept");
    assertEquals("VTK8_WRx_GcM", profile.getJsonArray("driving_licences").getJsonObject(0).getString("id"));
  }

  @Test
  void aRejectedConceptStaysOutAcrossReIngestAndReAnalysis() {
    String id = t.http.post("/api/profiles", coach, person()).json().getString("id");
    Response rejected = t.http.post("/api/profiles/" + id + "/rejected-concepts", coach, new JsonObject().put("id", Fixtures.DEMENSVARD));
    assertEquals(200, rejected.status(), rejected.body());
    assertTrue(concept(rejected.json(), "SKILL", Fixtures.DEMENSVARD).isEmpty());
    assertEquals(List.of(Fixtures.DEMENSVARD), rejected.json().getJsonArray("rejected_concepts").getList());

    JsonObject reIngested = t.http.put("/api/profiles/" + id, coach, person().put("coach_notes", "Kan demensvård väl.")).json();
    assertTrue(concept(reIngested, "SKILL", Fixtures.DEMENSVARD).isEmpty(), "still out after a replace that re-analyses the text");
    assertEquals(List.of(Fixtures.DEMENSVARD), reIngested.getJsonArray("rejected_concepts").getList());
    assertTrue(concept(reIngested, "DRIVING_LICENCE", "VTK8_WRx_GcM").isPresent(), "other concepts are unaffected");

    Response back = t.http.delete("/api/profiles/" + id + "/rejected-concepts/" + Fixtures.DEMENSVARD, coach);
    assertEquals(200, back.status());
    assertTrue(concept(back.json(), "SKILL", Fixtures.DEMENSVARD).isPresent(), "withdrawing the rejection analyses again");
    assertEquals(400, t.http.post("/api/profiles/" + id + "/rejected-concepts", coach, new JsonObject().put("id", "nothing-found")).status());
    assertEquals(404, t.http.post("/api/profiles/" + id + "/rejected-concepts", t.coach(Fixtures.HELSINGBORG),
        new JsonObject().put("id", Fixtures.DEMENSVARD)).status());
  }

  @Test
  void anAdTextGivesRequirementsAndAssetsAndIsSearchableInSwedish() {
    JsonObject body = Fixtures.placement().put("title", "Undersköterskor till hemtjänsten").put("skills", new JsonArray())
        .put("description", "Vi söker undersköterskor till hemtjänsten i Rosengård. Krav: B-körkort. Meriterande: du talar arabiska.");
    JsonObject placement = t.http.post("/api/placements", t.admin(), body).json();
    assertEquals("MUST", concept(placement, "DRIVING_LICENCE", "VTK8_WRx_GcM").orElseThrow().getString("requirement"));
    assertEquals("NICE", concept(placement, "LANGUAGE", "3iEY_RGP_qXq").orElseThrow().getString("requirement"));
    String id = placement.getString("id");
    assertFalse(placement.containsKey("search_text"), "the analysed text is the index's business, not the API's");
    List<String> byInflectedForm = ids(t.http.get("/api/opportunities?q=undersköterskan", null).json());
    assertTrue(byInflectedForm.contains(id), "undersköterskan finds undersköterskor");
    assertTrue(ids(t.http.get("/api/opportunities?q=hemtjänstens", null).json()).contains(id));
    assertFalse(ids(t.http.get("/api/opportunities?q=svetsare", null).json()).contains(id));
    assertTrue(ids(t.http.get("/api/opportunities?q=undersköterska&municipality=Helsingborg", null).json()).isEmpty(),
        "filters still apply");
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("id")).toList();
  }

  @Test
  void thePostedTextIsAnalysedWithSpans() {
    String text = "Lagerarbetare till Trelleborg\nVi söker lagerarbetare. Krav: truckkort och SFI C. Deltid 75 %.";
    Response r = t.http.post("/api/analyze", t.employer("556000-0001"), new JsonObject().put("text", text));
    assertEquals(200, r.status(), r.body());
    JsonArray concepts = r.json().getJsonArray("concepts");
    assertTrue(concepts.size() >= 3);
    for (Object o : concepts) {
      JsonObject c = (JsonObject) o;
      assertEquals(c.getString("text"), text.substring(c.getInteger("start"), c.getInteger("end")), c.encode());
    }
    assertTrue(concepts.stream().anyMatch(c -> "SWEDISH_LEVEL".equals(((JsonObject) c).getString("kind"))
        && "sfi-c".equals(((JsonObject) c).getString("id"))));
    assertEquals("swe", r.json().getString("language"));
    Response tooShort = t.http.post("/api/analyze", coach, new JsonObject().put("text", "lagerarbetare"));
    assertFalse(tooShort.json().getBoolean("language_reliable"));
    assertEquals(400, t.http.post("/api/analyze", coach, new JsonObject().put("text", "")).status());
    assertEquals(401, t.http.post("/api/analyze", null, new JsonObject().put("text", text)).status());
  }
}
