package se.etablera.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;
import se.etablera.testing.TestConfigs;

/**
 * Every class of bad input and the unreachable-Elasticsearch case, against the real router with an
 * Elasticsearch URL nobody listens on: nothing here needs a cluster, and no answer may be a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpApiTest {
  private static final URI NOWHERE = URI.create("http://127.0.0.1:9");
  private TestApp t;
  private String coach;

  @BeforeAll
  void start() {
    t = TestApp.start("http", NOWHERE, Clock.systemUTC(), TestApp.Boot.MARK_STARTED);
    coach = t.coach(Fixtures.MALMO);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  private static void assertProblem(Response r, int status) {
    assertEquals(status, r.status(), r.body());
    assertEquals("application/problem+json; charset=utf-8", r.header("Content-Type").orElseThrow());
    JsonObject problem = r.json();
    assertEquals(status, problem.getInteger("status"));
    assertTrue(problem.getString("type").startsWith("https://etablera.se/problems/"));
    assertTrue(!problem.getString("title").isBlank() && !problem.getString("detail").isBlank());
  }

  @Test
  void unknownRouteIs404() {
    assertProblem(t.http.get("/api/nothing-here", coach), 404);
    assertProblem(t.http.get("/", null), 404);
  }

  @Test
  void wrongMethodIs405() {
    assertProblem(t.http.put("/api/profiles", coach, Fixtures.profile()), 405);
  }

  @Test
  void malformedJsonIs400() {
    Response r = t.http.post("/api/profiles", coach, "{\"municipality\": ");
    assertProblem(r, 400);
    assertEquals("", r.json().getJsonArray("errors").getJsonObject(0).getString("pointer"));
    assertProblem(t.http.post("/api/profiles", coach, "[1, 2]"), 400);
    assertProblem(t.http.post("/api/profiles", coach, ""), 400);
  }

  @Test
  void aFormEncodedBodyIs415SayingWhatToSend() {
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + t.http.port() + "/api/profiles"))
        .header("Authorization", "Bearer " + coach).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"municipality\": \"75 %\"}")).build();
    try {
      var r = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(415, r.statusCode());
      assertTrue(new JsonObject(r.body()).getString("detail").contains("application/json"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void rawUtf8InAQueryIsReadAsUtf8() {
    String misread = new String("Malmö".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertEquals("Malmö", Web.utf8(misread));
    assertEquals("Malmö", Web.utf8("Malmö"), "already right: unchanged");
    assertEquals("caf\u00e9 \u00ff", Web.utf8("caf\u00e9 \u00ff"), "not valid UTF-8 bytes: unchanged");
    assertEquals(null, Web.utf8(null));
  }

  @Test
  void oversizedBodyIs413() {
    String big = "{\"cv_text\": \"" + "x".repeat(t.config.http().bodyLimitBytes() + 10) + "\"}";
    assertProblem(t.http.post("/api/profiles", coach, big), 413);
  }

  @Test
  void schemaErrorsNameTheField() {
    Response r = t.http.post("/api/profiles", coach, Fixtures.profile().put("gender", "x").put("shoe_size", 42));
    assertProblem(r, 400);
    assertEquals(2, r.json().getJsonArray("errors").size());
  }

  @Test
  void missingOrBadTokensAre401AndWrongRolesAre403() {
    Response none = t.http.get("/api/profiles", null);
    assertProblem(none, 401);
    assertTrue(none.header("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    assertProblem(t.http.get("/api/profiles", "not-a-jwt"), 401);
    assertProblem(t.http.get("/api/profiles", t.employer("5566778899")), 403);
    assertProblem(t.http.post("/api/validations", t.admin(), Fixtures.validation("x")), 403);
  }

  @Test
  void writesWhileElasticsearchIsUnreachableAre503WithRetryAfter() {
    Response r = t.http.post("/api/profiles", coach, Fixtures.profile());
    assertProblem(r, 503);
    assertEquals(String.valueOf(t.config.http().retryAfterSeconds()), r.header("Retry-After").orElseThrow());
    assertProblem(t.http.put("/api/placements/p1", t.admin(), Fixtures.placement()), 503);
    assertProblem(t.http.get("/api/opportunities", null), 503);
  }

  @Test
  void bulkIs503WhenNoLineCouldBeWritten() {
    Response r = t.http.postNdjson("/api/profiles/bulk", coach, Fixtures.profile().encode() + "\n" + Fixtures.profile().encode());
    assertProblem(r, 503);
  }

  @Test
  void livenessIsUpAndReadinessFollowsElasticsearch() {
    assertEquals(200, t.http.get("/health/live", null).status());
    Response ready = t.http.get("/health/ready", null);
    assertEquals(503, ready.status());
    assertEquals("5", ready.header("Retry-After").orElseThrow());
  }

  @Test
  void answersCarrySecurityHeadersAndARequestId() {
    Response r = t.http.get("/health/live", null);
    assertEquals("nosniff", r.header("X-Content-Type-Options").orElseThrow());
    assertEquals("DENY", r.header("X-Frame-Options").orElseThrow());
    assertEquals("no-store", r.header("Cache-Control").orElseThrow());
    assertTrue(r.header("X-Request-Id").isPresent());
  }

  @Test
  void tooManyRequestsIs429WithRetryAfter() {
    try (TestApp limited = TestApp.start("ratelimit", NOWHERE, Clock.systemUTC(), TestApp.Boot.MARK_STARTED,
        c -> TestConfigs.withRateLimit(c, 3))) {
      String token = limited.coach(Fixtures.MALMO);
      for (int i = 0; i < 3; i++) {
        assertEquals(200, limited.http.get("/api/taxonomy/occupation-fields", token).status());
      }
      Response r = limited.http.get("/api/taxonomy/occupation-fields", token);
      assertProblem(r, 429);
      assertTrue(Integer.parseInt(r.header("Retry-After").orElseThrow()) >= 1);
      assertEquals(200, limited.http.get("/api/taxonomy/occupation-fields", limited.coach(Fixtures.HELSINGBORG)).status(),
          "another token has its own budget");
    }
  }

  @Test
  void apiRefusesWorkUntilStarted() {
    try (TestApp starting = TestApp.start("starting", NOWHERE, Clock.systemUTC(), TestApp.Boot.NOT_STARTED)) {
      Response r = starting.http.get("/api/taxonomy/occupation-fields", starting.admin());
      assertProblem(r, 503);
      assertTrue(r.header("Retry-After").isPresent());
      assertEquals(200, starting.http.get("/health/live", null).status());
      starting.app.health().markStarted();
      assertEquals(200, starting.http.get("/api/taxonomy/occupation-fields", starting.admin()).status());
    }
  }
}
