package se.etablera.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;
import se.etablera.web.Endpoint;

/**
 * Every route of the route table × every kind of caller: no token (401 unless public), a role the route does
 * not admit (403), and each admitted role on its own record, on someone else's (404 where existence is
 * personal, 403 where the record is public) and on a record that does not exist (404). Generated from the
 * table: a route without a scenario here fails the build, so a new route cannot be forgotten.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
  private static final String HOME = Fixtures.TRELLEBORG;
  private static final String EMPLOYER = "556000-1111";
  private static final String OTHER_EMPLOYER = "556000-2222";

  /** Who calls: the role, and whether the record in the path is theirs. */
  enum Who { NONE, COACH_OWN, COACH_OTHER, EMPLOYER_OWN, EMPLOYER_OTHER, NEWCOMER_OWN, NEWCOMER_OTHER, ADMIN }

  /** A request: path, body (JSON object, NDJSON string or null) and, when the record is made for this call, the token. */
  record Call(String path, Object body, String token) {
    Call(String path, Object body) {
      this(path, body, null);
    }
  }

  /** How to call one route as each caller, and what each admitted caller must get. */
  record Scenario(Function<Who, Call> call, Map<Who, Integer> expect) {
  }

  private TestApp t;
  private final Map<Who, String> tokens = new EnumMap<>(Who.class);
  private String profile;
  private String validation;
  private String consent;
  private String application;
  private String completed;
  private final Map<String, String> openings = new LinkedHashMap<>();

  @BeforeAll
  void start() {
    t = TestApp.start("matrix");
    profile = t.http.post("/api/profiles", t.coach(HOME), person()).json().getString("id");
    String other = t.http.post("/api/profiles", t.coach(HOME), person()).json().getString("id");
    tokens.put(Who.COACH_OWN, t.coach(HOME));
    tokens.put(Who.COACH_OTHER, t.coach(Fixtures.SIMRISHAMN));
    tokens.put(Who.EMPLOYER_OWN, t.employer(EMPLOYER));
    tokens.put(Who.EMPLOYER_OTHER, t.employer(OTHER_EMPLOYER));
    tokens.put(Who.NEWCOMER_OWN, t.newcomer(profile));
    tokens.put(Who.NEWCOMER_OTHER, t.newcomer(other));
    tokens.put(Who.ADMIN, t.admin());
    validation = t.http.post("/api/validations", tokens.get(Who.COACH_OWN), Fixtures.validation(profile)).json().getString("id");
    consent = t.http.post("/api/profiles/" + profile + "/consents", tokens.get(Who.NEWCOMER_OWN),
        new JsonObject().put("organisation_number", EMPLOYER)).json().getString("id");
    for (String kind : List.of("placements", "extra-jobs", "courses")) {
      openings.put(kind, t.http.post("/api/" + kind, tokens.get(Who.ADMIN), opening(kind)).json().getString("id"));
    }
    application = freshApplication();
    completed = freshApplication();
    for (String[] step : new String[][] {{"offered", "EMPLOYER_OWN"}, {"accepted", "NEWCOMER_OWN"}, {"started", "EMPLOYER_OWN"},
        {"completed", "EMPLOYER_OWN"}}) {
      assertEquals(200, t.http.post("/api/applications/" + completed + "/transitions", tokens.get(Who.valueOf(step[1])),
          new JsonObject().put("to", step[0])).status());
    }
  }

  /** A fresh allocation proposal of the profile alone (each call its own, as confirming consumes it). */
  private String allocation() {
    String placement = t.http.post("/api/placements", tokens.get(Who.ADMIN), opening("placements")).json().getString("id");
    return t.http.post("/api/allocations", tokens.get(Who.COACH_OWN), new JsonObject()
        .put("profile_ids", new io.vertx.core.json.JsonArray().add(profile))
        .put("opening_ids", new io.vertx.core.json.JsonArray().add(placement))).json().getString("id");
  }

  /** An application of the profile, in "applied", to an opening of its own (one active application per opening). */
  private String freshApplication() {
    String placement = t.http.post("/api/placements", tokens.get(Who.ADMIN), opening("placements")).json().getString("id");
    return t.http.post("/api/applications", tokens.get(Who.COACH_OWN), new JsonObject().put("profile_id", profile)
        .put("opportunity_id", placement)).json().getJsonArray("items").getJsonObject(0).getString("id");
  }

  @AfterAll
  void stop() {
    t.close();
  }

  private static JsonObject person() {
    return Fixtures.profile().put("municipality", HOME);
  }

  private static JsonObject opening(String kind) {
    JsonObject body = switch (kind) {
      case "placements" -> Fixtures.placement();
      case "extra-jobs" -> Fixtures.extraJob();
      default -> Fixtures.course();
    };
    return body.put("location", new JsonObject().put("municipality", HOME))
        .put("organisation", new JsonObject().put("name", "Matrix AB").put("organisation_number", EMPLOYER));
  }

  private String freshProfile() {
    return t.http.post("/api/profiles", tokens.get(Who.COACH_OWN), person()).json().getString("id");
  }

  private static Map<Who, Integer> expect(Object... whoThenStatus) {
    Map<Who, Integer> m = new EnumMap<>(Who.class);
    for (int i = 0; i < whoThenStatus.length; i += 2) {
      m.put((Who) whoThenStatus[i], (Integer) whoThenStatus[i + 1]);
    }
    return m;
  }

  private static Map<Who, Integer> everyone(int status) {
    Map<Who, Integer> m = new EnumMap<>(Who.class);
    for (Who w : Who.values()) {
      m.put(w, status);
    }
    return m;
  }

  /** The scenarios, keyed "METHOD /path/template" as in the route table. */
  private Map<String, Scenario> scenarios() {
    Map<String, Scenario> s = new LinkedHashMap<>();
    s.put("GET /health/live", new Scenario(w -> new Call("/health/live", null), everyone(200)));
    s.put("GET /health/ready", new Scenario(w -> new Call("/health/ready", null), everyone(200)));

    s.put("POST /api/profiles", new Scenario(w -> new Call("/api/profiles", person()),
        expect(Who.COACH_OWN, 201, Who.COACH_OTHER, 403)));
    s.put("POST /api/profiles/bulk", new Scenario(w -> new Call("/api/profiles/bulk", person().encode()),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200)));
    s.put("GET /api/profiles", new Scenario(w -> new Call("/api/profiles", null),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200, Who.NEWCOMER_OWN, 200, Who.NEWCOMER_OTHER, 200)));
    s.put("GET /api/profiles/:id", new Scenario(w -> new Call("/api/profiles/" + profile, null), personal(200)));
    s.put("PUT /api/profiles/:id", new Scenario(w -> new Call("/api/profiles/" + profile, person()), personal(200)));
    s.put("DELETE /api/profiles/:id", new Scenario(w -> {
      String id = freshProfile();
      return new Call("/api/profiles/" + id, null, w == Who.NEWCOMER_OWN ? t.newcomer(id) : null);
    }, personal(204)));
    s.put("GET /api/profiles/:id/matches", new Scenario(w -> new Call("/api/profiles/" + profile + "/matches", null), personal(200)));
    s.put("GET /api/profiles/:id/course-advice", new Scenario(w -> new Call("/api/profiles/" + profile + "/course-advice", null),
        personal(200)));
    s.put("POST /api/profiles/:id/consents", new Scenario(w -> new Call("/api/profiles/" + profile + "/consents",
        new JsonObject().put("organisation_number", OTHER_EMPLOYER)), expect(Who.NEWCOMER_OWN, 201, Who.NEWCOMER_OTHER, 404)));
    s.put("GET /api/profiles/:id/consents", new Scenario(w -> new Call("/api/profiles/" + profile + "/consents", null), personal(200)));
    s.put("DELETE /api/profiles/:id/consents/:consentId", new Scenario(
        w -> new Call("/api/profiles/" + profile + "/consents/" + consent, null), expect(Who.NEWCOMER_OWN, 200, Who.NEWCOMER_OTHER, 404)));

    s.put("POST /api/validations", new Scenario(w -> new Call("/api/validations", Fixtures.validation(profile)),
        expect(Who.COACH_OWN, 201, Who.COACH_OTHER, 400)));
    s.put("POST /api/validations/bulk", new Scenario(w -> new Call("/api/validations/bulk", Fixtures.validation(profile).encode()),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200)));
    s.put("GET /api/validations", new Scenario(w -> new Call("/api/validations", null),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200, Who.NEWCOMER_OWN, 200, Who.NEWCOMER_OTHER, 200)));
    s.put("GET /api/validations/:id", new Scenario(w -> new Call("/api/validations/" + validation, null), personal(200)));
    s.put("PUT /api/validations/:id", new Scenario(w -> new Call("/api/validations/" + validation, Fixtures.validation(profile)),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 400)));
    s.put("DELETE /api/validations/:id", new Scenario(w -> {
      String id = t.http.post("/api/validations", tokens.get(Who.COACH_OWN), Fixtures.validation(profile)).json().getString("id");
      return new Call("/api/validations/" + id, null);
    }, expect(Who.COACH_OWN, 204, Who.COACH_OTHER, 404)));

    for (String kind : List.of("placements", "extra-jobs", "courses")) {
      String base = "/api/" + kind;
      s.put("POST " + base, new Scenario(w -> new Call(base, opening(kind)), openingWrite(201)));
      s.put("POST " + base + "/bulk", new Scenario(w -> new Call(base + "/bulk", opening(kind).encode()),
          expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200, Who.EMPLOYER_OWN, 200, Who.EMPLOYER_OTHER, 200, Who.ADMIN, 200)));
      s.put("GET " + base, new Scenario(w -> new Call(base, null), everyone(200)));
      s.put("GET " + base + "/:id", new Scenario(w -> new Call(base + "/" + openings.get(kind), null), everyone(200)));
      s.put("PUT " + base + "/:id", new Scenario(w -> new Call(base + "/" + openings.get(kind), opening(kind)), openingWrite(200)));
      s.put("POST " + base + "/:id/rejected-concepts", new Scenario(w -> new Call(base + "/" + openings.get(kind) + "/rejected-concepts",
          new JsonObject().put("id", "not-found-in-the-text")), openingWrite(400)));
      s.put("DELETE " + base + "/:id/rejected-concepts/:conceptId", new Scenario(
          w -> new Call(base + "/" + openings.get(kind) + "/rejected-concepts/never-rejected", null), openingWrite(404)));
      s.put("DELETE " + base + "/:id", new Scenario(w -> {
        String id = t.http.post(base, tokens.get(Who.ADMIN), opening(kind)).json().getString("id");
        return new Call(base + "/" + id, null);
      }, openingWrite(204)));
    }
    s.put("GET /api/opportunities", new Scenario(w -> new Call("/api/opportunities", null), everyone(200)));
    s.put("GET /api/opportunities/:id", new Scenario(w -> new Call("/api/opportunities/" + openings.get("placements"), null),
        everyone(200)));
    s.put("GET /api/opportunities/:id/candidates", new Scenario(
        w -> new Call("/api/opportunities/" + openings.get("placements") + "/candidates", null),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200, Who.EMPLOYER_OWN, 200, Who.EMPLOYER_OTHER, 403)));

    s.put("GET /api/profiles/:id/events", new Scenario(w -> new Call("/api/profiles/" + profile + "/events", null), personal(200)));
    s.put("GET /api/profiles/:id/events/stream", new Scenario(w -> new Call("/api/profiles/" + profile + "/events/stream", STREAM),
        personal(200)));
    s.put("GET /api/opportunities/:id/events", new Scenario(
        w -> new Call("/api/opportunities/" + openings.get("placements") + "/events", null),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200, Who.EMPLOYER_OWN, 200, Who.EMPLOYER_OTHER, 403)));
    s.put("GET /api/opportunities/:id/events/stream", new Scenario(
        w -> new Call("/api/opportunities/" + openings.get("placements") + "/events/stream", STREAM),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200, Who.EMPLOYER_OWN, 200, Who.EMPLOYER_OTHER, 403)));
    s.put("POST /api/applications", new Scenario(w -> {
      String placement = t.http.post("/api/placements", tokens.get(Who.ADMIN), opening("placements")).json().getString("id");
      return new Call("/api/applications", new JsonObject().put("profile_id", profile).put("opportunity_id", placement));
    }, expect(Who.COACH_OWN, 201, Who.COACH_OTHER, 400, Who.NEWCOMER_OWN, 201, Who.NEWCOMER_OTHER, 400)));
    s.put("GET /api/applications", new Scenario(w -> new Call("/api/applications", null),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200, Who.NEWCOMER_OWN, 200, Who.NEWCOMER_OTHER, 200, Who.EMPLOYER_OWN, 200,
            Who.EMPLOYER_OTHER, 200)));
    s.put("GET /api/applications/:id", new Scenario(w -> new Call("/api/applications/" + application, null), applicationAccess(200, 200)));
    s.put("POST /api/applications/:id/transitions", new Scenario(w -> new Call("/api/applications/" + freshApplication() + "/transitions",
        new JsonObject().put("to", "withdrawn")), applicationAccess(200, 409)));
    s.put("POST /api/applications/:id/unlink", new Scenario(w -> new Call("/api/applications/" + application + "/unlink",
        new JsonObject()), expect(Who.NEWCOMER_OWN, 409, Who.NEWCOMER_OTHER, 404)));
    s.put("PUT /api/applications/:id/follow-up", new Scenario(w -> new Call("/api/applications/" + completed + "/follow-up",
        new JsonObject().put("outcome", "work")), expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 404)));
    s.put("GET /api/follow-ups/due", new Scenario(w -> new Call("/api/follow-ups/due", null),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 200)));
    s.put("GET /api/statistics", new Scenario(w -> new Call("/api/statistics?municipality=" + HOME, null),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 403, Who.ADMIN, 200)));
    s.put("GET /api/audit", new Scenario(w -> new Call("/api/audit", null), expect(Who.ADMIN, 200)));
    s.put("POST /api/analyze", new Scenario(w -> new Call("/api/analyze", new JsonObject().put("text", "Lagerarbetare med truckkort.")),
        everyone(200)));
    s.put("POST /api/profiles/:id/rejected-concepts", new Scenario(w -> new Call("/api/profiles/" + profile + "/rejected-concepts",
        new JsonObject().put("id", "not-found-in-the-text")), personal(400)));
    s.put("DELETE /api/profiles/:id/rejected-concepts/:conceptId", new Scenario(
        w -> new Call("/api/profiles/" + profile + "/rejected-concepts/never-rejected", null), personal(404)));
    s.put("POST /api/allocations", new Scenario(w -> new Call("/api/allocations", new JsonObject()
        .put("profile_ids", new io.vertx.core.json.JsonArray().add(profile))
        .put("opening_ids", new io.vertx.core.json.JsonArray().add(openings.get("placements")))),
        expect(Who.COACH_OWN, 201, Who.COACH_OTHER, 400)));
    s.put("GET /api/allocations/:id", new Scenario(w -> new Call("/api/allocations/" + allocation(), null),
        expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 404)));
    s.put("POST /api/allocations/:id/confirm", new Scenario(w -> new Call("/api/allocations/" + allocation() + "/confirm",
        new JsonObject()), expect(Who.COACH_OWN, 200, Who.COACH_OTHER, 404)));
    for (String path : List.of("occupations", "occupation-groups", "occupation-fields", "skills", "languages", "driving-licences",
        "municipalities", "swedish-levels")) {
      s.put("GET /api/taxonomy/" + path, new Scenario(w -> new Call("/api/taxonomy/" + path, null), everyone(200)));
    }
    s.put("GET /api/taxonomy/occupations/:id", new Scenario(w -> new Call("/api/taxonomy/occupations/" + Fixtures.UNDERSKOTERSKA, null),
        everyone(200)));
    return s;
  }

  /** An application: the newcomer and their coach get {@code person}, the opening's employer {@code owner}, others 404. */
  private static Map<Who, Integer> applicationAccess(int person, int owner) {
    return expect(Who.COACH_OWN, person, Who.COACH_OTHER, 404, Who.NEWCOMER_OWN, person, Who.NEWCOMER_OTHER, 404,
        Who.EMPLOYER_OWN, owner, Who.EMPLOYER_OTHER, 404);
  }

  /** Personal records: their owner (coach of the municipality, the newcomer) gets {@code status}, others 404. */
  private static Map<Who, Integer> personal(int status) {
    return expect(Who.COACH_OWN, status, Who.COACH_OTHER, 404, Who.NEWCOMER_OWN, status, Who.NEWCOMER_OTHER, 404);
  }

  /** Public openings: their owners and admins may write; other admitted callers get 403 (existence is public). */
  private static Map<Who, Integer> openingWrite(int status) {
    return expect(Who.COACH_OWN, status, Who.COACH_OTHER, 403, Who.EMPLOYER_OWN, status, Who.EMPLOYER_OTHER, 403,
        Who.ADMIN, status);
  }

  private static Role roleOf(Who w) {
    return switch (w) {
      case COACH_OWN, COACH_OTHER -> Role.coach;
      case EMPLOYER_OWN, EMPLOYER_OTHER -> Role.employer;
      case NEWCOMER_OWN, NEWCOMER_OTHER -> Role.newcomer;
      case ADMIN -> Role.admin;
      case NONE -> null;
    };
  }

  /** Marks a call to a server-sent-events stream: only the status is read. */
  private static final Object STREAM = new Object();

  private Response send(HttpMethod method, Call call, String token) {
    if (call.body() == STREAM) {
      return t.http.open(call.path(), token);
    }
    return switch (method.name()) {
      case "GET" -> t.http.get(call.path(), token);
      case "DELETE" -> t.http.delete(call.path(), token);
      case "PUT" -> t.http.put(call.path(), token, call.body());
      case "POST" -> call.body() instanceof String ndjson ? t.http.postNdjson(call.path(), token, ndjson)
          : t.http.post(call.path(), token, call.body());
      default -> throw new IllegalArgumentException(method.name());
    };
  }

  @TestFactory
  Stream<DynamicTest> everyRouteTimesEveryCaller() {
    Map<String, Scenario> scenarios = scenarios();
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint e : t.app.routes().endpoints()) {
      String key = e.method().name() + " " + e.path();
      Scenario scenario = scenarios.get(key);
      tests.add(DynamicTest.dynamicTest(key + " has a scenario", () ->
          assertTrue(scenario != null, "add a scenario for the new route " + key + " to AccessMatrixTest")));
      if (scenario == null) {
        continue;
      }
      for (Who who : Who.values()) {
        Role role = roleOf(who);
        int expected;
        if (e.isPublic()) {
          expected = scenario.expect().get(who);
        } else if (role == null) {
          expected = 401;
        } else if (!e.roles().contains(role)) {
          expected = 403;
        } else {
          Integer declared = scenario.expect().get(who);
          tests.add(DynamicTest.dynamicTest(key + " declares what " + who + " gets", () ->
              assertTrue(declared != null, "the scenario for " + key + " must say what " + who + " gets")));
          if (declared == null) {
            continue;
          }
          expected = declared;
        }
        int status = expected;
        // A bulk answer is 200 whenever it could be read; access shows in each line, which answers as the single create.
        Scenario single = key.endsWith("/bulk") && status == 200 ? scenarios.get(key.substring(0, key.length() - "/bulk".length()))
            : null;
        Integer lineStatus = single == null ? null : single.expect().get(who);
        tests.add(DynamicTest.dynamicTest(key + " as " + who + " → " + status, () -> {
          Call call = scenario.call().apply(who);
          String token = who == Who.NONE ? null : call.token() != null ? call.token() : tokens.get(who);
          Response r = send(e.method(), call, token);
          assertEquals(status, r.status(), key + " as " + who + ": " + r.body());
          if (single != null) {
            assertEquals(lineStatus, r.json().getJsonArray("items").getJsonObject(0).getInteger("status"),
                key + " as " + who + ", the line: " + r.body());
          }
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aRecordThatDoesNotExistIsNotFoundForEveryAdmittedRole() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint e : t.app.routes().endpoints()) {
      if (!e.path().contains(":id") || e.method() == HttpMethod.PUT || e.method() == HttpMethod.POST) {
        continue;
      }
      String path = e.path().replace(":id", "no-such-record").replace(":consentId", "no-such-consent")
          .replace(":conceptId", "no-such-concept");
      List<Role> roles = e.isPublic() ? List.of(Role.admin) : List.copyOf(e.roles());
      for (Role role : roles) {
        String token = switch (role) {
          case coach -> tokens.get(Who.COACH_OWN);
          case employer -> tokens.get(Who.EMPLOYER_OWN);
          case newcomer -> tokens.get(Who.NEWCOMER_OWN);
          case admin -> tokens.get(Who.ADMIN);
        };
        tests.add(DynamicTest.dynamicTest(e.method().name() + " " + path + " as " + role + " → 404", () -> {
          Response r = send(e.method(), new Call(path, null), token);
          assertEquals(404, r.status(), r.body());
        }));
      }
    }
    return tests.stream();
  }
}
