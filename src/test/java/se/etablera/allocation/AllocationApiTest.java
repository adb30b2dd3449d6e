package se.etablera.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;

/** A coach's batch allocation: proposal beside greedy, the constraints hold, nothing happens before confirmation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationApiTest {
  private TestApp t;
  private String coach;

  @BeforeAll
  void start() {
    t = TestApp.start("allocation");
    coach = t.coach(Fixtures.MALMO);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  @Test
  void aProposalNeverScoresBelowGreedyRespectsSeatsAndIsAppliedOnlyWhenConfirmed() {
    JsonArray people = new JsonArray();
    for (int i = 0; i < 8; i++) {
      people.add(t.http.post("/api/profiles", coach, Fixtures.profile().put("gender", i % 2 == 0 ? "female" : "male")).json().getString("id"));
    }
    JsonArray openings = new JsonArray();
    openings.add(t.http.post("/api/placements", t.admin(), Fixtures.placement().put("seats", 2)).json().getString("id"));
    openings.add(t.http.post("/api/extra-jobs", t.admin(), Fixtures.extraJob().put("seats", 3)).json().getString("id"));
    openings.add(t.http.post("/api/courses", t.admin(), Fixtures.course().put("seats", 2)).json().getString("id"));
    Response r = t.http.post("/api/allocations", coach, new JsonObject().put("profile_ids", people).put("opening_ids", openings)
        .put("share_tolerance", 0.1));
    assertEquals(201, r.status(), r.body());
    JsonObject p = r.json();
    JsonObject proposal = p.getJsonObject("proposal");
    JsonObject greedy = p.getJsonObject("greedy");
    assertTrue(proposal.getDouble("total_score") >= greedy.getDouble("total_score") - 1e-9);
    JsonArray assignments = proposal.getJsonArray("assignments");
    assertFalse(assignments.isEmpty(), "eight people and seven seats: somebody is placed");
    Map<String, Integer> seats = Map.of(openings.getString(0), 2, openings.getString(1), 3, openings.getString(2), 2);
    Map<String, Integer> taken = new HashMap<>();
    Set<String> placed = new HashSet<>();
    for (Object o : assignments) {
      JsonObject a = (JsonObject) o;
      assertTrue(placed.add(a.getString("person_id")), "one activity per person");
      assertTrue(taken.merge(a.getString("opening_id"), 1, Integer::sum) <= seats.get(a.getString("opening_id")),
          "no opening over its seats: " + assignments);
    }
    assertTrue(proposal.getBoolean("share_constraint_met"));
    assertEquals(0, t.http.get("/api/applications", coach).json().getLong("total"), "nothing before confirmation");

    String id = p.getString("id");
    assertEquals("proposed", t.http.get("/api/allocations/" + id, coach).json().getString("status"));
    Response confirmed = t.http.post("/api/allocations/" + id + "/confirm", coach, new JsonObject());
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals(assignments.size(), confirmed.json().getJsonArray("applications").size());
    assertEquals(assignments.size(), t.http.get("/api/applications?limit=100", coach).json().getLong("total"));
    assertEquals(409, t.http.post("/api/allocations/" + id + "/confirm", coach, new JsonObject()).status(), "only once");
    assertEquals(404, t.http.get("/api/allocations/" + id, t.coach(Fixtures.SIMRISHAMN)).status());
  }

  @Test
  void unknownIdsAre400NamingEachOne() {
    String person = t.http.post("/api/profiles", coach, Fixtures.profile()).json().getString("id");
    Response r = t.http.post("/api/allocations", coach, new JsonObject()
        .put("profile_ids", new JsonArray().add(person).add("nobody")).put("opening_ids", new JsonArray().add("nothing")));
    assertEquals(400, r.status());
    JsonArray errors = r.json().getJsonArray("errors");
    assertEquals("/profile_ids/1", errors.getJsonObject(0).getString("pointer"));
    assertEquals("/opening_ids/0", errors.getJsonObject(1).getString("pointer"));
    assertEquals(400, t.http.post("/api/allocations", coach, new JsonObject().put("profile_ids", new JsonArray())
        .put("opening_ids", new JsonArray().add("x"))).status());
  }
}
