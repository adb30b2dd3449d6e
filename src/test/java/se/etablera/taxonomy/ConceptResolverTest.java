package se.etablera.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.etablera.common.FieldError;
import se.etablera.opportunity.OpportunityRules;
import se.etablera.profile.ProfileRules;
import se.etablera.taxonomy.ConceptResolver.Resolution;
import se.etablera.taxonomy.ConceptResolver.Resolution.Resolved;
import se.etablera.taxonomy.ConceptResolver.Resolution.Unknown;
import se.etablera.testing.Fixtures;
import se.etablera.testing.TestApp;

/** What a client may write in a concept field, and what it resolves to. */
class ConceptResolverTest {
  private static final JsonObject MALMO = concept("1280", "Malmö");
  private static final JsonObject LICENCE_B = concept("VTK8_WRx_GcM", "B");
  private static final JsonObject UNDERSKOTERSKA = new JsonObject().put("id", Fixtures.UNDERSKOTERSKA)
      .put("label", "Undersköterska, hemtjänst, äldreboende och habilitering").put("ssyk", "5321")
      .put("group", "jY19_knH_MJp").put("field", Fixtures.FIELD_CARE);
  private static final JsonObject UNDERSKOTERSKA_GROUP = new JsonObject().put("id", "jY19_knH_MJp")
      .put("label", "Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering").put("ssyk", "5321")
      .put("group", "jY19_knH_MJp").put("field", Fixtures.FIELD_CARE);

  private static ConceptResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new ConceptResolver(TestApp.vocabulary().taxonomy());
  }

  private static JsonObject concept(String id, String label) {
    return new JsonObject().put("id", id).put("label", label);
  }

  private static Object resolved(ConceptType type, Object raw) {
    Resolution r = resolver.resolve(type, raw);
    return assertInstanceOf(Resolved.class, r, () -> type + " " + raw + " → " + r).value();
  }

  private static Unknown unknown(ConceptType type, Object raw) {
    Resolution r = resolver.resolve(type, raw);
    return assertInstanceOf(Unknown.class, r, () -> type + " " + raw + " → " + r);
  }

  @ParameterizedTest(name = "{0} \"{1}\" → {2}")
  @CsvSource(delimiter = '|', value = {
      "MUNICIPALITY     | 1280                | 1280",
      "MUNICIPALITY     | Malmö               | 1280",
      "MUNICIPALITY     | malmö               | 1280",
      "MUNICIPALITY     | ' MALMÖ '           | 1280",
      "MUNICIPALITY     | Malmö kommun        | 1280",
      "MUNICIPALITY     | oYPt_yRA_Smm        | 1280",
      "MUNICIPALITY     | Helsingborgs kommun | 1283",
      "DRIVING_LICENCE  | VTK8_WRx_GcM        | VTK8_WRx_GcM",
      "DRIVING_LICENCE  | B                   | VTK8_WRx_GcM",
      "DRIVING_LICENCE  | b                   | VTK8_WRx_GcM",
      "DRIVING_LICENCE  | B-körkort           | VTK8_WRx_GcM",
      "DRIVING_LICENCE  | körkort B           | VTK8_WRx_GcM",
      "DRIVING_LICENCE  | B körkort           | VTK8_WRx_GcM",
      "DRIVING_LICENCE  | B-kort              | VTK8_WRx_GcM",
      "DRIVING_LICENCE  | CE-kort             | zZu8_iZ9_wMH",
      "DRIVING_LICENCE  | CE-körkort          | zZu8_iZ9_wMH",
      "DRIVING_LICENCE  | Utökad B            | ftCQ_gFu_L4b",
      "LANGUAGE         | ar                  | 3iEY_RGP_qXq",
      "LANGUAGE         | AR                  | 3iEY_RGP_qXq",
      "LANGUAGE         | ara                 | 3iEY_RGP_qXq",
      "LANGUAGE         | Arabiska            | 3iEY_RGP_qXq",
      "LANGUAGE         | en                  | NVxJ_hLg_TYS",
      "LANGUAGE         | prs                 | Lozg_qhA_r3y",
      "SKILL            | MR4H_FFT_mTj        | MR4H_FFT_mTj",
      "SKILL            | omvårdnad           | MR4H_FFT_mTj",
      "OCCUPATION_FIELD | Hälso- och sjukvård | NYW6_mP6_vwf",
      "OCCUPATION_FIELD | NYW6_mP6_vwf        | NYW6_mP6_vwf",
      "OCCUPATION       | bSEB_VKd_Ub3        | bSEB_VKd_Ub3",
      "OCCUPATION       | restaurangbiträde   | yXRQ_Ad9_E8V",
      "OCCUPATION       | Målare              |",
      "OCCUPATION_GROUP | jY19_knH_MJp        | jY19_knH_MJp",
      "OCCUPATION_GROUP | 5321                | jY19_knH_MJp"})
  void resolvesIdsLabelsCodesAndAliases(ConceptType type, String raw, String id) {
    JsonObject value = (JsonObject) resolved(type, raw);
    if (id != null) {
      assertEquals(id, value.getString("id"), value.encode());
    }
    assertTrue(value.getString("label") != null && !value.getString("label").isEmpty(), value.encode());
  }

  @Test
  void aMunicipalityResolvesToItsCodeAndLabel() {
    assertEquals(MALMO, resolved(ConceptType.MUNICIPALITY, "Malmö kommun"));
    assertEquals(MALMO, resolved(ConceptType.MUNICIPALITY, "oYPt_yRA_Smm"));
  }

  @Test
  void aDrivingLicenceResolvesToItsConcept() {
    assertEquals(LICENCE_B, resolved(ConceptType.DRIVING_LICENCE, "B-körkort"));
  }

  @Test
  void aLanguageResolvesToIdAndLabelOnly() {
    assertEquals(concept("3iEY_RGP_qXq", "Arabiska"), resolved(ConceptType.LANGUAGE, "ara"));
  }

  @Test
  void anOccupationResolvesToAReferenceWithGroupAndField() {
    assertEquals(UNDERSKOTERSKA, resolved(ConceptType.OCCUPATION, Fixtures.UNDERSKOTERSKA));
    assertEquals(UNDERSKOTERSKA, resolved(ConceptType.OCCUPATION, "UNDERSKÖTERSKA, hemtjänst, äldreboende och habilitering"));
  }

  @Test
  void anOccupationLabelFallsBackToAnSsykGroupLabelOrCode() {
    assertEquals(UNDERSKOTERSKA_GROUP,
        resolved(ConceptType.OCCUPATION, "Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering"));
    assertEquals(UNDERSKOTERSKA_GROUP, resolved(ConceptType.OCCUPATION, "5321"));
    assertEquals(UNDERSKOTERSKA_GROUP, resolved(ConceptType.OCCUPATION, "jY19_knH_MJp"));
  }

  @Test
  void anOccupationNameWinsOverAGroupWithTheSameLabel() {
    JsonObject painter = (JsonObject) resolved(ConceptType.OCCUPATION, "Målare");
    assertTrue(!painter.getString("id").equals(painter.getString("group")), painter.encode());
  }

  @Test
  void labelsThatDifferOnlyInComparisonSignsResolveToTheirOwnSkill() {
    assertEquals("3JX4_aDd_5w6", ((JsonObject) resolved(ConceptType.SKILL, "Lastbilsmonterad kran < 18 ton/m")).getString("id"));
    assertEquals("CUMe_R2M_JXi", ((JsonObject) resolved(ConceptType.SKILL, "Lastbilsmonterad kran > 18 ton/m")).getString("id"));
  }

  @Test
  void anObjectWithAnIdResolvesByIdAndIgnoresAStaleLabel() {
    assertEquals(MALMO, resolved(ConceptType.MUNICIPALITY, new JsonObject().put("id", "1280").put("label", "Old name")));
    assertEquals(UNDERSKOTERSKA, resolved(ConceptType.OCCUPATION, UNDERSKOTERSKA.copy()), "a GET answer round-trips");
  }

  @Test
  void anObjectWithAnIdDoesNotResolveByLabel() {
    Unknown u = unknown(ConceptType.MUNICIPALITY, new JsonObject().put("id", "Malmö"));
    assertTrue(u.message().contains("'Malmö'"), u.message());
  }

  @Test
  void anObjectWithOnlyALabelResolvesByLabel() {
    assertEquals(MALMO, resolved(ConceptType.MUNICIPALITY, new JsonObject().put("label", "Malmö")));
  }

  @ParameterizedTest(name = "{0} \"{1}\" suggests {3}")
  @CsvSource(delimiter = '|', value = {
      "MUNICIPALITY    | Malmo       | unknown municipality 'Malmo'             | Malmö",
      "MUNICIPALITY    | Helsinborg  | unknown municipality 'Helsinborg'        | Helsingborg",
      "DRIVING_LICENCE | X           | unknown driving licence 'X'              | ",
      "LANGUAGE        | Arabsika    | unknown language 'Arabsika'              | Arabiska",
      "SKILL           | Omvardnad   | unknown skill 'Omvardnad'                | Omvårdnad",
      "OCCUPATION      | Lagerarbete | unknown occupation 'Lagerarbete'         | Lagerarbetare/Terminalarbetare"})
  void anUnknownValueNamesTheTypeAndSuggestsTheNearestLabels(ConceptType type, String raw, String message, String first) {
    Unknown u = unknown(type, raw);
    assertEquals(message, u.message());
    assertTrue(u.suggestions().size() <= 5, u.suggestions().toString());
    if (first != null) {
      assertEquals(first, u.suggestions().get(0), u.suggestions().toString());
    }
  }

  @Test
  void anOccupationTypoAlsoSuggestsGroupsWhenOccupationsRunShort() {
    Unknown u = unknown(ConceptType.OCCUPATION, "Optike");
    assertEquals("Optiker", u.suggestions().get(0), u.suggestions().toString());
    assertTrue(u.suggestions().contains("Optikerassistenter"), "the SSYK-4 group: " + u.suggestions());
    Taxonomy taxonomy = TestApp.vocabulary().taxonomy();
    assertTrue(taxonomy.groups().stream().anyMatch(g -> g.label().equals("Optikerassistenter")));
    assertTrue(taxonomy.occupations().stream().noneMatch(o -> o.label().equals("Optikerassistenter")));
  }

  @ParameterizedTest
  @CsvSource({"''", "'   '"})
  void anEmptyValueMustNameAConcept(String raw) {
    assertEquals(new Unknown("must name a municipality by id or label", List.of()), resolver.resolve(ConceptType.MUNICIPALITY, raw));
  }

  @Test
  void anObjectWithoutIdOrLabelMustNameAConcept() {
    assertEquals(new Unknown("must name a skill by id or label", List.of()),
        resolver.resolve(ConceptType.SKILL, new JsonObject().put("ssyk", "5321")));
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource({"SFI C, sfi-c, 3", "sfi-c, sfi-c, 3", "B1, cefr-b1, 5", "SvA 1, sva-1, 6", "ingen, none, 0"})
  void aSwedishLevelResolvesToItsCodeLabelAndScale(String raw, String code, int scale) {
    Resolution r = resolver.resolveSwedishLevel(raw);
    JsonObject level = (JsonObject) assertInstanceOf(Resolved.class, r).value();
    assertEquals(code, level.getString("code"));
    assertEquals(scale, level.getInteger("scale"));
    assertEquals(SwedishLevel.byCode(code).orElseThrow().label(), level.getString("label"));
  }

  @Test
  void aSwedishLevelObjectResolvesByItsCode() {
    Resolution r = resolver.resolveSwedishLevel(new JsonObject().put("code", "sva-grund").put("label", "stale").put("scale", 1));
    assertEquals(new JsonObject().put("code", "sva-grund").put("label", "Svenska som andraspråk, grundläggande").put("scale", 5),
        assertInstanceOf(Resolved.class, r).value());
  }

  @Test
  void anUnknownSwedishLevelListsTheAcceptedSpellings() {
    Unknown u = assertInstanceOf(Unknown.class, resolver.resolveSwedishLevel("SFI E"));
    assertTrue(u.message().startsWith("unknown Swedish level 'SFI E'"), u.message());
    assertEquals(SwedishLevel.EXAMPLES, u.suggestions());
  }

  @Test
  void resolveAllReplacesValuesInPlaceAndPointsAtEachUnknownOne() {
    JsonObject body = new JsonObject()
        .put("municipality", "Malmö")
        .put("experience", new JsonArray()
            .add(new JsonObject().put("occupation", "Undersköterska, hemtjänst, äldreboende och habilitering"))
            .add(new JsonObject().put("description", "Bagare i Aleppo"))
            .add(new JsonObject().put("occupation", "Rymdpilot")))
        .put("driving_licences", new JsonArray().add("B").add("Q-kort").add("CE"))
        .put("languages", new JsonObject().put("swedish", new JsonObject().put("level", "SFI E")));

    List<FieldError> errors = resolver.resolveAll(body, ProfileRules.CONCEPT_FIELDS);

    assertEquals(List.of("/languages/swedish/level", "/experience/2/occupation", "/driving_licences/1"),
        errors.stream().map(FieldError::pointer).toList());
    assertEquals("unknown driving licence 'Q-kort'", errors.get(2).message());
    assertEquals(MALMO, body.getJsonObject("municipality"));
    assertEquals(UNDERSKOTERSKA, body.getJsonArray("experience").getJsonObject(0).getJsonObject("occupation"));
    assertEquals(new JsonObject().put("description", "Bagare i Aleppo"), body.getJsonArray("experience").getJsonObject(1));
    assertEquals("Rymdpilot", body.getJsonArray("experience").getJsonObject(2).getString("occupation"), "an unknown value stays");
    assertEquals(new JsonArray().add(LICENCE_B).add("Q-kort").add(concept("zZu8_iZ9_wMH", "CE")), body.getJsonArray("driving_licences"));
  }

  @Test
  void resolveAllSkipsAbsentAndNullFields() {
    JsonObject body = new JsonObject().put("municipality", "1280").putNull("driving_licences");
    assertEquals(List.of(), resolver.resolveAll(body, ProfileRules.CONCEPT_FIELDS));
    assertEquals(MALMO, body.getJsonObject("municipality"));
  }

  @Test
  void resolveAllResolvesTheFixturesWithoutErrors() {
    assertEquals(List.of(), resolver.resolveAll(Fixtures.profile(), ProfileRules.CONCEPT_FIELDS));
    assertEquals(List.of(), resolver.resolveAll(Fixtures.placement(), OpportunityRules.CONCEPT_FIELDS));
    assertEquals(List.of(), resolver.resolveAll(Fixtures.extraJob(), OpportunityRules.CONCEPT_FIELDS));
    assertEquals(List.of(), resolver.resolveAll(Fixtures.course(), OpportunityRules.CONCEPT_FIELDS));
  }

  @Test
  void resolveAllPointsIntoNestedArrays() {
    JsonObject body = new JsonObject().put("languages", new JsonObject()
        .put("mother_tongues", new JsonArray().add("Arabiska").add("Klingon"))
        .put("other", new JsonArray().add(new JsonObject().put("language", "Engelska"))
            .add(new JsonObject().put("language", "Elviska"))));
    List<FieldError> errors = resolver.resolveAll(body, ProfileRules.CONCEPT_FIELDS);
    assertEquals(List.of("/languages/mother_tongues/1", "/languages/other/1/language"),
        errors.stream().map(FieldError::pointer).toList());
  }
}
