package se.etablera.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.etablera.common.Json;

/**
 * The JobTech taxonomy (Arbetsförmedlingen's open labour-market vocabulary) held in memory: occupations
 * with their SSYK-2012 groups and occupation fields, skills and the group→skill relation, the
 * substitutability relation between occupations, languages, driving licences and municipalities with
 * coordinates and neighbours. Loaded once from the copies under resources/taxonomy and resources/geo
 * (see SOURCES.md there); immutable afterwards and safe to share between threads.
 */
public final class Taxonomy {

  /** An occupation name (yrkesbenämning), e.g. "Undersköterska, hemtjänst", in one SSYK-4 group. */
  public record Occupation(String id, String label, String groupId) {
  }

  /** An SSYK-2012 level-4 occupation group with its field, occupations and related skills. */
  public record OccupationGroup(String id, String label, String ssyk, String fieldId, List<String> occupationIds,
                                Set<String> skillIds) {
  }

  /** A municipality (kommun) by its 4-digit SCB code, with a representative point and its neighbours. */
  public record Municipality(String code, String label, String countyCode, String countyName, String conceptId,
                             double lat, double lon, List<String> neighbours) {
  }

  public record Language(String id, String label, String iso1, String iso2) {
  }

  /**
   * Someone with experience of one occupation can take a job in {@code occupationId}, with JobTech's
   * substitutability percentage (25 = some relevant experience, 75 = much of it).
   */
  public record Substitute(String occupationId, int percentage) {
  }

  /** A named place (tätort) with coordinates, for places given by name. */
  public record Place(String label, String municipalityCode, double lat, double lon) {
  }

  private final Map<String, Occupation> occupations = new HashMap<>();
  private final Map<String, OccupationGroup> groups = new HashMap<>();
  private final Map<String, Concept> fields = new LinkedHashMap<>();
  private final Map<String, Concept> skills = new HashMap<>();
  private final Map<String, Language> languages = new HashMap<>();
  private final Map<String, Concept> licences = new LinkedHashMap<>();
  private final Map<String, Municipality> municipalities = new LinkedHashMap<>();
  private final Map<String, String> municipalityByConceptId = new HashMap<>();
  private final Map<String, List<Substitute>> canTake = new HashMap<>();
  private final Map<String, List<Substitute>> takenBy = new HashMap<>();
  private final Set<String> noEducationRequired = new HashSet<>();
  private final Map<String, List<Place>> placesByName = new HashMap<>();
  private final List<Place> places = new ArrayList<>();
  private final Map<ConceptType, LabelIndex> indexes = new HashMap<>();

  private Taxonomy() {
  }

  /** Reads every vocabulary file from the class path; blocking, about half a second. */
  public static Taxonomy load() {
    Taxonomy t = new Taxonomy();
    t.loadOccupations();
    t.loadFields();
    t.loadGroupSkills();
    t.loadSkills();
    t.loadSubstitutability();
    t.loadLanguages();
    t.loadLicences();
    t.loadMunicipalities();
    t.loadPlaces();
    t.loadNoEducationRequired();
    t.buildIndexes();
    return t;
  }

  public Optional<Occupation> occupation(String id) {
    return Optional.ofNullable(occupations.get(id));
  }

  public Optional<OccupationGroup> group(String id) {
    return Optional.ofNullable(groups.get(id));
  }

  public Optional<Concept> field(String id) {
    return Optional.ofNullable(fields.get(id));
  }

  public Optional<Concept> skill(String id) {
    return Optional.ofNullable(skills.get(id));
  }

  public Optional<Language> language(String id) {
    return Optional.ofNullable(languages.get(id));
  }

  public Optional<Concept> drivingLicence(String id) {
    return Optional.ofNullable(licences.get(id));
  }

  /** By 4-digit code or JobTech municipality concept id. */
  public Optional<Municipality> municipality(String codeOrConceptId) {
    Municipality m = municipalities.get(codeOrConceptId);
    if (m == null && municipalityByConceptId.containsKey(codeOrConceptId)) {
      m = municipalities.get(municipalityByConceptId.get(codeOrConceptId));
    }
    return Optional.ofNullable(m);
  }

  /** Occupation name or SSYK-4 group id → the reference records store, with group and field filled in. */
  public Optional<OccupationRef> occupationRef(String id) {
    Occupation o = occupations.get(id);
    if (o != null) {
      OccupationGroup g = groups.get(o.groupId());
      return Optional.of(new OccupationRef(o.id(), o.label(), g.ssyk(), g.id(), g.fieldId()));
    }
    OccupationGroup g = groups.get(id);
    return g == null ? Optional.empty() : Optional.of(new OccupationRef(g.id(), g.label(), g.ssyk(), g.id(), g.fieldId()));
  }

  /** Occupations someone with experience of {@code occupationId} can take, most substitutable first. */
  public List<Substitute> canTake(String occupationId) {
    return canTake.getOrDefault(occupationId, List.of());
  }

  /** The reverse: occupations whose holders can take a job in {@code occupationId}, most substitutable first. */
  public List<Substitute> takenBy(String occupationId) {
    return takenBy.getOrDefault(occupationId, List.of());
  }

  /** Skills JobTech relates to an SSYK-4 group. */
  public Set<String> skillsOfGroup(String groupId) {
    OccupationGroup g = groups.get(groupId);
    return g == null ? Set.of() : g.skillIds();
  }

  /** In JobTech's collection "occupations without a formal education requirement". */
  public boolean requiresNoEducation(String occupationId) {
    return noEducationRequired.contains(occupationId);
  }

  public List<Place> places(String name) {
    return placesByName.getOrDefault(Text.normalize(name), List.of());
  }

  /** Every named place with coordinates, for finding place names in free text. */
  public Collection<Place> places() {
    return java.util.Collections.unmodifiableList(places);
  }

  public Collection<Municipality> municipalities() {
    return municipalities.values();
  }

  public Collection<Concept> fields() {
    return fields.values();
  }

  public Collection<Concept> drivingLicences() {
    return licences.values();
  }

  public Collection<OccupationGroup> groups() {
    return groups.values();
  }

  public Collection<Occupation> occupations() {
    return occupations.values();
  }

  public Collection<Concept> skills() {
    return skills.values();
  }

  public Collection<Language> languages() {
    return languages.values();
  }

  public LabelIndex index(ConceptType type) {
    return indexes.get(type);
  }

  /** The label of any concept id this taxonomy knows, for explanations. */
  public String label(String id) {
    if (occupations.containsKey(id)) {
      return occupations.get(id).label();
    }
    if (groups.containsKey(id)) {
      return groups.get(id).label();
    }
    if (fields.containsKey(id)) {
      return fields.get(id).label();
    }
    if (skills.containsKey(id)) {
      return skills.get(id).label();
    }
    if (languages.containsKey(id)) {
      return languages.get(id).label();
    }
    if (licences.containsKey(id)) {
      return licences.get(id).label();
    }
    return municipality(id).map(Municipality::label).orElse(id);
  }

  private void loadOccupations() {
    for (JsonNode level1 : concepts("taxonomy/the-ssyk-hierarchy-with-occupations.json")) {
      walkHierarchy(level1);
    }
  }

  private void walkHierarchy(JsonNode node) {
    if ("ssyk-level-4".equals(node.path("type").asText())) {
      List<String> names = new ArrayList<>();
      for (JsonNode occupation : node.path("narrower")) {
        String id = occupation.get("id").asText();
        occupations.put(id, new Occupation(id, occupation.get("preferred_label").asText(), node.get("id").asText()));
        names.add(id);
      }
      String id = node.get("id").asText();
      groups.put(id, new OccupationGroup(id, node.get("preferred_label").asText(), node.get("ssyk_code_2012").asText(),
          null, List.copyOf(names), Set.of()));
      return;
    }
    for (JsonNode child : node.path("narrower")) {
      walkHierarchy(child);
    }
  }

  private void loadFields() {
    for (String[] row : csv("taxonomy/occupation-field.csv")) {
      fields.put(row[0], new Concept(row[0], row[1]));
    }
    for (String[] row : csv("taxonomy/ssyk-level-4-to-occupation-field.csv")) {
      OccupationGroup g = groups.get(row[0]);
      if (g != null) {
        groups.put(g.id(), new OccupationGroup(g.id(), g.label(), g.ssyk(), row[3], g.occupationIds(), g.skillIds()));
      }
    }
    groups.values().stream().filter(g -> g.fieldId() == null).findAny().ifPresent(g -> {
      throw new IllegalStateException("SSYK-4 group without occupation field: " + g.ssyk());
    });
  }

  private void loadGroupSkills() {
    for (JsonNode group : concepts("taxonomy/ssyk-level-4-groups-with-related-skills.json")) {
      OccupationGroup g = groups.get(group.get("id").asText());
      if (g == null) {
        continue;
      }
      Set<String> ids = new HashSet<>();
      group.path("related").forEach(s -> ids.add(s.get("id").asText()));
      groups.put(g.id(), new OccupationGroup(g.id(), g.label(), g.ssyk(), g.fieldId(), g.occupationIds(), Set.copyOf(ids)));
    }
  }

  private void loadSkills() {
    for (JsonNode skill : concepts("taxonomy/skills.json")) {
      String id = skill.get("id").asText();
      skills.put(id, new Concept(id, skill.get("preferred_label").asText()));
    }
  }

  private void loadSubstitutability() {
    for (JsonNode occupation : concepts("taxonomy/substitutability-relations-between-occupations.json")) {
      List<Substitute> list = new ArrayList<>();
      for (JsonNode s : occupation.path("substitutes")) {
        list.add(new Substitute(s.get("id").asText(), s.get("substitutability_percentage").asInt()));
      }
      list.sort(Comparator.comparingInt(Substitute::percentage).reversed().thenComparing(Substitute::occupationId));
      if (!list.isEmpty()) {
        canTake.put(occupation.get("id").asText(), List.copyOf(list));
      }
      List<Substitute> by = new ArrayList<>();
      for (JsonNode s : occupation.path("substituted_by")) {
        by.add(new Substitute(s.get("id").asText(), s.get("substitutability_percentage").asInt()));
      }
      by.sort(Comparator.comparingInt(Substitute::percentage).reversed().thenComparing(Substitute::occupationId));
      if (!by.isEmpty()) {
        takenBy.put(occupation.get("id").asText(), List.copyOf(by));
      }
    }
  }

  private void loadLanguages() {
    for (JsonNode language : concepts("taxonomy/languages.json")) {
      String id = language.get("id").asText();
      languages.put(id, new Language(id, language.get("preferred_label").asText(),
          text(language, "iso_639_1_2002"), text(language, "iso_639_2_1998")));
    }
  }

  private void loadLicences() {
    for (String[] row : csv("taxonomy/driving-licence.csv")) {
      licences.put(row[0], new Concept(row[0], row[1]));
    }
  }

  private void loadMunicipalities() {
    Map<String, List<String>> neighbours = new HashMap<>();
    JsonNode json = tree("geo/neighboring-municipalities-code.json");
    json.fields().forEachRemaining(e -> {
      List<String> codes = new ArrayList<>();
      e.getValue().forEach(c -> codes.add(c.asText()));
      neighbours.put(e.getKey(), List.copyOf(codes));
    });
    for (String[] row : csv("geo/municipalities.csv")) {
      Municipality m = new Municipality(row[0], row[1], row[2], row[3], row[4], Double.parseDouble(row[6]),
          Double.parseDouble(row[7]), neighbours.getOrDefault(row[0], List.of()));
      municipalities.put(m.code(), m);
      municipalityByConceptId.put(m.conceptId(), m.code());
    }
  }

  private void loadPlaces() {
    for (JsonNode p : tree("geo/jobtech-places.json")) {
      double lat = p.get("latitud").asDouble();
      double lon = p.get("longitud").asDouble();
      if (lat == 0 && lon == 0) {
        continue;
      }
      Place place = new Place(p.get("label").asText(), p.get("kommunkod").asText(), lat, lon);
      placesByName.computeIfAbsent(Text.normalize(place.label()), k -> new ArrayList<>()).add(place);
      places.add(place);
    }
  }

  private void loadNoEducationRequired() {
    for (JsonNode collection : concepts("taxonomy/occupations-with-no-educational-requirements.json")) {
      collection.path("related").forEach(o -> noEducationRequired.add(o.get("id").asText()));
    }
  }

  private void buildIndexes() {
    LabelIndex occupationIndex = new LabelIndex();
    occupations.values().stream().sorted(Comparator.comparing(Occupation::label))
        .forEach(o -> occupationIndex.add(o.id(), o.label()));
    indexes.put(ConceptType.OCCUPATION, occupationIndex);
    LabelIndex groupIndex = new LabelIndex();
    groups.values().stream().sorted(Comparator.comparing(OccupationGroup::ssyk))
        .forEach(g -> groupIndex.add(g.id(), g.label(), g.ssyk()));
    indexes.put(ConceptType.OCCUPATION_GROUP, groupIndex);
    LabelIndex fieldIndex = new LabelIndex();
    fields.values().forEach(f -> fieldIndex.add(f.id(), f.label()));
    indexes.put(ConceptType.OCCUPATION_FIELD, fieldIndex);
    LabelIndex skillIndex = new LabelIndex();
    skills.values().stream().sorted(Comparator.comparing(Concept::label)).forEach(s -> skillIndex.add(s.id(), s.label()));
    indexes.put(ConceptType.SKILL, skillIndex);
    LabelIndex languageIndex = new LabelIndex();
    languages.values().stream().sorted(Comparator.comparing(Language::label))
        .forEach(l -> languageIndex.add(l.id(), l.label(), l.iso1(), l.iso2()));
    indexes.put(ConceptType.LANGUAGE, languageIndex);
    LabelIndex licenceIndex = new LabelIndex();
    licences.values().forEach(l -> licenceIndex.add(l.id(), l.label(), l.label() + "-körkort", "körkort " + l.label(),
        l.label() + " körkort", l.label() + "-kort"));
    indexes.put(ConceptType.DRIVING_LICENCE, licenceIndex);
    LabelIndex municipalityIndex = new LabelIndex();
    municipalities.values().forEach(m -> municipalityIndex.add(m.code(), m.label(), m.label() + " kommun",
        m.label() + "s kommun", m.conceptId()));
    indexes.put(ConceptType.MUNICIPALITY, municipalityIndex);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText().toLowerCase(Locale.ROOT);
  }

  private static JsonNode concepts(String resource) {
    return tree(resource).path("data").path("concepts");
  }

  private static JsonNode tree(String resource) {
    try (InputStream in = open(resource)) {
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }

  /** Rows of a small CSV with a header; quoted fields may hold commas. */
  private static List<String[]> csv(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(splitCsv(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
    return rows;
  }

  static String[] splitCsv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        fields.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields.toArray(String[]::new);
  }

  private static InputStream open(String resource) {
    InputStream in = Taxonomy.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return in;
  }
}
