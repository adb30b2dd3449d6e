package se.etablera.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import se.etablera.taxonomy.Taxonomy;
import se.etablera.taxonomy.Text;

/**
 * The label mappings only the harness needs, read from the taxonomy folder beside the ads (never by the
 * product): occId_2_ssyk2012.json turns a scraped ad's legacy occupation id into its SSYK-2012 code, and
 * the occupation-name rows of legacy-id-to-concept-id.csv name those ids, so that scraped ads that give
 * only an occupation name, and Auranest's detected occupations, can be labelled by exact name.
 */
final class GoldLabels {
  private final Taxonomy taxonomy;
  private final Map<String, String> ssykByLegacyId = new HashMap<>();
  private final Map<String, Set<String>> ssykByName = new HashMap<>();
  private final Map<String, String> groupBySsyk = new HashMap<>();

  GoldLabels(Taxonomy taxonomy, Path taxonomyDir) {
    this.taxonomy = taxonomy;
    taxonomy.groups().forEach(g -> groupBySsyk.put(g.ssyk(), g.id()));
    try {
      JsonNode json = new ObjectMapper().readTree(taxonomyDir.resolve("occId_2_ssyk2012.json").toFile());
      json.fields().forEachRemaining(e -> ssykByLegacyId.put(e.getKey(), e.getValue().asText()));
      try (BufferedReader reader = Files.newBufferedReader(taxonomyDir.resolve("legacy-id-to-concept-id.csv"),
          StandardCharsets.UTF_8)) {
        reader.readLine();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String[] row = line.split(",", 4);
          if (row.length == 4 && row[0].equals("occupation-name") && ssykByLegacyId.containsKey(row[1])) {
            String label = row[3].startsWith("\"") ? row[3].substring(1, row[3].length() - 1).replace("\"\"", "\"") : row[3];
            ssykByName.computeIfAbsent(Text.normalize(label), k -> new HashSet<>()).add(ssykByLegacyId.get(row[1]));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading label mappings from " + taxonomyDir, e);
    }
    for (Taxonomy.Occupation o : taxonomy.occupations()) {
      taxonomy.group(o.groupId()).ifPresent(g ->
          ssykByName.computeIfAbsent(Text.normalize(o.label()), k -> new HashSet<>()).add(g.ssyk()));
    }
  }

  /** The SSYK-4 group of a legacy occupation id, or null. */
  String groupOfLegacyId(String legacyId) {
    String ssyk = legacyId == null ? null : ssykByLegacyId.get(legacyId);
    return ssyk == null ? null : groupBySsyk.get(ssyk);
  }

  /** The SSYK-4 groups of an occupation named exactly (after normalisation) like a taxonomy occupation. */
  Set<String> groupsOfName(String name) {
    Set<String> out = new LinkedHashSet<>();
    if (name == null) {
      return out;
    }
    for (String ssyk : ssykByName.getOrDefault(Text.normalize(name), Set.of())) {
      String group = groupBySsyk.get(ssyk);
      if (group != null) {
        out.add(group);
      }
    }
    return out;
  }

  String fieldOf(String groupId) {
    return taxonomy.group(groupId).map(Taxonomy.OccupationGroup::fieldId).orElse(null);
  }
}
