package se.etablera.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Swedish word forms: what Snowball does, and what the project adds where Snowball falls short. */
class MorphologyTest {
  private final Morphology morphology = Analyzers.ANALYZER.morphology();

  @Test
  void snowballAloneMissesDefiniteForms() {
    assertEquals("underskötersk", morphology.stem("undersköterska"));
    assertEquals("undersköterskan", morphology.stem("undersköterskan"));
    assertEquals("lagerarbetet", morphology.stem("lagerarbetet"));
  }

  @ParameterizedTest(name = "{0} has the key of {1}")
  @CsvSource({
      "undersköterskan, undersköterska",
      "undersköterskans, undersköterska",
      "undersköterskorna, undersköterska",
      "lagerarbetet, lagerarbete",
      "körkortet, körkort",
      "vårdbiträdet, vårdbiträde",
      "lagret, lager"})
  void definiteAndGenitiveFormsShareTheKeyOfTheIndefinite(String inflected, String base) {
    assertEquals(morphology.key(base), morphology.key(inflected));
  }

  @ParameterizedTest(name = "{0} has the key of {1}")
  @CsvSource({
      "lagerarbetarna, lagerarbetare",
      "lagerarbetaren, lagerarbetare",
      "truckförarna, truckförare",
      "barnsjuksköterskorna, barnsjuksköterska",
      "lastbilschaufförerna, lastbilschaufför",
      "undersköterskeutbildningen, undersköterskeutbildning"})
  void inflectedCompoundsShareTheKeyOfTheirBaseForm(String inflected, String base) {
    assertEquals(morphology.key(base), morphology.key(inflected));
  }

  @Test
  void definiteEndingsAreOnlyRemovedWhenTheVocabularyConfirmsTheRest() {
    assertEquals("sedan", morphology.baseForm("sedan"));
    assertEquals("undersköterska", morphology.baseForm("undersköterskan"));
    assertEquals("lagerarbete", morphology.baseForm("lagerarbetet"));
  }

  @Test
  void agentNounsAreNotMergedWithTheirVerbOrField() {
    assertNotEquals(morphology.key("säljer"), morphology.key("säljare"));
    assertNotEquals(morphology.key("lär"), morphology.key("lärare"));
    assertNotEquals(morphology.key("matematik"), morphology.key("matematiker"));
    assertEquals(morphology.key("säljare"), morphology.key("säljarna"));
    assertEquals(morphology.key("tekniker"), morphology.key("teknikern"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "lagerarbetare, lager+arbetare",
      "truckförare, truck+förare",
      "sjuksköterska, sjuk+sköterska",
      "grundskollärare, grund+skollärare",
      "undersköterskor, under+sköterskor",
      "kock, kock",
      "lärare, lärare"})
  void compoundsSplitIntoKnownParts(String word, String parts) {
    assertEquals(List.of(parts.split("\\+")), morphology.split(word));
  }

  @Test
  void compoundsSplitDownToSimpleWords() {
    assertEquals(List.of("grund", "skol", "lärare"), morphology.allParts("grundskollärare"));
  }

  @Test
  void searchTokensCarryCompoundPartsSoQueriesMeetDocuments() {
    TextAnalyzer analyzer = Analyzers.ANALYZER;
    List<String> tokens = analyzer.searchTokens("Lagerarbetare");
    assertTrue(tokens.containsAll(List.of(morphology.key("lagerarbetare"), morphology.key("lager"),
        morphology.key("arbetare"))), tokens.toString());
    List<String> document = analyzer.searchTokens("Vi söker undersköterskor till lagerarbetet");
    assertTrue(document.containsAll(analyzer.searchTokens("undersköterskan")), document.toString());
    assertTrue(document.containsAll(analyzer.searchTokens("lagerarbete")), document.toString());
    assertTrue(analyzer.searchTokens("och i det").isEmpty(), "stop words are not indexed");
    assertEquals(String.join(" ", analyzer.searchTokens("B-körkortet krävs")), analyzer.searchText("B-körkortet krävs"));
    assertTrue(analyzer.searchTokens("B-körkortet").containsAll(analyzer.searchTokens("b-körkort")));
  }

  @Test
  void termKeysAreEqualForFormsOfOnePhrase() {
    TextAnalyzer analyzer = Analyzers.ANALYZER;
    assertEquals(analyzer.termKey("Palliativ vård"), analyzer.termKey("palliativa vården"));
    assertEquals(analyzer.termKey("Undersköterskor"), analyzer.termKey("undersköterskan"));
  }

  @ParameterizedTest(name = "{0} splits as {1} + {2}")
  @CsvSource({
      "butiksmedarbetare, butiks, medarbetare",
      "revisionsmedarbetare, revisions, medarbetare",
      "företagssäljare, företags, säljare",
      "systemsäljare, system, säljare"})
  void theLinkingSBelongsToTheModifierWhenTheRestIsTheMoreProductiveHead(String word, String modifier, String head) {
    // "smedarbetare" and "äljare" are in the vocabulary too, but far fewer words end in them
    assertEquals(List.of(modifier, head), morphology.split(word));
  }

  @Test
  void englishPluralsOfAgentNounsShareTheKeyOfTheSingular() {
    assertEquals(morphology.key("manager"), morphology.key("managers"));
    assertEquals(morphology.key("officer"), morphology.key("officers"));
    assertEquals("developer", morphology.baseForm("developers"));
  }
}
