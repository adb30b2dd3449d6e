package se.etablera.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.etablera.access.Caller;
import se.etablera.common.FieldError;
import se.etablera.common.GeoPoint;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.taxonomy.Concept;
import se.etablera.testing.Fixtures;
import se.etablera.testing.Records;

/** What the service derives when it stores a placement, extra job or course, and the record checks. */
class OpportunityRulesTest {
  private static final Instant CREATED = Instant.parse("2026-01-01T08:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Concept CARE = new Concept(Fixtures.FIELD_CARE, "Hälso- och sjukvård");
  private static final Concept LOGISTICS = new Concept("ASGV_zcE_bWf", "Transport, distribution, lager");
  private static final Caller COACH = Caller.coach("anna", Set.of(Fixtures.MALMO));
  private static final Caller EMPLOYER = Caller.employer("org", "5566778899");

  private static Opportunity normalize(Kind kind, JsonObject body) {
    return normalize(kind, body, null, COACH, NOW);
  }

  private static Opportunity normalize(Kind kind, JsonObject body, Opportunity existing, Caller caller, Instant now) {
    return OpportunityRules.normalize("o-1", kind, Records.opportunity(body), existing, caller, Records.taxonomy(), now);
  }

  private static JsonObject courseLeadingTo(String... occupations) {
    JsonObject body = Fixtures.course().put("leads_to", new JsonArray(List.of((Object[]) occupations)));
    body.remove("occupation");
    return body;
  }

  @Test
  void theFieldIsDerivedFromTheOccupation() {
    Opportunity o = normalize(Kind.placement, Fixtures.placement());
    assertEquals(CARE, o.occupationField());
    assertEquals(Kind.placement, o.kind());
    assertEquals("o-1", o.id());
  }

  @Test
  void withoutAnOccupationTheFieldComesFromTheFirstOccupationACourseLeadsTo() {
    Opportunity o = normalize(Kind.course, courseLeadingTo(Fixtures.LAGERARBETARE, Fixtures.UNDERSKOTERSKA));
    assertEquals(LOGISTICS, o.occupationField());
    assertNull(o.occupation(), "the main occupation is not invented");
  }

  @Test
  void aGivenFieldIsKept() {
    Opportunity o = normalize(Kind.placement, Fixtures.placement().put("occupation_field", "Transport, distribution, lager"));
    assertEquals(LOGISTICS, o.occupationField());
  }

  @Test
  void aCourseWithOnlyAFieldKeepsIt() {
    JsonObject body = Fixtures.course().put("occupation_field", Fixtures.FIELD_CARE);
    body.remove("occupation");
    body.remove("leads_to");
    assertEquals(CARE, normalize(Kind.course, body).occupationField());
  }

  @Test
  void theLocationPointDefaultsToTheMunicipality() {
    assertEquals(new GeoPoint(55.597645, 13.005533), normalize(Kind.placement, Fixtures.placement()).location().point());
  }

  @Test
  void aGivenLocationPointIsKept() {
    JsonObject body = Fixtures.placement();
    body.getJsonObject("location").put("point", new JsonObject().put("lat", 55.61).put("lon", 12.99)).put("address", "Storgatan 1");
    Opportunity.Location location = normalize(Kind.placement, body).location();
    assertEquals(new GeoPoint(55.61, 12.99), location.point());
    assertEquals("Storgatan 1", location.address());
  }

  @ParameterizedTest(name = "\"{0}\" by {1} → {2}")
  @CsvSource(nullValues = "-", value = {
      "212000-1124, coach,    2120001124",
      "2120001124,  coach,    2120001124",
      "212000-1124, employer, 2120001124",
      "-,           employer, 5566778899",
      "-,           coach,    -"})
  void theOrganisationNumberLosesItsDashAndDefaultsToTheEmployersOwn(String number, String role, String stored) {
    JsonObject body = Fixtures.placement();
    body.getJsonObject("organisation").put("organisation_number", number);
    Opportunity o = normalize(Kind.placement, body, null, role.equals("employer") ? EMPLOYER : COACH, NOW);
    assertEquals(stored, o.organisation().organisationNumber());
    assertEquals("Malmö stad, Vård och omsorg", o.organisation().name());
    assertEquals("municipality", o.organisation().type());
  }

  @Test
  void seatsTakenStartAtZeroAndAreKeptFromTheStoredVersion() {
    Opportunity first = normalize(Kind.placement, Fixtures.placement().put("seats_taken", 7), null, COACH, CREATED);
    assertEquals(0, first.seatsTaken(), "a client cannot set seats taken");
    Opportunity stored = first.withSeatsTaken(2, CREATED);
    Opportunity replaced = normalize(Kind.placement, Fixtures.placement().put("seats_taken", 0).put("seats", 3), stored, COACH, NOW);
    assertEquals(2, replaced.seatsTaken());
    assertEquals(3, replaced.seats());
  }

  @Test
  void aReplacementKeepsItsCreationTime() {
    Opportunity first = normalize(Kind.placement, Fixtures.placement(), null, COACH, CREATED);
    assertEquals(CREATED, first.createdAt());
    Opportunity second = normalize(Kind.placement, Fixtures.placement().put("title", "Ny titel"), first, COACH, NOW);
    assertEquals(CREATED, second.createdAt());
    assertEquals(NOW, second.updatedAt());
  }

  @Test
  void sameContentIgnoresOnlyUpdatedAt() {
    Opportunity first = normalize(Kind.placement, Fixtures.placement(), null, COACH, CREATED);
    assertTrue(OpportunityRules.sameContent(first, normalize(Kind.placement, Fixtures.placement(), first, COACH, NOW)));
    assertFalse(OpportunityRules.sameContent(first, normalize(Kind.placement, Fixtures.placement().put("seats", 3), first, COACH, NOW)));
    assertFalse(OpportunityRules.sameContent(first, first.withSeatsTaken(1, CREATED)));
  }

  @ParameterizedTest
  @CsvSource({"placement, placement", "extra_job, extra-job", "course, course"})
  void eachKindHasItsSchema(Kind kind, String schema) {
    assertEquals(schema, OpportunityRules.schema(kind));
  }

  @Test
  void theFixturesHaveNoRecordErrors() {
    assertEquals(List.of(), OpportunityRules.check(Records.opportunity(Fixtures.placement())));
    assertEquals(List.of(), OpportunityRules.check(Records.opportunity(Fixtures.extraJob())));
    assertEquals(List.of(), OpportunityRules.check(Records.opportunity(Fixtures.course())));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"2027-01-09, 1", "2027-01-10, 0", "2027-01-11, 0"})
  void theEndDateCannotBeBeforeTheStartDate(String end, int errors) {
    List<FieldError> found = OpportunityRules.check(Records.opportunity(Fixtures.placement().put("end_date", end)));
    assertEquals(errors, found.size(), found.toString());
    found.forEach(e -> assertEquals(new FieldError("/end_date", "is before start_date (2027-01-10)"), e));
  }

  @Test
  void aScheduleBlockMustEndAfterItStarts() {
    JsonObject body = Fixtures.placement();
    body.getJsonArray("schedule").getJsonObject(0).put("start", "17:00").put("end", "13:00");
    assertEquals(List.of(new FieldError("/schedule/0/end", "must be after start (17:00)")),
        OpportunityRules.check(Records.opportunity(body)));
  }

  @ParameterizedTest(name = "{0} → {1}: {2} errors")
  @CsvSource({"SFI B, SFI D, 0", "SFI C, SFI C, 0", "SFI D, SFI C, 1", "B1, SFI D, 1", "SFI D, B1, 0"})
  void aCourseCannotEndBelowItsEntryLevel(String required, String exit, int errors) {
    JsonObject body = Fixtures.course().put("swedish_required", required).put("swedish_exit", exit);
    List<FieldError> found = OpportunityRules.check(Records.opportunity(body));
    assertEquals(errors, found.size(), found.toString());
    found.forEach(e -> {
      assertEquals("/swedish_exit", e.pointer());
      assertTrue(e.message().startsWith("is below the entry level ("), e.message());
    });
  }
}
