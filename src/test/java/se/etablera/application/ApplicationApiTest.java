package se.etablera.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.MutableClock;
import se.etablera.testing.TestApp;
import se.etablera.testing.TestElasticsearch;

/** From a match to a completed placement and its 90-day outcome, and everything that may go wrong on the way. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationApiTest {
  private static final String EMPLOYER = "556000-4444";
  private final MutableClock clock = MutableClock.now();
  private TestApp t;
  private String coach;
  private String owner;

  @BeforeAll
  void start() {
    t = TestApp.start("applications", TestElasticsearch.url(), clock, TestApp.Boot.BOOTSTRAP);
    coach = t.coach(Fixtures.MALMO);
    owner = t.employer(EMPLOYER);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  private String opening(String kind, JsonObject body, int seats) {
    JsonObject b = body.put("seats", seats).put("organisation", new JsonObject().put("name", "Ansök AB").put("organisation_number", EMPLOYER));
    Response r = t.http.post("/api/" + kind, t.admin(), b);
    assertEquals(201, r.status(), r.body());
    return r.json().getString("id");
  }

  private String profile() {
    return t.http.post("/api/profiles", coach, Fixtures.profile()).json().getString("id");
  }

  private JsonObject apply(String token, JsonObject body) {
    Response r = t.http.post("/api/applications", token, body);
    assertEquals(201, r.status(), r.body());
    return r.json().getJsonArray("items").getJsonObject(0);
  }

  private Response move(String id, String token, String to) {
    return t.http.post("/api/applications/" + id + "/transitions", token, new JsonObject().put("to", to));
  }

  private void moveOk(String id, String token, String to) {
    Response r = move(id, token, to);
    assertEquals(200, r.status(), r.body());
  }

  private int seatsLeft(String kind, String id) {
    return t.http.get("/api/" + kind + "/" + id, null).json().getInteger("seats_left");
  }

  @Test
  void fromApplicationToCompletedPlacementAndItsOutcome() {
    String placement = opening("placements", Fixtures.placement(), 2);
    String person = profile();
    String newcomer = t.newcomer(person);
    JsonObject a = apply(newcomer, new JsonObject().put("profile_id", person).put("opportunity_id", placement));
    String id = a.getString("id");
    assertEquals("applied", a.getString("status"));
    assertEquals(List.of("withdrawn"), a.getJsonArray("allowed_transitions").getList());

    moveOk(id, owner, "shortlisted");
    moveOk(id, owner, "offered");
    assertEquals(2, seatsLeft("placements", placement));
    moveOk(id, newcomer, "accepted");
    assertEquals(1, seatsLeft("placements", placement), "accepting takes a seat");
    moveOk(id, coach, "started");
    moveOk(id, owner, "completed");

    JsonObject done = t.http.get("/api/applications/" + id, coach).json();
    assertEquals("completed", done.getString("status"));
    List<String> path = done.getJsonArray("history").stream().map(h -> ((JsonObject) h).getString("to")).toList();
    assertEquals(List.of("applied", "shortlisted", "offered", "accepted", "started", "completed"), path);
    String due = done.getJsonObject("follow_up").getString("due_on");
    assertEquals(java.time.LocalDate.now(clock).plusDays(90).toString(), due);

    JsonArray notYet = t.http.get("/api/follow-ups/due", coach).json().getJsonArray("items");
    assertTrue(notYet.stream().noneMatch(x -> id.equals(((JsonObject) x).getString("id"))));
    JsonArray dueThen = t.http.get("/api/follow-ups/due?as_of=" + due, coach).json().getJsonArray("items");
    assertTrue(dueThen.stream().anyMatch(x -> id.equals(((JsonObject) x).getString("id"))));
    Response recorded = t.http.put("/api/applications/" + id + "/follow-up", coach, new JsonObject().put("outcome", "work"));
    assertEquals(200, recorded.status(), recorded.body());
    assertEquals("work", recorded.json().getJsonObject("follow_up").getString("outcome"));
    assertTrue(t.http.get("/api/follow-ups/due?as_of=" + due, coach).json().getJsonArray("items").stream()
        .noneMatch(x -> id.equals(((JsonObject) x).getString("id"))), "no longer due once recorded");
    assertEquals(400, t.http.put("/api/applications/" + id + "/follow-up", coach, new JsonObject().put("outcome", "maybe")).status());
  }

  @Test
  void anInvalidTransitionIs409NamingTheAllowedOnes() {
    String placement = opening("placements", Fixtures.placement(), 2);
    String person = profile();
    String id = apply(coach, new JsonObject().put("profile_id", person).put("opportunity_id", placement)).getString("id");
    Response early = move(id, t.newcomer(person), "accepted");
    assertEquals(409, early.status());
    assertEquals(List.of("withdrawn"), early.json().getJsonArray("allowed").getList());
    Response ownerTooEarly = move(id, owner, "completed");
    assertEquals(409, ownerTooEarly.status());
    assertEquals(List.of("shortlisted", "offered", "rejected"), ownerTooEarly.json().getJsonArray("allowed").getList());
    assertTrue(ownerTooEarly.json().getString("detail").contains("allowed: shortlisted, offered, rejected"));
    moveOk(id, owner, "rejected");
    assertEquals(List.of(), move(id, owner, "offered").json().getJsonArray("allowed").getList());
    assertEquals(400, t.http.post("/api/applications/" + id + "/transitions", owner, new JsonObject().put("to", "hired")).status());
  }

  @Test
  void withdrawingAfterAcceptanceGivesTheSeatBack() {
    String placement = opening("placements", Fixtures.placement(), 1);
    String person = profile();
    String id = apply(coach, new JsonObject().put("profile_id", person).put("opportunity_id", placement)).getString("id");
    moveOk(id, owner, "offered");
    moveOk(id, t.newcomer(person), "accepted");
    assertEquals(0, seatsLeft("placements", placement));
    String other = profile();
    String second = apply(coach, new JsonObject().put("profile_id", other).put("opportunity_id", placement)).getString("id");
    moveOk(second, owner, "offered");
    Response full = move(second, t.newcomer(other), "accepted");
    assertEquals(409, full.status());
    assertTrue(full.json().getString("detail").startsWith("No seats left"));
    moveOk(id, coach, "withdrawn");
    assertEquals(1, seatsLeft("placements", placement));
    moveOk(second, t.newcomer(other), "accepted");
  }

  @Test
  void aCombinationIsAcceptedAndWithdrawnTogetherUnlessTheNewcomerChoosesOtherwise() {
    String course = opening("courses", Fixtures.course(), 5);
    String placement = opening("placements", Fixtures.placement(), 5);
    String person = profile();
    String newcomer = t.newcomer(person);
    Response created = t.http.post("/api/applications", newcomer, new JsonObject().put("profile_id", person)
        .put("combination", new JsonObject().put("course_id", course).put("job_id", placement)));
    assertEquals(201, created.status(), created.body());
    JsonArray parts = created.json().getJsonArray("items");
    assertEquals(2, parts.size());
    String c = parts.getJsonObject(0).getString("id");
    String p = parts.getJsonObject(1).getString("id");
    assertEquals(parts.getJsonObject(0).getString("combination_id"), parts.getJsonObject(1).getString("combination_id"));

    moveOk(c, owner, "offered");
    Response alone = move(c, newcomer, "accepted");
    assertEquals(409, alone.status(), "the job part is not offered yet");
    assertEquals(p, alone.json().getString("partner_id"));
    moveOk(p, owner, "offered");
    Response both = move(c, newcomer, "accepted");
    assertEquals(200, both.status(), both.body());
    assertEquals(2, both.json().getJsonArray("items").size());
    assertEquals("accepted", t.http.get("/api/applications/" + p, coach).json().getString("status"));
    assertEquals(4, seatsLeft("courses", course));
    assertEquals(4, seatsLeft("placements", placement));

    Response onePart = t.http.post("/api/applications/" + p + "/transitions", newcomer,
        new JsonObject().put("to", "withdrawn").put("together", false));
    assertEquals(200, onePart.status());
    assertEquals("accepted", t.http.get("/api/applications/" + c, coach).json().getString("status"), "the course goes on");
    assertEquals(5, seatsLeft("placements", placement));
  }

  @Test
  void unlinkingLetsThePartsMoveAlone() {
    String course = opening("courses", Fixtures.course(), 5);
    String placement = opening("placements", Fixtures.placement(), 5);
    String person = profile();
    String newcomer = t.newcomer(person);
    JsonArray parts = t.http.post("/api/applications", newcomer, new JsonObject().put("profile_id", person)
        .put("combination", new JsonObject().put("course_id", course).put("job_id", placement))).json().getJsonArray("items");
    String c = parts.getJsonObject(0).getString("id");
    assertEquals(403, t.http.post("/api/applications/" + c + "/unlink", coach, new JsonObject()).status());
    Response unlinked = t.http.post("/api/applications/" + c + "/unlink", newcomer, new JsonObject());
    assertEquals(200, unlinked.status(), unlinked.body());
    assertFalse(unlinked.json().getBoolean("linked"));
    moveOk(c, owner, "offered");
    moveOk(c, newcomer, "accepted");
    assertEquals("applied", t.http.get("/api/applications/" + parts.getJsonObject(1).getString("id"), coach).json().getString("status"));
  }

  @Test
  void anOfferNotAcceptedInTimeExpires() {
    String placement = opening("placements", Fixtures.placement(), 2);
    String person = profile();
    String id = apply(coach, new JsonObject().put("profile_id", person).put("opportunity_id", placement)).getString("id");
    moveOk(id, owner, "offered");
    clock.advance(Duration.ofDays(t.config.applications().offerWindowDays() + 1));
    try {
      assertTrue(TestApp.await(t.app.applications().expireOffers()) >= 1);
      assertEquals("offer_expired", t.http.get("/api/applications/" + id, coach).json().getString("status"));
      Response late = move(id, t.newcomer(person), "accepted");
      assertEquals(409, late.status());
    } finally {
      clock.advance(Duration.ofDays(-(t.config.applications().offerWindowDays() + 1)));
    }
  }

  @Test
  void eachActorSeesItsOwnView() {
    String placement = opening("placements", Fixtures.placement(), 2);
    String person = profile();
    String id = apply(coach, new JsonObject().put("profile_id", person).put("opportunity_id", placement)).getString("id");
    JsonObject employerView = t.http.get("/api/applications/" + id, owner).json();
    assertNull(employerView.getValue("profile_id"));
    assertNull(employerView.getValue("gender"));
    assertNull(employerView.getValue("municipality"));
    assertTrue(employerView.getString("pseudonym").startsWith("K-"));
    assertEquals(404, t.http.get("/api/applications/" + id, t.employer("556000-9999")).status());
    assertEquals(404, t.http.get("/api/applications/" + id, t.coach(Fixtures.SIMRISHAMN)).status());
    assertEquals(404, t.http.get("/api/applications/" + id, t.newcomer("someone-else")).status());
    assertEquals(person, t.http.get("/api/applications/" + id, t.newcomer(person)).json().getString("profile_id"));
    List<String> mine = t.http.get("/api/applications", t.newcomer(person)).json().getJsonArray("items").stream()
        .map(x -> ((JsonObject) x).getString("id")).toList();
    assertEquals(List.of(id), mine);
    assertTrue(t.http.get("/api/applications?opportunity_id=" + placement, owner).json().getLong("total") >= 1);
  }

  @Test
  void applyingChecksTheRequest() {
    String placement = opening("placements", Fixtures.placement(), 2);
    String person = profile();
    Response unknown = t.http.post("/api/applications", coach, new JsonObject().put("profile_id", person).put("opportunity_id", "nope"));
    assertEquals(400, unknown.status());
    assertEquals("/opportunity_id", unknown.json().getJsonArray("errors").getJsonObject(0).getString("pointer"));
    Response notMine = t.http.post("/api/applications", t.newcomer("other"), new JsonObject().put("profile_id", person)
        .put("opportunity_id", placement));
    assertEquals(400, notMine.status());
    apply(coach, new JsonObject().put("profile_id", person).put("opportunity_id", placement));
    assertEquals(409, t.http.post("/api/applications", coach, new JsonObject().put("profile_id", person)
        .put("opportunity_id", placement)).status(), "one active application per opening");
    Response jobAsCourse = t.http.post("/api/applications", coach, new JsonObject().put("profile_id", person)
        .put("combination", new JsonObject().put("course_id", placement).put("job_id", placement)));
    assertEquals("/combination/course_id", jobAsCourse.json().getJsonArray("errors").getJsonObject(0).getString("pointer"));
  }
}
