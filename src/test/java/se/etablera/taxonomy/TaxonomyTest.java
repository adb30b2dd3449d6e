package se.etablera.taxonomy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.etablera.taxonomy.Taxonomy.Municipality;
import se.etablera.taxonomy.Taxonomy.Substitute;
import se.etablera.testing.Fixtures;
import se.etablera.testing.TestApp;

/** The JobTech vocabulary as loaded from the class path: sizes, relations and look-ups. */
class TaxonomyTest {
  private static final String UNDERSKOTERSKA_GROUP = "jY19_knH_MJp";
  private static final String HEMSJUKVARDARE = "wvmE_VKa_dzo";
  private static final String STADARE = "KF64_AvU_S4N";

  private static Taxonomy taxonomy;

  @BeforeAll
  static void load() {
    taxonomy = TestApp.vocabulary().taxonomy();
  }

  @Test
  void holdsTheWholeVocabulary() {
    assertAll(
        () -> assertEquals(2412, taxonomy.occupations().size(), "occupation names"),
        () -> assertEquals(400, taxonomy.groups().size(), "SSYK-4 groups"),
        () -> assertEquals(21, taxonomy.fields().size(), "occupation fields"),
        () -> assertEquals(290, taxonomy.municipalities().size(), "municipalities"),
        () -> assertEquals(15, taxonomy.drivingLicences().size(), "driving licences"),
        () -> assertTrue(taxonomy.skills().size() > 6000, "skills: " + taxonomy.skills().size()),
        () -> assertTrue(taxonomy.languages().size() > 400, "languages: " + taxonomy.languages().size()));
  }

  @Test
  void everyMunicipalityHasAPointInsideSweden() {
    for (Municipality m : taxonomy.municipalities()) {
      assertTrue(m.lat() > 55.3 && m.lat() < 69.1 && m.lon() > 10.9 && m.lon() < 24.2, m.label() + " at " + m.lat() + "," + m.lon());
      assertTrue(m.code().matches("[0-9]{4}"), m.code());
    }
  }

  @Test
  void neighboursAreKnownMunicipalitiesAndTheRelationIsSymmetric() {
    for (Municipality m : taxonomy.municipalities()) {
      for (String code : m.neighbours()) {
        Municipality n = taxonomy.municipality(code).orElseThrow(() -> new AssertionError(m.label() + " neighbour " + code));
        assertTrue(n.neighbours().contains(m.code()), n.label() + " should border " + m.label());
      }
    }
  }

  @Test
  void everyOccupationHasAGroupAndEveryGroupAField() {
    for (Taxonomy.Occupation o : taxonomy.occupations()) {
      OccupationRef ref = taxonomy.occupationRef(o.id()).orElseThrow();
      assertTrue(taxonomy.field(ref.field()).isPresent(), o.label());
      assertTrue(ref.ssyk().matches("[0-9]{4}"), o.label() + " " + ref.ssyk());
    }
  }

  @Test
  void anOccupationNameRefersToItsGroupAndField() {
    OccupationRef ref = taxonomy.occupationRef(Fixtures.UNDERSKOTERSKA).orElseThrow();
    assertEquals(new OccupationRef(Fixtures.UNDERSKOTERSKA, "Undersköterska, hemtjänst, äldreboende och habilitering", "5321",
        UNDERSKOTERSKA_GROUP, Fixtures.FIELD_CARE), ref);
    assertFalse(ref.isGroupOnly());
    assertEquals("Hälso- och sjukvård", taxonomy.field(ref.field()).orElseThrow().label());
  }

  @Test
  void aGroupIdGivesAGroupOnlyReference() {
    OccupationRef ref = taxonomy.occupationRef(UNDERSKOTERSKA_GROUP).orElseThrow();
    assertEquals(new OccupationRef(UNDERSKOTERSKA_GROUP, "Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering",
        "5321", UNDERSKOTERSKA_GROUP, Fixtures.FIELD_CARE), ref);
    assertTrue(ref.isGroupOnly());
  }

  @ParameterizedTest
  @CsvSource({"nope_nop_nop", "''", "1280", "MR4H_FFT_mTj"})
  void anythingElseHasNoOccupationRef(String id) {
    assertEquals(Optional.empty(), taxonomy.occupationRef(id));
  }

  @Test
  void anUndersköterskaCanTakeAHemsjukvårdareJob() {
    assertEquals(List.of(new Substitute(HEMSJUKVARDARE, 75)), taxonomy.canTake(Fixtures.UNDERSKOTERSKA));
  }

  @Test
  void aVårdbiträdeCanTakeAnUndersköterskaJobWithSomeRelevantExperience() {
    List<Substitute> canTake = taxonomy.canTake(Fixtures.VARDBITRADE);
    assertTrue(canTake.contains(new Substitute(Fixtures.UNDERSKOTERSKA, 25)), canTake.toString());
    assertEquals(List.of(new Substitute("eU1q_zvL_9Rf", 75), new Substitute("enMi_XgH_GQc", 75)), canTake.subList(0, 2),
        "most substitutable first, then by id");
  }

  @Test
  void canTakeIsSortedByPercentageDescendingForEveryOccupation() {
    Comparator<Substitute> order = Comparator.comparingInt(Substitute::percentage).reversed()
        .thenComparing(Substitute::occupationId);
    for (Taxonomy.Occupation o : taxonomy.occupations()) {
      List<Substitute> list = taxonomy.canTake(o.id());
      assertEquals(list.stream().sorted(order).toList(), list, o.label());
      list.forEach(s -> assertTrue(taxonomy.occupation(s.occupationId()).isPresent(), s.occupationId()));
    }
  }

  @Test
  void anUnknownOccupationCanTakeNothing() {
    assertEquals(List.of(), taxonomy.canTake("nope_nop_nop"));
  }

  @Test
  void skillsOfAGroupAreKnownSkills() {
    var skills = taxonomy.skillsOfGroup(UNDERSKOTERSKA_GROUP);
    assertEquals(50, skills.size());
    assertTrue(skills.contains("4QAE_wtY_gJh"), "Yrkesetik inom hälso- och sjukvård");
    skills.forEach(id -> assertTrue(taxonomy.skill(id).isPresent(), id));
    assertEquals(Set.of(), taxonomy.skillsOfGroup(Fixtures.UNDERSKOTERSKA), "an occupation name is not a group");
  }

  @ParameterizedTest(name = "{1}: {2}")
  @CsvSource({
      "KF64_AvU_S4N, Städare, true",
      "2qmv_BHZ_kuo, Industristädare, true",
      "3wHJ_rrt_WDK, Entrévärd, true",
      "bSEB_VKd_Ub3, Undersköterska, false",
      "nope_nop_nop, unknown, false"})
  void someOccupationsRequireNoEducation(String id, String label, boolean none) {
    assertEquals(none, taxonomy.requiresNoEducation(id));
  }

  @Test
  void aMunicipalityIsFoundByCodeAndByConceptId() {
    Municipality byCode = taxonomy.municipality(Fixtures.MALMO).orElseThrow();
    assertEquals(byCode, taxonomy.municipality("oYPt_yRA_Smm").orElseThrow());
    assertEquals("Malmö", byCode.label());
    assertEquals("Skåne län", byCode.countyName());
    assertEquals(List.of("1230", "1231", "1233", "1263"), byCode.neighbours());
    assertEquals(55.5976, byCode.lat(), 1e-3);
    assertEquals(Optional.empty(), taxonomy.municipality("9999"));
  }

  @Test
  void islandsHaveNoNeighbours() {
    assertEquals(List.of(), taxonomy.municipality("0980").orElseThrow().neighbours(), "Gotland");
  }

  @ParameterizedTest
  @CsvSource({"Åkersberga", "åkersberga", "ÅKERSBERGA "})
  void aPlaceIsFoundByNameWithItsMunicipality(String name) {
    List<Taxonomy.Place> places = taxonomy.places(name);
    assertEquals(1, places.size(), places.toString());
    assertEquals("0117", places.get(0).municipalityCode(), "Österåker");
    assertEquals(59.48, places.get(0).lat(), 0.01);
  }

  @Test
  void anUnknownPlaceIsEmpty() {
    assertEquals(List.of(), taxonomy.places("Ingenstans"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "bSEB_VKd_Ub3 | Undersköterska, hemtjänst, äldreboende och habilitering",
      "jY19_knH_MJp | Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering",
      "NYW6_mP6_vwf | Hälso- och sjukvård",
      "MR4H_FFT_mTj | Omvårdnad",
      "3iEY_RGP_qXq | Arabiska",
      "VTK8_WRx_GcM | B",
      "1280         | Malmö",
      "oYPt_yRA_Smm | Malmö",
      "nope_nop_nop | nope_nop_nop"})
  void labelNamesAnyConceptAndFallsBackToTheId(String id, String label) {
    assertEquals(label, taxonomy.label(id));
  }

  @ParameterizedTest
  @EnumSource(ConceptType.class)
  void everyConceptTypeHasALabelIndex(ConceptType type) {
    LabelIndex index = taxonomy.index(type);
    assertNotNull(index);
    assertTrue(index.size() > 0, type.name());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a,b,c              | a;b;c",
      "\"a,b\",c          | a,b;c",
      "\"say \"\"hi\"\"\",x | say \"hi\";x",
      "a,,c               | a;;c",
      "''                 | ''"})
  void csvLinesSplitOnCommasOutsideQuotes(String line, String fields) {
    assertEquals(fields, String.join(";", Taxonomy.splitCsv(line)));
  }
}
