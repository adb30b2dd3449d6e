package se.etablera.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Normalisation shared by every label look-up. */
class TextTest {

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Undersköterska, hemtjänst       | undersköterska hemtjänst",
      "'  Malmö   kommun  '            | malmö kommun",
      "ÅÄÖ                             | åäö",
      "Lagerarbetare/Terminalarbetare  | lagerarbetare terminalarbetare",
      "B-körkort                       | b körkort",
      "Hälso- och sjukvård             | hälso och sjukvård",
      "C++                             | c++",
      "C#                              | c#",
      "SFI kurs C.                     | sfi kurs c",
      "'--'                            | ''",
      "''                              | ''"})
  void normalizeLowersCaseAndTurnsPunctuationIntoSingleSpaces(String in, String out) {
    assertEquals(out, Text.normalize(in));
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "förskollärare                   | forskollarare",
      "Malmö                           | malmo",
      "Åkersberga                      | akersberga",
      "Café, servering                 | cafe servering",
      "Underskoterska                  | underskoterska"})
  void foldAlsoDropsDiacritics(String in, String out) {
    assertEquals(out, Text.fold(in));
  }
}
