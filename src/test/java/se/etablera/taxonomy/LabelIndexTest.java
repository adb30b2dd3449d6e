package se.etablera.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.etablera.taxonomy.LabelIndex.Hit;
import se.etablera.testing.TestApp;

/** Label look-up: exact matching, type-ahead ranking and typo-tolerant suggestions. */
class LabelIndexTest {
  private static Taxonomy taxonomy;

  @BeforeAll
  static void load() {
    taxonomy = TestApp.vocabulary().taxonomy();
  }

  /** An index of "id=label" entries, in the order given. */
  private static LabelIndex index(String... entries) {
    LabelIndex index = new LabelIndex();
    for (String e : entries) {
      String[] parts = e.split("=", 2);
      index.add(parts[0], parts[1]);
    }
    return index;
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Undersköterska, hemtjänst",
      "undersköterska hemtjänst",
      "UNDERSKÖTERSKA -- HEMTJÄNST",
      "'  undersköterska,hemtjänst.  '"})
  void exactIgnoresCaseSpacingAndPunctuation(String text) {
    LabelIndex index = index("u=Undersköterska", "uh=Undersköterska, hemtjänst");
    assertEquals(List.of("uh"), index.exact(text));
  }

  @Test
  void exactDoesNotFoldDiacritics() {
    LabelIndex index = index("u=Undersköterska");
    assertEquals(List.of(), index.exact("Underskoterska"));
  }

  @Test
  void exactMatchesAliasesAndReturnsEveryIdWithTheLabel() {
    LabelIndex index = new LabelIndex();
    index.add("b", "B", "B-körkort", "körkort B");
    index.add("b2", "B");
    assertEquals(List.of("b", "b2"), index.exact("b"));
    assertEquals(List.of("b"), index.exact("b körkort"));
    assertEquals(List.of("b"), index.exact("Körkort B"));
    assertEquals(List.of(), index.exact("körkort"));
  }

  @Test
  void blankAliasesAreIgnored() {
    LabelIndex index = new LabelIndex();
    index.add("x", "Xylofon", null, "", " ");
    assertEquals(List.of(), index.exact(""));
  }

  @Test
  void searchRanksExactThenPrefixThenWordPrefixThenSubstring() {
    LabelIndex index = index(
        "substring=Centrallagerchef",
        "word=Truckförare, lager",
        "prefix=Lagerarbetare",
        "none=Kock",
        "exact=Lager");
    List<Hit> hits = index.search("lager", 10);
    assertEquals(List.of("exact", "prefix", "word", "substring"), ids(hits));
    assertEquals(100, hits.get(0).score());
  }

  @Test
  void aPrefixMatchOutranksAWordPrefixMatchEvenWhenMuchLonger() {
    LabelIndex index = index(
        "word=A kock",
        "prefix=Kockaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    assertEquals(List.of("prefix", "word"), ids(index.search("kock", 10)));
  }

  @Test
  void shorterLabelsWinWithinARankAndTiesGoByLabel() {
    LabelIndex index = index("long=Lagerarbetare, natt", "b=Lager b", "a=Lager a");
    assertEquals(List.of("a", "b", "long"), ids(index.search("lager", 10)));
  }

  @Test
  void everyQueryWordMustStartALabelWord() {
    LabelIndex index = index("1=Undersköterska, hemtjänst", "2=Undersköterska, akutmottagning");
    assertEquals(List.of("1"), ids(index.search("hem under", 10)));
  }

  @Test
  void searchMatchesAliasesAndAnswersWithThePreferredLabel() {
    LabelIndex index = new LabelIndex();
    index.add("1280", "Malmö", "Malmö kommun");
    index.add("1283", "Helsingborg", "Helsingborgs kommun");
    assertEquals(List.of(new Hit("1280", "Malmö", 100)), index.search("malmö kommun", 10));
    assertEquals("1283", index.search("helsingborgs", 10).get(0).id(), "alias prefix");
  }

  @Test
  void searchHonoursTheLimit() {
    LabelIndex index = index("1=Lager a", "2=Lager b", "3=Lager c");
    assertEquals(2, index.search("lager", 2).size());
    assertEquals(List.of(), index.search("lager", 0));
  }

  @Test
  void anEmptyQueryListsTheFirstEntriesInOrder() {
    LabelIndex index = index("1=Kock", "2=Bagare", "3=Städare");
    assertEquals(List.of("1", "2"), ids(index.search("  ", 2)));
  }

  @Test
  void searchFindsNothingForUnrelatedText() {
    assertEquals(List.of(), index("1=Kock").search("zebra", 10));
  }

  @ParameterizedTest(name = "{0}: \"{1}\" → {2}")
  @CsvSource(delimiter = '|', value = {
      "OCCUPATION      | Underskoterska hemtjanst | Undersköterska, hemtjänst",
      "OCCUPATION      | Lagerarbetrae            | Lagerarbetare",
      "MUNICIPALITY    | Malmo                    | Malmö",
      "MUNICIPALITY    | Helsinborg               | Helsingborg",
      "MUNICIPALITY    | Götebrog                 | Göteborg",
      "LANGUAGE        | Arabsika                 | Arabiska",
      "SKILL           | Omvardnad                | Omvårdnad",
      "OCCUPATION_FIELD| Halso och sjukvard       | Hälso- och sjukvård"})
  void suggestPutsTheIntendedLabelFirstForATypo(ConceptType type, String typo, String intended) {
    List<String> suggestions = taxonomy.index(type).suggest(typo, 5);
    assertTrue(!suggestions.isEmpty() && suggestions.get(0).startsWith(intended), typo + " → " + suggestions);
  }

  @Test
  void suggestForgivesMissingDiacriticsInALongLabel() {
    List<String> suggestions = taxonomy.index(ConceptType.OCCUPATION).suggest("Underskoterska", 5);
    assertTrue(suggestions.get(0).startsWith("Undersköterska"), suggestions.toString());
  }

  @Test
  void suggestHonoursTheLimitAndNamesEachLabelOnce() {
    List<String> suggestions = taxonomy.index(ConceptType.OCCUPATION).suggest("Underskoterska", 3);
    assertEquals(3, suggestions.size(), suggestions.toString());
    assertEquals(3, suggestions.stream().distinct().count(), suggestions.toString());
  }

  @Test
  void suggestFindsNothingForNonsense() {
    assertEquals(List.of(), taxonomy.index(ConceptType.MUNICIPALITY).suggest("qqqqxxxzz", 5));
  }

  @Test
  void suggestStartsWithSearchHits() {
    LabelIndex index = index("1=Kockbiträde", "2=Kock");
    assertEquals(List.of("Kock", "Kockbiträde"), index.suggest("kock", 5));
  }
}
