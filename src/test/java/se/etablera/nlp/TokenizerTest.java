package se.etablera.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence and token splitting with offsets. */
class TokenizerTest {

  private static List<String> words(String text) {
    return Tokenizer.split(text).words().stream().map(t -> t.surface).toList();
  }

  @Test
  void keepsLicencesProgrammingLanguagesAndDanglingHyphensWhole() {
    assertEquals(List.of("B-körkort", "C++", "node.js", "C#", "lager-", "och", "terminalarbete"),
        words("B-körkort, C++, node.js, C#, lager- och terminalarbete"));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "  Undersköterska  till\tUmeå – 75 %!";
    for (Token t : Tokenizer.split(text).tokens()) {
      assertEquals(t.surface, text.substring(t.start, t.end));
    }
  }

  @Test
  void splitsSentencesAtFullStopsAndLinesButNotAfterAbbreviations() {
    Tokenizer.Result r = Tokenizer.split("Vi söker t.ex. en kock. Du har körkort\nKrav:\n• SFI C");
    assertEquals(4, r.sentences().size());
    Sentence heading = r.sentences().get(2);
    assertTrue(heading.colon() && heading.ownLine());
  }

  @Test
  void splitsScrapedTextsThatLostTheSpaceAfterAFullStop() {
    Tokenizer.Result r = Tokenizer.split("Vi arbetar med ungdomar.Vi söker dig som är lärare.");
    assertEquals(2, r.sentences().size());
  }

  @Test
  void keepsDecimalNumbersAndRangesWhole() {
    assertEquals(List.of("132,15", "kr", "50-100", "%"), Tokenizer.split("132,15 kr 50-100 %").tokens().stream()
        .map(t -> t.surface).toList());
  }
}
