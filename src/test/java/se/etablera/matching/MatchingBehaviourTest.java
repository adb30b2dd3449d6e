package se.etablera.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Http.Response;
import se.etablera.testing.TestApp;

/**
 * The behaviour a coach relies on, on small fixtures in Trelleborg (1287) against a real Elasticsearch: reachable
 * but not eligible courses, course + job combinations that unlock a job and never clash, evidence weighting,
 * substitutes, eligibility exclusions with reason codes, the education obligation, and fairness.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingBehaviourTest {
  private static final String TRELLEBORG = "1287";
  private static final String SKOLVARD = "17FS_XzU_AQ4";
  private static final String ELEVASSISTENT = "Sbzf_iBA_MAS";
  private static final String EMPLOYER = "556000-0001";
  private TestApp t;
  private String coach;
  private String admin;

  @BeforeAll
  void start() {
    t = TestApp.start("matching");
    coach = t.coach(TRELLEBORG);
    admin = t.admin();
    put("placements", "p-afternoon", placement("13:00", "17:00").put("title", "Eftermiddagspraktik hemtjänst"));
    put("placements", "p-morning", placement("08:00", "12:00").put("title", "Förmiddagspraktik hemtjänst"));
    put("courses", "c-mornings", course("SFI B", "SFI D", "08:30", "12:00").put("title", "Yrkes-SFI vård förmiddag"));
    put("courses", "c-above", course("SFI D", "SvA grund", "08:30", "12:00").put("title", "Vårdutbildning för SFI D"));
    put("placements", "p-elevassistent", placement("13:00", "16:00").put("title", "Praktik som elevassistent")
        .put("occupation", ELEVASSISTENT).put("swedish_required", "SFI B"));
    put("extra-jobs", "x-restricted", Fixtures.extraJob().put("title", "Extratjänst med villkor")
        .put("location", new JsonObject().put("municipality", TRELLEBORG))
        .put("eligibility", new JsonObject().put("requires_establishment_programme", true).put("max_residence_permit_months", 36)));
  }

  @AfterAll
  void stop() {
    t.close();
  }

  private void put(String kind, String id, JsonObject body) {
    Response r = t.http.put("/api/" + kind + "/" + id, admin, body);
    assertEquals(201, r.status(), r.body());
  }

  private static JsonObject placement(String from, String to) {
    return Fixtures.placement().put("location", new JsonObject().put("municipality", TRELLEBORG)).put("swedish_required", "SFI C")
        .put("hours_per_week", 16).put("schedule", new JsonArray().add(new JsonObject()
            .put("days", new JsonArray().add("mon").add("tue").add("wed").add("thu")).put("start", from).put("end", to)));
  }

  private static JsonObject course(String entry, String exit, String from, String to) {
    return Fixtures.course().put("location", new JsonObject().put("municipality", TRELLEBORG)).put("swedish_required", entry)
        .put("swedish_exit", exit).put("accepts_residents_of", new JsonArray().add(TRELLEBORG))
        .put("schedule", new JsonArray().add(new JsonObject().put("days", new JsonArray().add("mon").add("tue").add("wed")
            .add("thu").add("fri")).put("start", from).put("end", to)));
  }

  /** A Trelleborg newcomer at SFI B with care experience, available weekdays 08–17, 40 h. */
  private static JsonObject person() {
    return Fixtures.profile().put("municipality", TRELLEBORG);
  }

  private JsonObject matches(String profileId, String query) {
    Response r = t.http.get("/api/profiles/" + profileId + "/matches?limit=100" + query, coach);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  private static List<JsonObject> items(JsonObject list) {
    return list.getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
  }

  private static Optional<JsonObject> single(JsonObject list, String id) {
    return items(list).stream().filter(i -> i.getJsonObject("opportunity") != null
        && id.equals(i.getJsonObject("opportunity").getString("id"))).findFirst();
  }

  private static List<JsonObject> combinations(JsonObject list) {
    return items(list).stream().filter(i -> "combination".equals(i.getString("type"))).toList();
  }

  @Test
  void aCourseAboveThePersonsLevelIsOfferedAsReachableWithTheReason() {
    String id = t.http.put("/api/profiles/m-reach", coach, person()).json().getString("id");
    JsonObject above = single(matches(id, ""), "c-above").orElseThrow();
    assertFalse(above.getBoolean("eligible"));
    JsonObject reason = above.getJsonArray("reasons").getJsonObject(0);
    assertEquals("swedish_below_entry", reason.getString("code"));
    assertFalse(reason.getBoolean("hard"));
    assertTrue(above.getJsonObject("explanation").getString("sv").contains("SFI kurs D"));
    assertTrue(single(matches(id, ""), "c-mornings").orElseThrow().getBoolean("eligible"));
  }

  @Test
  void courseMorningsWithJobAfternoonsRanksFirstAndAClashingPairIsNeverOffered() {
    String id = t.http.put("/api/profiles/m-combo", coach, person()).json().getString("id");
    JsonObject list = matches(id, "");
    JsonObject first = items(list).get(0);
    assertEquals("combination", first.getString("type"), first.encodePrettily());
    assertEquals("c-mornings", first.getJsonObject("course").getString("id"));
    assertEquals("p-afternoon", first.getJsonObject("job").getString("id"));
    assertTrue(first.getBoolean("unlocks"), "SFI B → D reaches the placement's SFI C");
    assertTrue(first.getJsonObject("explanation").getString("sv").contains("lyfter svenskan"));
    assertTrue(combinations(list).stream().noneMatch(c -> "p-morning".equals(c.getJsonObject("job").getString("id"))),
        "the morning placement clashes with the morning course");
    double course = single(list, "c-mornings").orElseThrow().getDouble("score");
    double job = single(list, "p-afternoon").orElseThrow().getDouble("score");
    assertTrue(first.getDouble("score") > Math.max(course, job), "a combination that unlocks ranks above either part alone");
  }

  @Test
  void combinationsRespectThePersonsHours() {
    String id = t.http.put("/api/profiles/m-hours", coach, person().put("availability",
        Fixtures.profile().getJsonObject("availability").copy().put("hours_per_week", 25))).json().getString("id");
    assertTrue(combinations(matches(id, "")).isEmpty(), "17 h course + 16 h placement exceeds 25 h");
    String enough = t.http.put("/api/profiles/m-hours-enough", coach, person().put("availability",
        Fixtures.profile().getJsonObject("availability").copy().put("hours_per_week", 33))).json().getString("id");
    assertTrue(combinations(matches(enough, "")).stream().anyMatch(c -> "c-mornings".equals(c.getJsonObject("course").getString("id"))
        && "p-afternoon".equals(c.getJsonObject("job").getString("id"))), "17 h + 16 h fit a 33-hour week");
  }

  @Test
  void aSubstitutableOccupationIsFlaggedAsASubstitute() {
    JsonObject body = person().put("experience", new JsonArray().add(new JsonObject().put("occupation", SKOLVARD).put("years", 3)));
    String id = t.http.put("/api/profiles/m-substitute", coach, body).json().getString("id");
    JsonObject item = single(matches(id, ""), "p-elevassistent").orElseThrow();
    assertTrue(item.getBoolean("substitute"));
    assertTrue(item.getJsonObject("explanation").getString("en").contains("substitute"));
    assertFalse(single(matches(id, ""), "p-afternoon").orElseThrow().getBoolean("substitute"));
  }

  @Test
  void anIneligibleExtraJobIsExcludedWithItsReasonCodes() {
    JsonObject body = person().put("programme", new JsonObject().put("registered", false).put("residence_permit_date", "2019-03-01"));
    String id = t.http.put("/api/profiles/m-ineligible", coach, body).json().getString("id");
    JsonObject list = matches(id, "");
    assertTrue(single(list, "x-restricted").isEmpty());
    JsonObject excluded = list.getJsonArray("excluded").stream().map(o -> (JsonObject) o)
        .filter(e -> "x-restricted".equals(e.getJsonObject("opportunity").getString("id"))).findFirst().orElseThrow();
    List<String> codes = excluded.getJsonArray("reasons").stream().map(r -> ((JsonObject) r).getString("code")).toList();
    assertEquals(List.of("not_in_establishment_programme", "residence_permit_too_old"), codes);
    String eligible = t.http.put("/api/profiles/m-eligible", coach, person()).json().getString("id");
    assertTrue(single(matches(eligible, ""), "x-restricted").isPresent(), "registered in the programme: eligible");
  }

  @Test
  void unknownFilterCodesAre400WithSuggestions() {
    String id = t.http.put("/api/profiles/m-filters", coach, person()).json().getString("id");
    Response field = t.http.get("/api/profiles/" + id + "/matches?occupation_field=Halso", coach);
    assertEquals(400, field.status());
    JsonObject error = field.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("occupation_field", error.getString("parameter"));
    assertTrue(error.getJsonArray("suggestions").contains("Hälso- och sjukvård"), error.encode());
    Response type = t.http.get("/api/profiles/" + id + "/matches?type=jobb", coach);
    assertEquals(400, type.status());
    assertEquals(MatchHandlers.TYPES, type.json().getJsonArray("errors").getJsonObject(0).getJsonArray("suggestions").getList());
    Response municipality = t.http.get("/api/profiles/" + id + "/matches?municipality=Trelborg", coach);
    assertEquals(400, municipality.status());
    JsonObject unknownPlace = municipality.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("municipality", unknownPlace.getString("parameter"));
    assertTrue(unknownPlace.getJsonArray("suggestions").contains("Trelleborg"), unknownPlace.encode());
    assertEquals(400, t.http.get("/api/profiles/" + id + "/matches?start_before=tomorrow", coach).status());
    assertEquals(400, t.http.get("/api/profiles/" + id + "/matches?radius_km=0", coach).status());
  }

  @Test
  void filtersNarrowTheList() {
    String id = t.http.put("/api/profiles/m-narrow", coach, person()).json().getString("id");
    JsonObject onlyCombinations = matches(id, "&type=combination");
    assertFalse(items(onlyCombinations).isEmpty());
    assertTrue(items(onlyCombinations).stream().allMatch(i -> "combination".equals(i.getString("type"))));
    List<JsonObject> placements = items(matches(id, "&type=placements"));
    assertFalse(placements.isEmpty());
    assertTrue(placements.stream().allMatch(i -> "placement".equals(i.getString("type"))));
    assertTrue(items(matches(id, "&start_before=2026-01-01")).isEmpty(), "nothing starts before 2026");
    assertTrue(items(matches(id, "&municipality=Malmö")).isEmpty(), "every fixture is in Trelleborg");
  }

  @Test
  void withoutUpperSecondaryAndNoWorkMatchEducationRoutesComeFirst() {
    JsonObject body = person().put("education", new JsonObject().put("level", "forgymnasial").put("years", 6))
        .put("experience", new JsonArray()).put("skills", new JsonArray())
        .put("preferences", new JsonObject().put("occupation_fields", new JsonArray().add(Fixtures.FIELD_CARE)));
    String id = t.http.put("/api/profiles/m-obligation", coach, body).json().getString("id");
    JsonObject list = matches(id, "");
    assertTrue(list.getBoolean("education_obligation"));
    JsonObject first = items(list).get(0);
    assertTrue(List.of("course", "combination").contains(first.getString("type")), first.encode());
    assertTrue(first.getBoolean("education_route"));
    String withExperience = t.http.put("/api/profiles/m-no-obligation", coach,
        person().put("education", new JsonObject().put("level", "forgymnasial"))).json().getString("id");
    assertFalse(matches(withExperience, "").getBoolean("education_obligation"), "care experience matches the placements");
  }

  @Test
  void aValidatedSkillRanksACandidateAboveAnIdenticalSelfReportedOne() {
    JsonObject same = person().put("skills", new JsonArray().add(new JsonObject().put("skill", Fixtures.OMVARDNAD)))
        .put("experience", new JsonArray());
    t.http.put("/api/profiles/cand-self", coach, same.copy());
    t.http.put("/api/profiles/cand-validated", coach, same.copy().put("skills", new JsonArray()));
    JsonObject validation = Fixtures.validation("cand-validated").put("validated_skills", new JsonArray().add(Fixtures.OMVARDNAD))
        .put("occupation", "Vårdbiträde");
    assertEquals(201, t.http.post("/api/validations", coach, validation).status());
    JsonArray candidates = t.http.get("/api/opportunities/p-afternoon/candidates?limit=100", coach).json().getJsonArray("items");
    List<String> order = candidates.stream().map(c -> ((JsonObject) c).getString("profile_id"))
        .filter(p -> List.of("cand-self", "cand-validated").contains(p)).toList();
    assertEquals(List.of("cand-validated", "cand-self"), order);
  }

  @Test
  void employersSeePseudonymsUntilTheNewcomerConsents() {
    put("placements", "p-employer", placement("13:00", "17:00").put("organisation",
        new JsonObject().put("name", "Trelleborgs Omsorg AB").put("organisation_number", EMPLOYER)));
    String id = t.http.put("/api/profiles/cand-consent", coach, person()).json().getString("id");
    String employer = t.employer(EMPLOYER);
    JsonObject mine = candidate(employer, "p-employer", id).orElseThrow();
    assertNull(mine.getValue("contact"));
    assertNull(mine.getValue("profile_id"));
    String pseudonym = mine.getString("pseudonym");
    assertTrue(pseudonym.startsWith("K-"));
    String text = mine.encode();
    assertFalse(text.contains("Testa") || text.contains("testa@example.com") || text.contains("19900101")
        || text.contains("Trelleborg") || text.contains("home"), text);

    String newcomer = t.newcomer(id);
    Response granted = t.http.post("/api/profiles/" + id + "/consents", newcomer,
        new JsonObject().put("organisation_number", EMPLOYER).put("valid_until", "2099-12-31"));
    assertEquals(201, granted.status(), granted.body());
    JsonObject shared = candidate(employer, "p-employer", id).orElseThrow();
    assertEquals("Testa Testsson", shared.getJsonObject("contact").getString("name"));
    assertEquals(pseudonym, shared.getString("pseudonym"), "the pseudonym is stable per opening");
    assertEquals(403, t.http.get("/api/opportunities/p-afternoon/candidates", employer).status(), "not their opening");
    assertTrue(t.http.get("/api/opportunities/p-employer/candidates?limit=100", t.employer("556000-0002")).status() == 403);

    String consentId = granted.json().getString("id");
    assertEquals(200, t.http.delete("/api/profiles/" + id + "/consents/" + consentId, newcomer).status());
    assertNull(candidate(employer, "p-employer", id).orElseThrow().getValue("contact"), "revocation applies on the next request");
    JsonArray history = t.http.get("/api/profiles/" + id + "/consents", coach).json().getJsonArray("items");
    assertNotNull(history.getJsonObject(0).getString("revoked_at"), "the record of what was shared is kept");
  }

  private Optional<JsonObject> candidate(String token, String opening, String profileId) {
    Response r = t.http.get("/api/opportunities/" + opening + "/candidates?limit=100", token);
    assertEquals(200, r.status(), r.body());
    // Find the person by a field only the test knows: their consent reveals the name, otherwise match by rank set.
    List<JsonObject> all = r.json().getJsonArray("items").stream().map(o -> (JsonObject) o).toList();
    return all.stream().filter(c -> c.getJsonObject("contact") != null && "Testa Testsson".equals(c.getJsonObject("contact").getString("name"))
        && profileId.equals(profileIdFor(c))).findFirst()
        .or(() -> all.stream().filter(c -> profileId.equals(profileIdFor(c))).findFirst());
  }

  private String profileIdFor(JsonObject candidate) {
    // Employers never see profile ids; the coach's view of the same list maps pseudonyms back for the test.
    Response coachView = t.http.get("/api/opportunities/p-employer/candidates?limit=100", coach);
    return coachView.json().getJsonArray("items").stream().map(o -> (JsonObject) o)
        .filter(c -> c.getString("pseudonym").equals(candidate.getString("pseudonym"))).map(c -> c.getString("profile_id"))
        .findFirst().orElse(null);
  }

  @Test
  void genderIsNeverASignal() {
    List<String> ids = new ArrayList<>();
    String[] genders = {"female", "male", "female", "other", "male", "unspecified"};
    for (int i = 0; i < genders.length; i++) {
      JsonObject body = person().put("gender", genders[i]);
      if (i % 2 == 0) {
        body.put("skills", new JsonArray().add(new JsonObject().put("skill", Fixtures.DEMENSVARD).put("evidence", "coach_assessed")));
      }
      ids.add(t.http.put("/api/profiles/fair-" + i, coach, body).json().getString("id"));
    }
    String before = fingerprint(ids);
    for (int i = 0; i < ids.size(); i++) {
      String swapped = switch (genders[i]) {
        case "female" -> "male";
        case "male" -> "female";
        default -> "female";
      };
      JsonObject stored = t.http.get("/api/profiles/" + ids.get(i), coach).json();
      assertEquals(200, t.http.put("/api/profiles/" + ids.get(i), coach, stored.put("gender", swapped)).status());
    }
    assertEquals(before, fingerprint(ids), "every score and every order is unchanged");
  }

  /** Matches of each profile and the candidate list of a placement: ids, types and scores in order. */
  private String fingerprint(List<String> ids) {
    String matches = ids.stream().map(id -> items(matches(id, "")).stream()
        .map(i -> i.getString("type") + ":" + Optional.ofNullable(i.getJsonObject("opportunity")).map(o -> o.getString("id"))
            .orElseGet(() -> i.getJsonObject("course").getString("id") + "+" + i.getJsonObject("job").getString("id"))
            + "=" + i.getDouble("score"))
        .collect(Collectors.joining(","))).collect(Collectors.joining("|"));
    String candidates = t.http.get("/api/opportunities/p-afternoon/candidates?limit=100", coach).json().getJsonArray("items").stream()
        .map(c -> ((JsonObject) c).getString("profile_id") + "=" + ((JsonObject) c).getDouble("score")).filter(s -> s.startsWith("fair-"))
        .collect(Collectors.joining(","));
    assertFalse(candidates.isEmpty());
    return matches + "#" + candidates;
  }

  @Test
  void courseAdviceNamesTheCourseThatUnlocksJobs() {
    String id = t.http.put("/api/profiles/m-advice", coach, person()).json().getString("id");
    JsonArray advice = t.http.get("/api/profiles/" + id + "/course-advice", coach).json().getJsonArray("items");
    JsonObject first = advice.getJsonObject(0);
    assertEquals("c-mornings", first.getJsonObject("course").getString("id"));
    List<String> unlocked = first.getJsonArray("unlocks").stream().map(u -> ((JsonObject) u).getJsonObject("job").getString("id")).toList();
    assertTrue(unlocked.containsAll(List.of("p-afternoon", "p-morning")), unlocked.toString());
    assertTrue(Stream.of("sv", "en").allMatch(l -> !first.getJsonObject("explanation").getString(l).isBlank()));
  }
}
