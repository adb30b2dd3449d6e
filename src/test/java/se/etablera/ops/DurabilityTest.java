package se.etablera.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.etablera.search.EmbeddedElasticsearch;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;
import se.etablera.testing.TestElasticsearch;

/**
 * An acknowledged write survives a restart of Elasticsearch and of the service; while Elasticsearch is down
 * writes are refused with 503 and nothing is half-written; the service recovers by itself. Restarts the
 * run's embedded node, so it is skipped against an external cluster.
 */
class DurabilityTest {

  @Test
  void acknowledgedWritesSurviveRestartsAndTheServiceRecoversByItself() {
    EmbeddedElasticsearch node = TestElasticsearch.node().orElse(null);
    assumeTrue(node != null, "needs the embedded node to restart it");
    String prefix;
    String coach;
    String id;
    try (TestApp first = TestApp.start("durability")) {
      coach = first.coach(Fixtures.MALMO);
      Response created = first.http.post("/api/profiles", coach, Fixtures.profile());
      assertEquals(201, created.status());
      id = created.json().getString("id");
      JsonObject placement = first.http.post("/api/placements", first.admin(), Fixtures.placement()).json();

      node.stop();
      Response refused = first.http.put("/api/profiles/" + id, coach, Fixtures.profile().put("gender", "male"));
      assertEquals(503, refused.status());
      assertEquals("5", refused.header("Retry-After").orElseThrow());
      assertEquals(503, first.http.get("/health/ready", null).status());
      assertEquals(503, first.http.post("/api/validations", coach, Fixtures.validation(id)).status());

      node.restart();
      Response back = waitFor(() -> first.http.get("/api/profiles/" + id, coach), 200);
      assertEquals("female", back.json().getString("gender"), "the refused write changed nothing");
      assertEquals(200, first.http.get("/api/placements/" + placement.getString("id"), null).status());
      assertEquals(200, waitFor(() -> first.http.get("/health/ready", null), 200).status());
      assertEquals(200, first.http.put("/api/profiles/" + id, coach, Fixtures.profile().put("gender", "male")).status(),
          "writes work again without restarting the service");
      prefix = first.config.elastic().indexPrefix();
      // The service restarts too: a new application on the same indices reads what the old one wrote.
      try (TestApp second = TestApp.startOnIndices("durability-2", prefix)) {
        assertEquals("male", second.http.get("/api/profiles/" + id, second.coach(Fixtures.MALMO)).json().getString("gender"));
      }
    }
  }

  private static Response waitFor(java.util.function.Supplier<Response> call, int status) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    Response last = call.get();
    while (last.status() != status && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      last = call.get();
    }
    return last;
  }
}
