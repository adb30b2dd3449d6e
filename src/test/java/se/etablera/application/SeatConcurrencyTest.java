package se.etablera.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.Refresh;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.etablera.application.Application.Status;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.search.Documents;
import se.etablera.search.IndexNames;
import se.etablera.taxonomy.Concept;
import se.etablera.testing.Fixtures;
import se.etablera.testing.TestApp;

/**
 * Several hundred newcomers accept an offer on an opening with a few seats, all at once: exactly that many get
 * the seat, every other one gets a clear 409, and the seat count ends exact.
 */
class SeatConcurrencyTest {
  private static final int PEOPLE = 300;
  private static final int SEATS = 3;

  @Test
  void concurrentAcceptsNeverOverbook() throws Exception {
    try (TestApp t = TestApp.start("seats")) {
      String placement = t.http.post("/api/placements", t.admin(), Fixtures.placement().put("seats", SEATS)).json().getString("id");
      // Fixture tweak: three hundred applications already at "offered", written in one bulk request.
      Documents<Application> docs = new Documents<>(t.es, IndexNames.APPLICATIONS, Application.class);
      Instant now = Instant.now();
      List<Application> offered = new ArrayList<>();
      for (int i = 0; i < PEOPLE; i++) {
        offered.add(new Application("seat-app-" + i, "seat-person-" + i, placement, Kind.placement, "Praktik", "2120001124",
            new Concept("1280", "Malmö"), new Concept("1280", "Malmö"), null, now, null, null, null, Status.offered,
            java.time.LocalDate.now().plusDays(7), List.of(new Application.Transition(Status.applied, Status.offered, now, "owner")),
            null, now, now));
      }
      TestApp.await(docs.bulk(b -> offered.forEach(a -> b.operations(o -> o.index(x -> x.id(a.id()).document(a)))), Refresh.True));

      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(32))
          .connectTimeout(Duration.ofSeconds(10)).build();
      String base = "http://127.0.0.1:" + t.http.port();
      List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < PEOPLE; i++) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/applications/seat-app-" + i + "/transitions"))
            .header("Authorization", "Bearer " + t.newcomer("seat-person-" + i)).header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("to", "accepted").encode())).build();
        calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
      Map<Integer, Long> byStatus = calls.stream().map(CompletableFuture::join)
          .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
      assertEquals(Map.of(200, (long) SEATS, 409, (long) (PEOPLE - SEATS)), byStatus);
      calls.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 409)
          .forEach(r -> assertTrue(new JsonObject(r.body()).getString("detail").startsWith("No seats left"), r.body()));

      JsonObject opening = t.http.get("/api/placements/" + placement, null).json();
      assertEquals(SEATS, opening.getInteger("seats_taken"));
      assertEquals(0, opening.getInteger("seats_left"));
      long accepted = t.http.get("/api/applications?opportunity_id=" + placement + "&status=accepted&limit=100", t.coach(Fixtures.MALMO))
          .json().getLong("total");
      assertEquals(SEATS, accepted, "exactly the winners are accepted");
    }
  }
}
