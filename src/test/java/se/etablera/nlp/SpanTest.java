package se.etablera.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every extracted concept points at the original text it came from. */
class SpanTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Undersköterska till hemtjänsten i Uddevalla\nVi söker en usk med B-körkort. Krav: SFI C eller svenska på B1-nivå.\n"
          + "Meriterande: truckkort och CE-kort. Tjänsten är på 75 % och du talar gärna arabiska.",
      "  LAGERARBETARE – Göteborg  \r\n\r\n• Lager- och terminalarbete\t• Heltid\n• Körkort C/CE",
      "Senior Fullstack Developer\nYou have 5+ years of Java, SQL and React. Fluent English required; Swedish is a plus. Full-time.",
      "Sjuksköterska till IVA i Hudiksvall i sommar! Vi söker sjuksköterskor.Vi erbjuder 40 timmar/vecka.",
      "Barnvakt  😊 Nanny i Västerhaninge, 1-2 gånger/vecka – körkort är meriterande"})
  void spansCoverTheReportedOriginalText(String text) {
    List<Extracted> concepts = Analyzers.ANALYZER.analyze(text).concepts();
    assertFalse(concepts.isEmpty());
    for (Extracted e : concepts) {
      assertTrue(e.start() >= 0 && e.start() < e.end() && e.end() <= text.length(), e.toString());
      assertEquals(text.substring(e.start(), e.end()), e.text(), e.toString());
      assertTrue(e.confidence() > 0 && e.confidence() <= 1, e.toString());
    }
  }
}
