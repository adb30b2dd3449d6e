package se.etablera.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.etablera.nlp.Extracted.Kind;
import se.etablera.nlp.Extracted.Requirement;
import se.etablera.taxonomy.Concept;

/** Each kind of concept the analyzer extracts, with its details. */
class ExtractionTest {
  private final TextAnalyzer analyzer = Analyzers.ANALYZER;

  private List<Extracted> find(String text, Kind kind) {
    return analyzer.analyze(text).concepts(kind);
  }

  private Optional<Extracted> first(String text, Kind kind, String id) {
    return find(text, kind).stream().filter(e -> id.equals(e.id())).findFirst();
  }

  private static String licence(String label) {
    return Analyzers.TAXONOMY.drivingLicences().stream().filter(l -> l.label().equals(label)).map(Concept::id)
        .findFirst().orElseThrow();
  }

  private static String skill(String label) {
    return Analyzers.TAXONOMY.skills().stream().filter(s -> s.label().equals(label)).map(Concept::id)
        .findFirst().orElseThrow();
  }

  private static String language(String label) {
    return Analyzers.TAXONOMY.languages().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow().id();
  }

  @Test
  void occupationComesWithItsGroupAndField() {
    List<Extracted> occupations = find("Lagerarbetare till Borås\nVi söker en lagerarbetare med truckkort.",
        Kind.OCCUPATION);
    Extracted best = occupations.get(0);
    assertEquals(Analyzers.group("4322"), best.group());
    assertEquals(Analyzers.field("4322"), best.field());
    assertEquals("Lagerarbetare", best.text());
    assertTrue(Analyzers.TAXONOMY.occupation(best.id()).isPresent(), "a current taxonomy occupation: " + best.id());
  }

  @Test
  void occupationsAreRankedCandidatesBestFirst() {
    List<Extracted> occupations = find("Undersköterska till hemtjänsten\nDu arbetar i hemtjänsten med äldre.",
        Kind.OCCUPATION);
    assertTrue(occupations.size() >= 2, occupations.toString());
    for (int i = 1; i < occupations.size(); i++) {
      assertTrue(occupations.get(i - 1).confidence() >= occupations.get(i).confidence());
    }
    assertEquals(Analyzers.group("5321"), occupations.get(0).group(), "the qualifier hemtjänst decides");
  }

  @Test
  void theHeadlineOutweighsOccupationsMentionedInTheBody() {
    String ad = "Sjuksköterska till akuten\nDu arbetar tillsammans med läkare, undersköterskor och läkare.";
    assertEquals(Analyzers.group("2221"), find(ad, Kind.OCCUPATION).get(0).group());
  }

  @Test
  void abbreviationsAndRetiredOccupationNamesResolve() {
    Extracted usk = find("Vi söker en usk till vårt äldreboende.", Kind.OCCUPATION).get(0);
    assertTrue(usk.group().equals(Analyzers.group("5321")) || usk.group().equals(Analyzers.group("5323")), usk.toString());
    assertEquals("usk", usk.text());
    Extracted nanny = find("Barnvakt sökes\nVi söker en barnvakt två kvällar i veckan.", Kind.OCCUPATION).get(0);
    assertEquals(Analyzers.group("9119"), nanny.group(), "Barnvakt is a 2020 name of group 9119");
    Extracted generalWord = find("Järvenskolan söker lärare\nVi har 400 elever i grundskolan, årskurs 1-9.",
        Kind.OCCUPATION).get(0);
    assertEquals(Analyzers.group("2341"), generalWord.group(), "lärare plus grundskolan: grundskollärare");
  }

  @Test
  void withoutAnOccupationNameTheSkillsSuggestTheGroup() {
    Analysis a = analyzer.analyze("Erfarenhet av orderplockning, truckvana, varumottagning och lagerinventering.");
    Extracted best = a.concepts(Kind.OCCUPATION).get(0);
    assertEquals(Analyzers.group("4322"), best.group());
    assertTrue(best.confidence() <= 0.3, "inferred, so uncertain: " + best.confidence());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("inferred from the skills")), a.notes().toString());
  }

  @Test
  void skillsAreTaxonomyConceptsFoundInInflectedForms() {
    String text = "Du har erfarenhet av leverantörsreskontran och kundreskontra samt MS Excel.";
    assertTrue(first(text, Kind.SKILL, skill("Leverantörsreskontra")).isPresent());
    assertTrue(first(text, Kind.SKILL, skill("Kundreskontra")).isPresent());
    assertTrue(first(text, Kind.SKILL, skill("MS Excel")).isPresent());
  }

  @Test
  void truckkortIsTheForkliftCertificateSkill() {
    Extracted truck = first("Truckkort är meriterande.", Kind.SKILL, skill("Utbildningsbevis enligt TLP 10 för truckförare"))
        .orElseThrow();
    assertEquals("Truckkort", truck.text());
  }

  @Test
  void productNamesMustBeWrittenAsNames() {
    assertTrue(first("Vi arbetar med Java och Scala.", Kind.SKILL, skill("Scala, affärssystem")).isPresent());
    assertTrue(first("Vi vill scale up the team.", Kind.SKILL, skill("Scala, affärssystem")).isEmpty());
  }

  @Test
  void languagesWithTheirLevels() {
    List<Extracted> languages = find("Du talar flytande arabiska och engelska på B2-nivå. Somaliska är ditt modersmål.",
        Kind.LANGUAGE);
    assertEquals("C1", level(languages, "Arabiska"));
    assertEquals("B2", level(languages, "Engelska"));
    assertEquals("native", level(languages, "Somaliska"));
    List<Extracted> english = find("You are fluent in Swedish and English.", Kind.LANGUAGE);
    assertEquals(language("Svenska"), english.get(0).id());
    assertEquals(2, english.size());
  }

  @Test
  void eachLevelGoesToTheNearestLanguageOfItsClause() {
    List<Extracted> languages = find("Han pratar arabiska som modersmål och lite engelska. Svenska B1, engelska A2.",
        Kind.LANGUAGE);
    assertEquals("native", languages.stream().filter(l -> l.label().equals("Arabiska")).findFirst().orElseThrow().level());
    assertEquals("B1", level(languages, "Svenska"));
    assertEquals(List.of("A2"), languages.stream().filter(l -> l.label().equals("Engelska")).map(Extracted::level).toList(),
        "one result per language, with the level stated for it");
  }

  @Test
  void competencesSaidToBeMissingAreNotExtracted() {
    assertTrue(find("Körkort saknas.", Kind.DRIVING_LICENCE).isEmpty());
    assertTrue(find("Hon har inget körkort.", Kind.DRIVING_LICENCE).isEmpty());
    assertTrue(find("Han talar inte svenska ännu.", Kind.LANGUAGE).isEmpty());
    assertFalse(find("Körkort är inget krav.", Kind.DRIVING_LICENCE).isEmpty(), "a requirement statement, not a lack");
  }

  @Test
  void languageNamesUsedAsAdjectivesAreNotLanguages() {
    assertTrue(find("Vi är ett av Sveriges största svenska företag och samarbetar med Svenska kyrkan.", Kind.LANGUAGE)
        .isEmpty());
    assertFalse(find("Du behärskar svenska i tal och skrift.", Kind.LANGUAGE).isEmpty());
  }

  private static String level(List<Extracted> languages, String label) {
    return languages.stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow().level();
  }

  @Test
  void drivingLicencesByClass() {
    assertEquals(licence("B"), find("Du har B-körkort.", Kind.DRIVING_LICENCE).get(0).id());
    assertEquals(licence("CE"), find("CE-kort krävs.", Kind.DRIVING_LICENCE).get(0).id());
    List<Extracted> trucker = find("Körkort C och CE är ett krav.", Kind.DRIVING_LICENCE);
    assertEquals(List.of(licence("C"), licence("CE")), trucker.stream().map(Extracted::id).toList());
    List<Extracted> before = find("Du har C/CE körkort.", Kind.DRIVING_LICENCE);
    assertEquals(2, before.size(), before.toString());
  }

  @Test
  void aBareKörkortMeansClassBWithLessConfidence() {
    Extracted bare = find("Körkort är ett krav.", Kind.DRIVING_LICENCE).get(0);
    Extracted explicit = find("B-körkort är ett krav.", Kind.DRIVING_LICENCE).get(0);
    assertEquals(licence("B"), bare.id());
    assertTrue(bare.confidence() < explicit.confidence());
  }

  @Test
  void theSwedishRequirementAsSfiCourseCefrOrSva() {
    assertEquals("sfi-c", find("Krav: SFI C", Kind.SWEDISH_LEVEL).get(0).id());
    assertEquals("sfi-d", find("Du har läst sfi kurs D.", Kind.SWEDISH_LEVEL).get(0).id());
    assertEquals("sfi-b", find("Lägst SFI-B.", Kind.SWEDISH_LEVEL).get(0).id());
    assertEquals("cefr-b1", find("Du talar svenska på B1-nivå.", Kind.SWEDISH_LEVEL).get(0).id());
    assertEquals("sva-grund", find("Du har läst SvA grund.", Kind.SWEDISH_LEVEL).get(0).id());
    assertEquals("sva-2", find("Svenska som andraspråk 2 är klar.", Kind.SWEDISH_LEVEL).get(0).id());
    assertTrue(find("Du har B-körkort och talar engelska på B1-nivå.", Kind.SWEDISH_LEVEL).isEmpty(),
        "a CEFR level of another language is not the Swedish requirement");
  }

  @Test
  void municipalitiesAndPlaces() {
    Extracted uddevalla = find("Arbetet är i Uddevalla.", Kind.MUNICIPALITY).get(0);
    assertEquals("1485", uddevalla.id());
    Extracted place = find("Assistent sökes till ung man i Västerhaninge!", Kind.PLACE).get(0);
    assertEquals("0136", place.id(), "the place's municipality, Haninge");
    assertEquals("Västerhaninge", place.text());
    assertTrue(find("Det ska vara roligt att gå till jobbet.", Kind.MUNICIPALITY).isEmpty());
    assertEquals("1470", find("Tjänsten finns i Vara kommun.", Kind.MUNICIPALITY).get(0).id());
  }

  @Test
  void hoursAndPartTime() {
    Extracted percent = find("Tjänsten är på 75 %.", Kind.HOURS).get(0);
    assertEquals(30, percent.hoursPerWeek());
    assertTrue(percent.partTime());
    assertNull(percent.id());
    Extracted full = find("Heltid, tillsvidare.", Kind.HOURS).get(0);
    assertEquals(40, full.hoursPerWeek());
    assertFalse(full.partTime());
    Extracted weekly = find("Du arbetar 20 timmar/vecka.", Kind.HOURS).get(0);
    assertEquals(20, weekly.hoursPerWeek());
    assertTrue(weekly.partTime());
    assertTrue(find("Deltid", Kind.HOURS).get(0).partTime());
    assertTrue(find("Du får 20 % i provision på allt du säljer.", Kind.HOURS).isEmpty());
  }

  @Test
  void mustHaveAndNiceToHaveInTheSameSentenceOrUnderAHeading() {
    String inline = "B-körkort är ett krav och truckkort är meriterande.";
    assertEquals(Requirement.MUST, find(inline, Kind.DRIVING_LICENCE).get(0).requirement());
    assertEquals(Requirement.NICE, find(inline, Kind.SKILL).get(0).requirement());
    String lists = "Krav:\n- B-körkort\n- SFI C\n\nMeriterande:\n- Truckkort\n- Arabiska";
    Analysis a = analyzer.analyze(lists);
    assertEquals(Requirement.MUST, a.concepts(Kind.DRIVING_LICENCE).get(0).requirement());
    assertEquals(Requirement.MUST, a.concepts(Kind.SWEDISH_LEVEL).get(0).requirement());
    assertEquals(Requirement.NICE, a.concepts(Kind.SKILL).get(0).requirement());
    assertEquals(Requirement.NICE, a.concepts(Kind.LANGUAGE).get(0).requirement());
    assertEquals(Requirement.MUST, find("You must have a driving licence (B).", Kind.DRIVING_LICENCE).get(0).requirement());
    assertEquals(Requirement.UNSPECIFIED, find("Körkort är inget krav.", Kind.DRIVING_LICENCE).get(0).requirement());
    assertEquals(Requirement.UNSPECIFIED, find("Du har körkort.", Kind.DRIVING_LICENCE).get(0).requirement());
    List<Extracted> english = find("Fluent English is required; Swedish is a plus.", Kind.LANGUAGE);
    assertEquals(List.of(Requirement.MUST, Requirement.NICE), english.stream().map(Extracted::requirement).toList());
  }
}
