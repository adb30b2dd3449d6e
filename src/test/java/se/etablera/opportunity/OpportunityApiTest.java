package se.etablera.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;

/** Placements, extra jobs and courses: the same API per kind, public reading, owner-only writing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpportunityApiTest {
  private TestApp t;
  private String admin;

  @BeforeAll
  void start() {
    t = TestApp.start("opportunities");
    admin = t.admin();
  }

  @AfterAll
  void stop() {
    t.close();
  }

  @Test
  void eachKindHasCreateGetReplaceDelete() {
    for (String[] kind : new String[][] {{"placements", "placement"}, {"extra-jobs", "extra_job"}, {"courses", "course"}}) {
      JsonObject body = switch (kind[1]) {
        case "placement" -> Fixtures.placement();
        case "extra_job" -> Fixtures.extraJob();
        default -> Fixtures.course();
      };
      Response created = t.http.post("/api/" + kind[0], admin, body);
      assertEquals(201, created.status(), created.body());
      String id = created.json().getString("id");
      assertEquals("/api/" + kind[0] + "/" + id, created.header("Location").orElseThrow());
      assertEquals(kind[1], created.json().getString("kind"));
      assertEquals(200, t.http.get("/api/" + kind[0] + "/" + id, null).status(), "browsing needs no token");
      assertEquals(200, t.http.get("/api/opportunities/" + id, null).status());
      assertEquals(200, t.http.put("/api/" + kind[0] + "/" + id, admin, body.copy().put("title", "Ny titel")).status());
      assertEquals("Ny titel", t.http.get("/api/" + kind[0] + "/" + id, null).json().getString("title"));
      assertEquals(204, t.http.delete("/api/" + kind[0] + "/" + id, admin).status());
      assertEquals(404, t.http.get("/api/" + kind[0] + "/" + id, null).status());
    }
  }

  @Test
  void derivedFieldsAreFilledIn() {
    JsonObject course = t.http.post("/api/courses", admin, Fixtures.course().put("occupation", null)).json();
    assertEquals(Fixtures.FIELD_CARE, course.getJsonObject("occupation_field").getString("id"), "from the first occupation led to");
    assertEquals("sfi-d", course.getJsonObject("swedish_exit").getString("code"));
    assertEquals(4, course.getJsonObject("swedish_exit").getInteger("scale"));
    assertEquals(0, course.getInteger("seats_taken"));
    assertEquals(55.597645, course.getJsonObject("location").getJsonObject("point").getDouble("lat"), 1e-6);
    assertEquals("2120001124", t.http.post("/api/placements", admin, Fixtures.placement()).json()
        .getJsonObject("organisation").getString("organisation_number"));
  }

  @Test
  void aRecordIsOnlyReachableAsItsOwnKind() {
    String id = t.http.post("/api/courses", admin, Fixtures.course()).json().getString("id");
    assertEquals(404, t.http.get("/api/placements/" + id, null).status());
    assertEquals(409, t.http.put("/api/placements/" + id, admin, Fixtures.placement()).status());
  }

  @Test
  void employersManageOnlyTheirOwnOpenings() {
    String employer = t.employer(Fixtures.EMPLOYER_ORG);
    JsonObject own = Fixtures.placement().put("organisation", new JsonObject().put("name", "Lager AB")
        .put("organisation_number", Fixtures.EMPLOYER_ORG));
    Response created = t.http.post("/api/placements", employer, own);
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    assertEquals(403, t.http.post("/api/placements", employer, Fixtures.placement()).status(), "another organisation's number");
    JsonObject withoutNumber = Fixtures.placement().put("organisation", new JsonObject().put("name", "Lager AB"));
    assertEquals("5566778899", t.http.post("/api/placements", employer, withoutNumber).json().getJsonObject("organisation")
        .getString("organisation_number"), "an employer's own number is filled in");
    assertEquals(403, t.http.put("/api/placements/" + id, t.employer("111111-1111"), own).status());
    assertEquals(403, t.http.delete("/api/placements/" + id, t.employer("111111-1111")).status());
    assertEquals(204, t.http.delete("/api/placements/" + id, employer).status());
  }

  @Test
  void coachesPublishInTheirOwnMunicipalities() {
    assertEquals(201, t.http.post("/api/placements", t.coach(Fixtures.MALMO), Fixtures.placement()).status());
    assertEquals(403, t.http.post("/api/placements", t.coach(Fixtures.SIMRISHAMN), Fixtures.placement()).status());
    assertEquals(403, t.http.post("/api/placements", t.newcomer("someone"), Fixtures.placement()).status());
  }

  @Test
  void listsFilterByKindMunicipalityFieldAndOccupation() {
    t.http.post("/api/placements", admin, Fixtures.placement().put("location", new JsonObject().put("municipality", "Hörby")));
    t.http.post("/api/courses", admin, Fixtures.course().put("location", new JsonObject().put("municipality", "Hörby")));
    t.http.post("/api/extra-jobs", admin, Fixtures.extraJob().put("location", new JsonObject().put("municipality", "Hörby")));
    JsonObject all = t.http.get("/api/opportunities?municipality=Hörby", null).json();
    assertEquals(3, all.getLong("total"));
    JsonObject two = t.http.get("/api/opportunities?municipality=1266&kind=placement,courses", null).json();
    assertEquals(Set.of("placement", "course"), two.getJsonArray("items").stream()
        .map(o -> ((JsonObject) o).getString("kind")).collect(Collectors.toSet()));
    assertEquals(2, t.http.get("/api/opportunities?municipality=1266&occupation_field=" + Fixtures.FIELD_CARE, null).json().getLong("total"));
    assertEquals(1, t.http.get("/api/placements?municipality=1266", null).json().getLong("total"));
    assertEquals(2, t.http.get("/api/opportunities?municipality=1266&occupation=" + Fixtures.UNDERSKOTERSKA, null).json().getLong("total"));
    Response badKind = t.http.get("/api/opportunities?kind=job", null);
    assertEquals(400, badKind.status());
    assertEquals("kind", badKind.json().getJsonArray("errors").getJsonObject(0).getString("parameter"));
  }

  @Test
  void courseChecksAreFieldErrors() {
    Response r = t.http.post("/api/courses", admin, Fixtures.course().put("swedish_exit", "SFI A").put("swedish_required", "SFI Q"));
    assertEquals(400, r.status());
    assertEquals("/swedish_required", r.json().getJsonArray("errors").getJsonObject(0).getString("pointer"));
    Response order = t.http.post("/api/placements", admin, Fixtures.placement().put("end_date", "2026-01-01"));
    assertEquals("/end_date", order.json().getJsonArray("errors").getJsonObject(0).getString("pointer"));
    Response exit = t.http.post("/api/courses", admin, Fixtures.course().put("swedish_exit", "SFI A"));
    assertEquals("/swedish_exit", exit.json().getJsonArray("errors").getJsonObject(0).getString("pointer"));
  }

  @Test
  void bulkPublishesPerLine() {
    String ndjson = Fixtures.placement().put("id", "bulk-p1").encode() + "\n" + Fixtures.placement().put("seats", -1).encode();
    JsonObject r = t.http.postNdjson("/api/placements/bulk", admin, ndjson).json();
    assertEquals(1, r.getInteger("succeeded"));
    assertEquals(400, r.getJsonArray("items").getJsonObject(1).getInteger("status"));
    assertTrue(t.http.get("/api/placements/bulk-p1", null).status() == 200);
  }
}
