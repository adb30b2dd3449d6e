package se.etablera.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.etablera.taxonomy.Taxonomy;

/** The harness reads the three ad formats, scores against their labels and ends with one JSON line. */
class EvaluateTest {
  private static final String LAGER_GROUP = "kLyY_rwr_aJr";
  private static final String LAGER_FIELD = "ASGV_zcE_bWf";

  @TempDir
  static Path root;
  static Path ads;

  @BeforeAll
  static void writeAds() throws IOException {
    ads = Files.createDirectories(root.resolve("ads"));
    Path taxonomy = Files.createDirectories(root.resolve("taxonomy"));
    Files.writeString(ads.resolve("a.jsonl"), String.join("\n",
        "{\"id\":\"1\",\"headline\":\"Lagerarbetare till Borås\",\"description\":{\"text\":\"Vi söker lagerarbetare med "
            + "truckkort. Heltid.\"},\"occupation_group\":{\"concept_id\":\"" + LAGER_GROUP + "\"},"
            + "\"occupation_field\":{\"concept_id\":\"" + LAGER_FIELD + "\"}}",
        "{\"id\":\"2\",\"header\":\"Ekonomiassistent\",\"content\":\"Du arbetar med kundreskontra och MS Excel. "
            + "Goda kunskaper i svenska.\",\"detected_keywords\":{\"skills\":[\"kundreskontra\",\"excel\",\"svenska\","
            + "\"bokslut\"],\"occupations\":[\"ekonomiassistent\"]}}",
        "{\"id\":3,\"yrke\":\"Kock\",\"originalJobPosting\":{\"title\":\"Kock till restaurang\",\"description\":\"Vi "
            + "söker en kock.\",\"relevantOccupation\":{\"name\":\"Kock, à la carte\",\"occupationalCategory\":"
            + "{\"codeValue\":\"7663\"}}}}",
        "{\"something\":\"else\"}"), StandardCharsets.UTF_8);
    Files.writeString(taxonomy.resolve("occId_2_ssyk2012.json"), "{\"7663\": \"5120\"}", StandardCharsets.UTF_8);
    Files.writeString(taxonomy.resolve("legacy-id-to-concept-id.csv"),
        "type,legacy_ams_taxonomy_id,concept_id,preferred_label\noccupation-name,7663,x,\"Kock, à la carte\"\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void recognisesEachFormatByItsFields() {
    AdCorpus.Result corpus = AdCorpus.read(ads);
    assertEquals(1, corpus.unknown());
    List<AdCorpus.Ad> read = corpus.ads();
    assertEquals(List.of(AdCorpus.Format.JOBSEARCH, AdCorpus.Format.AURANEST, AdCorpus.Format.SCRAPED),
        read.stream().map(AdCorpus.Ad::format).toList());
    assertEquals(LAGER_GROUP, read.get(0).goldGroup());
    assertTrue(read.get(0).text().startsWith("Lagerarbetare till Borås\n"));
    assertEquals(List.of("kundreskontra", "excel", "svenska", "bokslut"), read.get(1).detectedSkills());
    assertEquals("7663", read.get(2).legacyOccupationId());
    assertNull(read.get(2).goldGroup());
  }

  @Test
  void baselineTokenisesLikeTheStandardAnalyzer() {
    assertEquals(List.of("b", "körkort", "c", "lagerarbetet"), Baseline.tokens("B-körkort, C++ lagerarbetet"));
    Baseline baseline = new Baseline(Taxonomy.load());
    assertTrue(baseline.skillLabels("Vi använder MS Excel och kundreskontra.").containsAll(List.of("MS Excel",
        "Kundreskontra")));
    assertTrue(baseline.skillLabels("Vi använder kundreskontran.").isEmpty(), "no stemming in the baseline");
  }

  @Test
  void benchmarkTextsHaveTheAskedNumberOfWords() {
    for (String text : Benchmark.texts(AdCorpus.read(ads).ads(), 25)) {
      assertEquals(25, text.split("\\s+").length);
    }
  }

  @Test
  void printsAllFiguresAsOneJsonObjectOnTheLastLine() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Evaluate.main(new String[] {ads.toString()});
    } finally {
      System.setOut(original);
    }
    String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
    JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertEquals(1, json.at("/ads/jobsearch").asInt());
    assertEquals(2, json.at("/occupation/labelled/ours/ads").asInt(), "the JobSearch ad and the scraped one");
    assertEquals(1.0, json.at("/occupation/labelled/ours/group_top1").asDouble());
    assertEquals(1.0, json.at("/occupation/labelled/ours/field_top1").asDouble());
    assertTrue(json.at("/occupation/labelled/baseline/group_top3").isNumber());
    assertEquals(4, json.at("/skills/keywords").asInt());
    assertEquals(0.75, json.at("/skills/ours/recall").asDouble(), "all but bokslut, which the text lacks");
    assertEquals(1.0, json.at("/skills/ours/precision").asDouble());
  }
}
