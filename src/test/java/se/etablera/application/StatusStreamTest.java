package se.etablera.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.TestApp;

/**
 * Live status over server-sent events: changes arrive as they happen; a client that was away resumes from its
 * last event id and gets exactly what it missed, in order; the polling endpoint gives the same events; the
 * employer's stream carries pseudonyms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusStreamTest {
  private static final String EMPLOYER = "556000-5555";
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private TestApp t;
  private String coach;
  private String owner;

  @BeforeAll
  void start() {
    t = TestApp.start("stream");
    coach = t.coach(Fixtures.MALMO);
    owner = t.employer(EMPLOYER);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  /** An open stream: events as (id, data) pairs, read on a background thread. */
  private final class Stream implements AutoCloseable {
    final BlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();
    private final InputStream body;

    Stream(String path, String token, String lastEventId) throws Exception {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + t.http.port() + path))
          .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
      if (lastEventId != null) {
        b.header("Last-Event-ID", lastEventId);
      }
      HttpResponse<InputStream> r = CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
      body = r.body();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
          String id = null;
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("id: ")) {
              id = line.substring(4);
            } else if (line.startsWith("data: ")) {
              events.add(new JsonObject(line.substring(6)).put("sse_id", id));
            }
          }
        } catch (Exception closed) {
          // the test closed the stream
        }
      }, "sse-reader");
      reader.setDaemon(true);
      reader.start();
    }

    JsonObject next() throws InterruptedException {
      JsonObject e = events.poll(30, TimeUnit.SECONDS);
      assertNotNull(e, "no event within 30 s");
      return e;
    }

    @Override
    public void close() throws Exception {
      body.close();
    }
  }

  private String applied(String person, String placement) {
    return t.http.post("/api/applications", coach, new JsonObject().put("profile_id", person).put("opportunity_id", placement))
        .json().getJsonArray("items").getJsonObject(0).getString("id");
  }

  private void move(String id, String token, String to) {
    assertEquals(200, t.http.post("/api/applications/" + id + "/transitions", token, new JsonObject().put("to", to)).status());
  }

  @Test
  void aClosedStreamResumesFromTheLastEventIdWithoutLoss() throws Exception {
    String placement = t.http.post("/api/placements", t.admin(), Fixtures.placement().put("organisation",
        new JsonObject().put("name", "Ström AB").put("organisation_number", EMPLOYER))).json().getString("id");
    String person = t.http.post("/api/profiles", coach, Fixtures.profile()).json().getString("id");
    String newcomer = t.newcomer(person);
    String lastSeen;
    String id;
    try (Stream stream = new Stream("/api/profiles/" + person + "/events/stream", newcomer, null)) {
      id = applied(person, placement);
      JsonObject first = stream.next();
      assertEquals("applied", first.getString("to"));
      assertEquals(id, first.getString("application_id"));
      move(id, owner, "shortlisted");
      JsonObject second = stream.next();
      assertEquals("shortlisted", second.getString("to"));
      assertEquals(second.getString("id"), second.getString("sse_id"));
      lastSeen = second.getString("sse_id");
    }
    move(id, owner, "offered");
    move(id, newcomer, "accepted");
    try (Stream resumed = new Stream("/api/profiles/" + person + "/events/stream", coach, lastSeen)) {
      assertEquals("offered", resumed.next().getString("to"));
      assertEquals("accepted", resumed.next().getString("to"));
      move(id, coach, "started");
      assertEquals("started", resumed.next().getString("to"), "then live again");
      assertTrue(resumed.events.poll(1, TimeUnit.SECONDS) == null, "nothing twice");
    }
    List<String> polled = new ArrayList<>();
    t.http.get("/api/profiles/" + person + "/events?after=" + lastSeen, newcomer).json().getJsonArray("items")
        .forEach(e -> polled.add(((JsonObject) e).getString("to")));
    assertEquals(List.of("offered", "accepted", "started"), polled);

    try (Stream employerView = new Stream("/api/opportunities/" + placement + "/events/stream", owner, null)) {
      JsonObject e = employerView.next();
      assertEquals("applied", e.getString("to"));
      assertTrue(e.getString("profile_id").startsWith("K-"), "a pseudonym, not the profile id");
      assertFalse(e.encode().contains(person));
    }
    assertEquals(403, t.http.get("/api/opportunities/" + placement + "/events", t.employer("556000-6666")).status());
    assertEquals(404, t.http.get("/api/profiles/" + person + "/events", t.newcomer("someone-else")).status());
  }
}
