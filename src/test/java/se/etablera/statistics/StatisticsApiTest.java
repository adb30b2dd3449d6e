package se.etablera.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;

/** Statistics over the API on a controlled population in Hörby: counts, shares, suppression, and erasure. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsApiTest {
  private static final String HORBY = "1266";
  private static final String EMPLOYER = "556000-7777";
  private TestApp t;
  private String coach;
  private String owner;

  @BeforeAll
  void start() {
    t = TestApp.start("statistics");
    coach = t.coach(HORBY);
    owner = t.employer(EMPLOYER);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  private String person(String gender) {
    return t.http.post("/api/profiles", coach, Fixtures.profile().put("municipality", HORBY).put("gender", gender)).json().getString("id");
  }

  private void startIn(String person, String opening) {
    String id = t.http.post("/api/applications", coach, new JsonObject().put("profile_id", person).put("opportunity_id", opening))
        .json().getJsonArray("items").getJsonObject(0).getString("id");
    for (String[] step : new String[][] {{"offered", owner}, {"accepted", t.newcomer(person)}, {"started", owner}}) {
      Response r = t.http.post("/api/applications/" + id + "/transitions", step[1], new JsonObject().put("to", step[0]));
      assertEquals(200, r.status(), r.body());
    }
  }

  @Test
  void countsSharesAndSmallCells() {
    String placement = t.http.post("/api/placements", t.admin(), Fixtures.placement().put("seats", 50)
        .put("location", new JsonObject().put("municipality", HORBY))
        .put("organisation", new JsonObject().put("name", "Statistik AB").put("organisation_number", EMPLOYER))).json().getString("id");
    String[] women = new String[6];
    for (int i = 0; i < 6; i++) {
      women[i] = person("female");
    }
    String[] men = new String[6];
    for (int i = 0; i < 6; i++) {
      men[i] = person("male");
    }
    person("other");
    for (int i = 0; i < 5; i++) {
      startIn(women[i], placement);
    }
    for (int i = 0; i < 2; i++) {
      startIn(men[i], placement);
    }
    String url = "/api/statistics?municipality=Hörby";
    JsonObject s = t.http.get(url, t.admin()).json();
    assertEquals(13, s.getJsonObject("profiles").getInteger("total"));
    JsonObject byGender = s.getJsonObject("profiles").getJsonObject("by_gender");
    assertEquals("..", byGender.getString("other"), "1 person: hidden");
    // One of the two sixes is hidden too, or 'other' would be 13 − 6 − 6.
    assertEquals(java.util.Set.of("..", 6), java.util.Set.of(byGender.getValue("female"), byGender.getValue("male")));
    JsonObject starts = s.getJsonObject("starts").getJsonObject("placement");
    assertEquals(7, starts.getInteger("total"));
    assertEquals("..", starts.getJsonObject("by_gender").getString("male"));
    assertEquals(0.714, s.getJsonObject("women_share").getDouble("among_starts"), 0.001);
    assertEquals(0.462, s.getJsonObject("women_share").getDouble("among_profiles"), 0.001);
    assertEquals(7, s.getJsonObject("offers").getJsonObject("placement").getInteger("total"));

    assertEquals(403, t.http.get(url, t.coach(Fixtures.MALMO)).status(), "a Malmö coach does not see Hörby");
    assertEquals(200, t.http.get(url, coach).status());
    assertEquals(400, t.http.get("/api/statistics?municipality=Hörbi", t.admin()).status());
    assertEquals(400, t.http.get("/api/statistics", t.admin()).status());

    assertEquals(204, t.http.delete("/api/profiles/" + women[0], coach).status());
    JsonObject after = t.http.get(url, t.admin()).json();
    assertEquals(7, after.getJsonObject("starts").getJsonObject("placement").getInteger("total"), "the start still counts, anonymously");
    assertEquals(12, after.getJsonObject("profiles").getInteger("total"));
  }
}
