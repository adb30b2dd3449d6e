package se.etablera.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One analyzer shared by many threads gives each the same answer as one thread alone. */
class ConcurrencyTest {

  @Test
  void sharedAnalyzerIsThreadSafe() throws Exception {
    List<String> texts = List.of(
        "Lagerarbetare\nVi söker lagerarbetare med truckkort och B-körkort i Borås. Heltid.",
        "Undersköterska till hemtjänsten\nKrav: SFI D. Meriterande: arabiska. Deltid 75 %.",
        "Senior Developer\nYou know Java and SQL. Fluent English required. Full-time in Göteborg.");
    List<Analysis> expected = texts.stream().map(Analyzers.ANALYZER::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Analysis>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String text = texts.get(i % texts.size());
        futures.add(pool.submit(() -> Analyzers.ANALYZER.analyze(text)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
