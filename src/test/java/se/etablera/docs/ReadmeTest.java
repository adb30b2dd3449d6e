package se.etablera.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.etablera.config.Settings;
import se.etablera.testing.TestApp;
import se.etablera.web.Endpoint;

/** The README stays true: its quick start, the CI script, every configuration key and every route. */
class ReadmeTest {
  private static final Path ROOT = Path.of(System.getProperty("etablera.project.dir", "."));

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  /** The lines of the first code block after the "Quick start" heading. */
  private static List<String> quickStart() throws IOException {
    String text = readme();
    int heading = text.indexOf("## Quick start");
    assertTrue(heading >= 0, "a Quick start section");
    int open = text.indexOf("```bash\n", heading);
    int close = text.indexOf("```", open + 8);
    return text.substring(open + 8, close).lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void quickStartHoldsExactlyTwoCommandsRunThenTest() throws IOException {
    List<String> commands = quickStart();
    assertEquals(2, commands.size(), commands.toString());
    assertTrue(commands.get(0).contains("java -jar target/etablera.jar") && commands.get(0).contains("ETABLERA_DEMO_LOAD=true"));
    assertTrue(commands.get(1).startsWith("./mvnw -B "), "the test command prints Surefire's summary");
  }

  @Test
  void ciRunsTheReadmesTestCommand() throws IOException {
    String ci = Files.readString(ROOT.resolve(".ci/run"));
    String testCommand = quickStart().get(1).trim();
    assertTrue(ci.lines().anyMatch(l -> l.trim().equals(testCommand)), ".ci/run must run: " + testCommand);
    assertTrue(Files.isExecutable(ROOT.resolve(".ci/run")));
  }

  @Test
  void everyConfigurationKeyIsInTheTableWithItsDefaultAndVariable() throws IOException {
    String text = readme();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> e : Settings.defaults().entrySet()) {
      String value = e.getValue().isEmpty() ? "(empty)" : "`" + e.getValue() + "`";
      String row = "| `" + e.getKey() + "` | " + value + " | `" + Settings.envName(e.getKey()) + "` |";
      if (!text.contains(row)) {
        missing.add(row);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyRouteAppearsInTheReadme() throws IOException {
    String text = readme();
    for (String kind : List.of("placements", "extra-jobs", "courses")) {
      text += "\n" + readme().replace("/api/{kind}/", "/api/" + kind + "/");
    }
    List<String> missing = new ArrayList<>();
    for (Endpoint e : TestApp.vocabularyFreeRoutes()) {
      String regex = Pattern.quote(e.path()).replaceAll(":[a-zA-Z]+", "\\\\E[^/\\\\s\"?]+\\\\Q");
      Matcher m = Pattern.compile(regex + "(?![\\w-])").matcher(text);
      if (!m.find()) {
        missing.add(e.method() + " " + e.path());
      }
    }
    assertEquals(List.of(), missing, "routes the README never shows");
  }
}
