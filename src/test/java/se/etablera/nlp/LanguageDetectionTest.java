package se.etablera.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** OpenNLP's language detection: trusted on two sentences or more, flagged below. */
class LanguageDetectionTest {
  private final TextAnalyzer analyzer = Analyzers.ANALYZER;

  @Test
  void oneWordIsNotReliableAndSaysWhy() {
    Analysis a = analyzer.analyze("undersköterska");
    assertFalse(a.languageReliable());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("two sentences")), a.notes().toString());
  }

  @Test
  void oneSentenceIsNotReliable() {
    Analysis a = analyzer.analyze("Vi söker en undersköterska till vårt äldreboende i Umeå.");
    assertFalse(a.languageReliable());
  }

  @Test
  void aSwedishParagraphIsSwedishAndReliable() {
    Analysis a = analyzer.analyze("Vi söker en undersköterska till vårt äldreboende i Umeå. Du ska ha goda kunskaper "
        + "i svenska och gärna körkort. Arbetet sker dag och kväll varannan helg. Välkommen med din ansökan!");
    assertEquals("swe", a.language());
    assertTrue(a.languageReliable(), a.notes().toString());
    assertTrue(a.languageConfidence() > 0.7, "confidence " + a.languageConfidence());
  }

  @Test
  void anEnglishParagraphIsEnglish() {
    Analysis a = analyzer.analyze("We are looking for a senior developer to join our team in Stockholm. You have "
        + "five years of experience with Java and cloud services. Fluent English is required.");
    assertEquals("eng", a.language());
    assertTrue(a.languageReliable());
  }

  @Test
  void shortTextsGetALowerConfidenceThanParagraphs() {
    double word = analyzer.analyze("undersköterska").languageConfidence();
    double paragraph = analyzer.analyze("Vi söker en undersköterska till vårt äldreboende i Umeå. Du ska ha goda "
        + "kunskaper i svenska och gärna körkort. Arbetet sker dag och kväll.").languageConfidence();
    assertTrue(word < paragraph, word + " vs " + paragraph);
  }
}
