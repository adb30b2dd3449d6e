package se.etablera.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** One scale for SFI courses, CEFR levels and Swedish as a second language, however they are written. */
class SwedishLevelTest {
  private static final List<String> CODES = List.of("none", "sfi-a", "sfi-b", "sfi-c", "sfi-d", "sva-grund", "sva-1", "sva-2",
      "sva-3", "cefr-a1", "cefr-a2", "cefr-b1", "cefr-b2", "cefr-c1", "cefr-c2");

  private static int scale(String code) {
    return SwedishLevel.byCode(code).orElseThrow().scale();
  }

  @ParameterizedTest(name = "\"{0}\" → {1} ({2})")
  @CsvSource(delimiter = '|', value = {
      "SFI C                             | sfi-c     | 3",
      "sfi kurs c                        | sfi-c     | 3",
      "SFI, kurs C                       | sfi-c     | 3",
      "C                                 | sfi-c     | 3",
      "c-kursen                          | sfi-c     | 3",
      "Kurs C                            | sfi-c     | 3",
      "SFI-D                             | sfi-d     | 4",
      "sfi d (godkänd)                   | sfi-d     | 4",
      "SFI A                             | sfi-a     | 1",
      "Svenska för invandrare kurs B     | sfi-b     | 2",
      "svenska för invandrare, B         | sfi-b     | 2",
      "B1                                | cefr-b1   | 5",
      "b 1                               | cefr-b1   | 5",
      "A1                                | cefr-a1   | 2",
      "cefr a2                           | cefr-a2   | 3",
      "CEFR-C2                           | cefr-c2   | 9",
      "GERS B2                           | cefr-b2   | 7",
      "C1                                | cefr-c1   | 8",
      "SvA grund                         | sva-grund | 5",
      "SvA grundläggande                 | sva-grund | 5",
      "sva grundnivå                     | sva-grund | 5",
      "SAS 1                             | sva-1     | 6",
      "SvA 3                             | sva-3     | 8",
      "svenska som andraspråk 2          | sva-2     | 7",
      "Svenska som andra språk 3         | sva-3     | 8",
      "Svenska som andraspråk, grundläggande | sva-grund | 5",
      "ingen                             | none      | 0",
      "Ingen svenska                     | none      | 0",
      "none                              | none      | 0",
      "sva-grund                         | sva-grund | 5",
      "sfi-b                             | sfi-b     | 2",
      "cefr-b2                           | cefr-b2   | 7"})
  void parsesManySpellings(String text, String code, int scale) {
    SwedishLevel level = SwedishLevel.parse(text).orElseThrow(() -> new AssertionError("no level for " + text));
    assertEquals(code, level.code());
    assertEquals(scale, level.scale());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {"SFI E", "E", "sfi", "D1", "SFI C1", "SvA 4", "A3", "flytande", "svenska", "SvA", "kurs", "CEFR"})
  void anUnknownSpellingIsEmpty(String text) {
    assertEquals(Optional.empty(), SwedishLevel.parse(text));
  }

  static Stream<String> codes() {
    return CODES.stream();
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyLevelParsesFromItsCodeAndItsLabel(String code) {
    SwedishLevel level = SwedishLevel.byCode(code).orElseThrow();
    assertEquals(Optional.of(level), SwedishLevel.parse(code));
    assertEquals(Optional.of(level), SwedishLevel.parse(level.label()));
  }

  @Test
  void theScaleRisesThroughSfiThenSva() {
    List<String> rising = List.of("none", "sfi-a", "sfi-b", "sfi-c", "sfi-d", "sva-grund", "sva-1", "sva-2", "sva-3", "cefr-c2");
    for (int i = 1; i < rising.size(); i++) {
      assertTrue(scale(rising.get(i - 1)) < scale(rising.get(i)), rising.get(i - 1) + " < " + rising.get(i));
    }
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"cefr-a1, sfi-b", "cefr-a2, sfi-c", "cefr-b1, sva-grund", "cefr-b2, sva-2", "cefr-c1, sva-3"})
  void cefrLevelsSitOnTheSameScale(String cefr, String equivalent) {
    assertEquals(scale(equivalent), scale(cefr));
  }

  @Test
  void atLeastComparesOnTheScale() {
    SwedishLevel b1 = SwedishLevel.byCode("cefr-b1").orElseThrow();
    SwedishLevel grund = SwedishLevel.byCode("sva-grund").orElseThrow();
    SwedishLevel sfiD = SwedishLevel.byCode("sfi-d").orElseThrow();
    assertTrue(b1.atLeast(grund));
    assertTrue(grund.atLeast(b1));
    assertTrue(b1.atLeast(sfiD));
    assertFalse(sfiD.atLeast(b1));
  }

  @ParameterizedTest
  @CsvSource({"0, ''", "1, sfi-a", "2, sfi-b", "3, sfi-c", "4, sfi-d", "5, ''"})
  void theSfiCourseAtAScaleValue(int scale, String code) {
    assertEquals(code.isEmpty() ? Optional.empty() : SwedishLevel.byCode(code), SwedishLevel.sfiCourse(scale));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "none      | No Swedish",
      "sfi-c     | SFI course C",
      "sva-grund | Swedish as a second language, basic",
      "sva-2     | Swedish as a second language 2",
      "cefr-b1   | CEFR B1"})
  void labelInEnglish(String code, String english) {
    assertEquals(english, SwedishLevel.byCode(code).orElseThrow().labelIn(Locale.ENGLISH));
  }

  @ParameterizedTest
  @MethodSource("codes")
  void labelInSwedishIsTheLabel(String code) {
    SwedishLevel level = SwedishLevel.byCode(code).orElseThrow();
    assertEquals(level.label(), level.labelIn(Locale.forLanguageTag("sv-SE")));
  }

  @Test
  void theExamplesInErrorMessagesAllParse() {
    SwedishLevel.EXAMPLES.forEach(e -> assertTrue(SwedishLevel.parse(e).isPresent(), e));
  }
}
