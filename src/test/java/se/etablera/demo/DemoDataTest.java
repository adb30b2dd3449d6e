package se.etablera.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.etablera.testing.TestApp;

/** The whole seed set passes the same checks as client data and loads once (a second load changes nothing). */
class DemoDataTest {

  @Test
  void everyDemoRecordLoadsThroughTheServicesAndLoadingIsIdempotent() {
    try (TestApp t = TestApp.start("demo")) {
      TestApp.await(t.app.demo().loadIfEmpty());
      String admin = t.admin();
      int opportunities = DemoData.read("placements").size() + DemoData.read("extra-jobs").size() + DemoData.read("courses").size();
      assertEquals(opportunities, t.http.get("/api/opportunities?limit=1", null).json().getLong("total"));
      assertEquals(DemoData.read("courses").size(), t.http.get("/api/courses?limit=1", null).json().getLong("total"));
      Set<String> municipalities = DemoData.read("profiles").stream()
          .map(p -> p.getString("municipality")).collect(Collectors.toSet());
      String coach = t.coach(municipalities.toArray(String[]::new));
      assertEquals(DemoData.read("profiles").size(), t.http.get("/api/profiles?limit=1", coach).json().getLong("total"));
      assertEquals(DemoData.read("validations").size(), t.http.get("/api/validations?limit=1", coach).json().getLong("total"));
      assertTrue(DemoData.read("profiles").size() >= 45, "about 50 profiles");

      JsonObject validated = DemoData.read("validations").get(0);
      JsonObject profile = t.http.get("/api/profiles/" + validated.getString("profile_id"), coach).json();
      assertTrue(profile.getJsonArray("validated_skills").size() > 0, "validations update their profiles");

      JsonObject stats = t.http.get("/api/statistics?municipality=Malmö&from=2026-01-01&to=2026-12-31", admin).json();
      assertTrue(stats.getJsonObject("profiles").getValue("total") instanceof Number, stats.encode());
      assertTrue(t.http.get("/api/applications?limit=1", coach).json().getLong("total") > 40, "a year of demo applications");
      assertTrue(t.http.get("/api/follow-ups/due", coach).json().getLong("total") > 0, "some follow-ups are due");

      String before = t.http.get("/api/profiles/" + validated.getString("profile_id"), coach).body();
      TestApp.await(t.app.demo().loadIfEmpty());
      assertEquals(before, t.http.get("/api/profiles/" + validated.getString("profile_id"), coach).body());
      assertEquals(opportunities, t.http.get("/api/opportunities?limit=1", admin).json().getLong("total"));
    }
  }
}
