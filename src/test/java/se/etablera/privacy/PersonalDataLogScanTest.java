package se.etablera.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import se.etablera.demo.DemoData;
import se.etablera.testing.TestElasticsearch;
import se.etablera.testing.TestRunLogging;

/**
 * Runs last: reads every log the test run produced — the service's and the embedded Elasticsearch's — and
 * looks for the names, identity numbers, e-mail addresses and phone numbers of the fixtures and the demo data.
 * None may appear.
 */
@Order(Integer.MAX_VALUE)
class PersonalDataLogScanTest {

  @Test
  void noFixtureNameOrIdentityNumberAppearsInAnyLog() throws IOException {
    List<Path> logs = new ArrayList<>();
    if (Files.exists(TestRunLogging.FILE)) {
      logs.add(TestRunLogging.FILE);
    }
    TestElasticsearch.startedNode().ifPresent(node -> {
      Path run = node.dataDir().resolveSibling(node.dataDir().getFileName() + "-run");
      try (Stream<Path> files = Files.walk(run)) {
        files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".log") || p.toString().endsWith(".json"))
            .forEach(logs::add);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    StringBuilder all = new StringBuilder();
    for (Path log : logs) {
      all.append(Files.readString(log, StandardCharsets.ISO_8859_1)).append('\n');
    }
    String text = new String(all.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    assertTrue(text.contains("\"logger\":\"etablera.access\""), "the run's request log was captured: " + logs);

    List<String> secrets = new ArrayList<>(List.of("Testa Testsson", "testa@example.com", "19900101-0000", "Erika Raderasson",
        "19850505-1234", "erika.raderasson@example.com", "070-000 00 01", "070-000 00 77"));
    for (JsonObject profile : DemoData.read("profiles")) {
      JsonObject personal = profile.getJsonObject("personal");
      if (personal != null) {
        Stream.of("name", "email", "phone", "personal_identity_number").map(personal::getString)
            .filter(v -> v != null && v.length() >= 6).forEach(secrets::add);
      }
    }
    List<String> found = secrets.stream().filter(text::contains).toList();
    assertTrue(found.isEmpty(), "personal data in the logs: " + found);
  }
}
