package se.etablera.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads job ads from every *.jsonl file of a directory and recognises each line's format by its fields,
 * so the harness runs on any ads shaped like those in ../shared/data/ads:
 *
 * <ul>
 *   <li>JobSearch (Platsbanken API, 2025): {@code headline}, {@code description.text}, and the employer's
 *   {@code occupation_group} and {@code occupation_field} concept ids;</li>
 *   <li>Auranest (JobTech's 2019 aggregator): {@code header}, {@code content}, and JobTech's
 *   {@code detected_keywords} (skills, occupations) where the enrichment ran;</li>
 *   <li>scraped (JobTech's 2020 scraper): {@code originalJobPosting.title/description} and
 *   {@code relevantOccupation}, whose {@code occupationalCategory.codeValue} is a legacy occupation id.</li>
 * </ul>
 * Lines of any other shape are counted as unknown and skipped.
 */
final class AdCorpus {
  enum Format { JOBSEARCH, AURANEST, SCRAPED }

  /**
   * One ad as the harness needs it.
   *
   * @param legacyOccupationId legacy AMS occupation id (scraped ads), or null
   * @param occupationName     the occupation name the source gives (scraped ads), or null
   * @param goldGroup          SSYK-4 group concept id as labelled by the source (JobSearch), or null
   * @param goldField          occupation field concept id as labelled by the source (JobSearch), or null
   * @param detectedSkills     JobTech's detected skill keywords (Auranest), or null when the ad has none
   * @param detectedOccupations JobTech's detected occupation keywords (Auranest), or null
   */
  record Ad(Format format, String file, String id, String headline, String body, String goldGroup, String goldField,
            String legacyOccupationId, String occupationName, List<String> detectedSkills,
            List<String> detectedOccupations) {

    /** Headline on the first line, as the analyzer expects it, then the ad text. */
    String text() {
      return headline == null || headline.isBlank() ? body : headline.strip() + "\n" + body;
    }
  }

  record Result(List<Ad> ads, int unknown) {
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AdCorpus() {
  }

  static Result read(Path dir) {
    List<Ad> ads = new ArrayList<>();
    int unknown = 0;
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + dir, e);
    }
    for (Path file : files) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          Ad ad = parse(file.getFileName().toString(), MAPPER.readTree(line));
          if (ad == null) {
            unknown++;
          } else {
            ads.add(ad);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + file, e);
      }
    }
    return new Result(ads, unknown);
  }

  private static Ad parse(String file, JsonNode n) {
    if (n.has("headline") && n.path("description").isObject()) {
      return new Ad(Format.JOBSEARCH, file, n.path("id").asText(), n.path("headline").asText(""),
          n.path("description").path("text").asText(""), text(n.path("occupation_group").path("concept_id")),
          text(n.path("occupation_field").path("concept_id")), null, null, null, null);
    }
    if (n.has("header") && n.has("content")) {
      JsonNode keywords = n.path("detected_keywords");
      return new Ad(Format.AURANEST, file, n.path("id").asText(), n.path("header").asText(""),
          n.path("content").asText(""), null, null, null, null, strings(keywords.path("skills")),
          strings(keywords.path("occupations")));
    }
    JsonNode posting = n.path("originalJobPosting");
    if (posting.isObject() && posting.has("description")) {
      JsonNode occupation = posting.path("relevantOccupation");
      String legacyId = null;
      String name = null;
      if (occupation.isObject()) {
        JsonNode category = occupation.path("occupationalCategory");
        legacyId = text(category.isObject() ? category.path("codeValue") : category);
        name = text(occupation.path("name"));
      }
      return new Ad(Format.SCRAPED, file, n.path("id").asText(), posting.path("title").asText(""),
          posting.path("description").asText(""), null, null, legacyId, name, null, null);
    }
    return null;
  }

  private static String text(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }

  private static List<String> strings(JsonNode array) {
    if (!array.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
