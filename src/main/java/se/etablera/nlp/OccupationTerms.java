package se.etablera.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.etablera.taxonomy.Taxonomy;
import se.etablera.taxonomy.Text;

/**
 * Builds the occupation terms: every phrase that names an occupation, with the SSYK-4 groups it may mean.
 *
 * <p>Sources, strongest first: a full occupation name of the taxonomy ("Lagerarbetare/Terminalarbetare"
 * gives both names); a group's own name ("Grundutbildade sjuksköterskor", and its plain noun
 * "sjuksköterskor"); the head of a qualified name ("Sjuksköterska" of "Sjuksköterska, psykiatrisk vård",
 * with the qualifier kept as context); the 2020 occupation names with their SSYK codes (names since
 * retired, e.g. "Barnflicka/Barnvakt"); terms of the job-title ontology and hand-written abbreviations,
 * which mean what their concept means; and general words: the head noun or compound head an occupation name
 * is a kind of ("lärare" of "Grundskollärare" and of "Lärare i grundskolan"), which may mean any of its
 * kinds, with the rest of the name ("grundskol") as context.
 */
final class OccupationTerms {
  /** Weights of the ways a phrase can name an occupation, strongest first. */
  private static final double EXACT = 1.0;
  private static final double ONTOLOGY = 0.9;
  private static final double GROUP = 0.8;
  private static final double HEAD = 0.75;
  private static final double LEGACY = 0.8;
  private static final double COMPOUND_HEAD = 0.55;
  private static final double GENERAL = 0.5;
  /**
   * A general word has kinds the taxonomy does not list; this many unlisted kinds are assumed, so that a
   * word with one listed kind ("elev" of "Motorelev") says little and one with many ("lärare") says more.
   */
  private static final double UNLISTED_KINDS = 3;
  /**
   * A 2020 name counts this much as a kind of its general word: the current taxonomy is the curated list of
   * today's occupations, while the 2020 list spells out old variants (a dozen product sellers).
   */
  private static final double RETIRED_KIND = 0.25;
  /** A general word with this many kinds is general even where it also heads a qualified name. */
  private static final int MANY_KINDS = 5;
  /** A qualifier word shared by more labels than this ("vård", "arbete") says nothing about the reading. */
  private static final int MAX_QUALIFIER_LABELS = 6;
  /**
   * Readings' strengths follow this power of their weights, so that the more exact reading of a term
   * dominates (an exact name over a label head over a general word) without silencing the others.
   */
  private static final double SHARPNESS = 4;
  private static final int MAX_SENSES = 40;
  /** A phrase names its reading as a name, not as a general word, from this weight (a label head, 0.75). */
  private static final double STRONG_NAME = HEAD;
  private static final Set<String> PREPOSITIONS = Set.of("i", "inom", "för", "med", "på", "av", "till", "vid", "mot",
      "och", "inriktning", "in", "of", "for", "at");
  /** Endings of Swedish adjectives and participles: such a first word describes the noun after it. */
  private static final Pattern ADJECTIVE = Pattern.compile(".*(ig|isk|sk|ad|ade|ell|iv|al|är|ande|ende|iga|ska)$");
  private static final Pattern ADJECTIVE_NOUN = Pattern.compile("^(\\p{L}+[ae]) (\\p{L}+)$");
  private static final Pattern TWO_NAMES = Pattern.compile("^(\\p{L}+) och (\\p{L}+)$");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern MFL = Pattern.compile("\\s*m\\.fl\\.?\\s*$");
  private static final Pattern ACRONYM = Pattern.compile("[A-ZÅÄÖ]{2,5}");

  /** The evidence that a phrase means an occupation of one group, gathered while building. */
  private static final class Reading {
    double weight;
    String occupationId;
    String label;
    Set<String> qualifier = new LinkedHashSet<>();
    double kinds;
  }

  private final Lexicon lexicon;
  private final Taxonomy taxonomy;
  private final Morphology morphology;
  private final Set<String> occupationNouns;
  private final Map<String, Taxonomy.OccupationGroup> groupBySsyk = new HashMap<>();
  private final Map<List<String>, Map<String, Reading>> exact = new LinkedHashMap<>();
  private final Map<List<String>, Map<String, Reading>> general = new LinkedHashMap<>();
  private final Set<String> commonQualifierWords = new HashSet<>();
  /** Keys of the compound heads of the taxonomy's occupation names (sköterska of Tandsköterska). */
  private final Set<String> namedHeads = new HashSet<>();
  /** The ontology's terms of each concept: synonyms, one of which the taxonomy may name. */
  private final Map<String, List<String>> termsByConcept = new HashMap<>();
  /** How strongly each resolved phrase names its strongest reading (1 for a full name). */
  private final Map<List<String>, Double> resolvedWeight = new HashMap<>();
  private final Set<List<String>> upperCase = new HashSet<>();
  private final Set<List<String>> anyCase = new HashSet<>();

  private OccupationTerms(Lexicon lexicon, Set<String> vocations, List<String[]> legacy) {
    this.lexicon = lexicon;
    this.taxonomy = lexicon.taxonomy;
    this.morphology = lexicon.morphology;
    this.occupationNouns = new HashSet<>(vocations);
    taxonomy.groups().forEach(g -> groupBySsyk.put(g.ssyk(), g));
    // The vocation list misses words the taxonomy itself uses as occupation names ("Läkare", "Dietist",
    // "Barnmorska"): a one-word name is an occupation noun, so it is also the general word of its compounds.
    List<String> names = new ArrayList<>();
    taxonomy.occupations().forEach(o -> names.add(o.label()));
    legacy.forEach(r -> names.add(r[1]));
    for (String name : names) {
      String clean = PARENTHESES.matcher(name).replaceAll(" ");
      if (clean.indexOf(',') >= 0) {
        continue;
      }
      for (String alternative : clean.split("/")) {
        List<String> words = Lexicon.norms(alternative);
        if (words.size() == 1 && words.get(0).length() > 3 && !ACRONYM.matcher(alternative.strip()).matches()) {
          occupationNouns.add(words.get(0));
        }
      }
    }
  }

  /**
   * Adds every occupation term to the lexicon's phrase index.
   *
   * @param vocations the vocation word list: a general word must be one of them to count as an occupation
   */
  static void addTo(Lexicon lexicon, Set<String> vocations, List<String[]> legacy, List<String[]> ontology,
                    List<String[]> synonyms) {
    OccupationTerms terms = new OccupationTerms(lexicon, vocations, legacy);
    lexicon.compounds = new CompoundReadings(lexicon.taxonomy, GENERAL, MAX_SENSES);
    terms.findAgentStems(legacy, ontology);
    terms.countQualifierWords(legacy);
    for (Taxonomy.Occupation o : terms.taxonomy.occupations()) {
      terms.addName(o.label(), o.groupId(), o.id(), 1.0);
    }
    terms.addLegacyNames(legacy);
    terms.addGroupNames();
    Map<List<String>, List<Term.Sense>> resolved = terms.freeze();
    Set<List<String>> derived = new HashSet<>();
    // The hand-written synonyms first: where the ontology disagrees ("ssk" as undersköterska), they win.
    for (String[] row : synonyms) {
      if (row[0].equals("OCCUPATION")) {
        terms.addDerived(row[1], row[2], EXACT, resolved, derived);
      }
    }
    for (String[] row : ontology) {
      if (row.length >= 2) {
        terms.termsByConcept.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[0]);
      }
    }
    for (String[] row : ontology) {
      if (row.length >= 2) {
        terms.addDerived(row[0], row[1], ONTOLOGY, resolved, derived);
      }
    }
  }

  /**
   * Keys that only occupation words with an agent ending share: Snowball strips -er and -or, so "officer"
   * and "office", "reporter" and "reports", "assessor" and "assess" get one key. A key is an agent stem
   * when every occupation word of the dictionaries with that key continues it with -er or -or; a text
   * word with that key names the occupation only when it does too (officer, officers, officeren).
   */
  private void findAgentStems(List<String[]> legacy, List<String[]> ontology) {
    List<String> phrases = new ArrayList<>();
    taxonomy.occupations().forEach(o -> phrases.add(o.label()));
    legacy.forEach(r -> phrases.add(r[1]));
    ontology.forEach(r -> phrases.add(r[0]));
    Map<String, Boolean> agentOnly = new HashMap<>();
    for (String phrase : phrases) {
      int comma = phrase.indexOf(',');
      for (String alternative : (comma < 0 ? phrase : phrase.substring(0, comma)).split("/")) {
        // The head word of the name: "office" of "office manager" is a modifier, not an occupation word.
        List<String> norms = Lexicon.norms(alternative);
        if (norms.isEmpty()) {
          continue;
        }
        int end = norms.size();
        for (int i = 1; i < norms.size(); i++) {
          if (PREPOSITIONS.contains(norms.get(i))) {
            end = i;  // "Lärare i grundskolan": the head stands before the preposition
            break;
          }
        }
        String norm = norms.get(end - 1);
        String key = morphology.key(norm);
        if (norm.startsWith(key) && norm.length() > key.length() && key.length() >= 3) {
          boolean agent = Lexicon.hasAgentEnding(norm, key);
          agentOnly.merge(key, agent, Boolean::logicalAnd);
        } else {
          agentOnly.put(key, false);
        }
      }
    }
    agentOnly.forEach((key, agent) -> {
      if (agent) {
        lexicon.agentStems.add(key);
      }
    });
  }

  private void countQualifierWords(List<String[]> legacy) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> labels = new ArrayList<>();
    taxonomy.occupations().forEach(o -> labels.add(o.label()));
    taxonomy.groups().forEach(g -> labels.add(g.label()));
    legacy.forEach(r -> labels.add(r[1]));
    for (String label : labels) {
      int comma = label.indexOf(',');
      if (comma >= 0) {
        new HashSet<>(contentKeys(label.substring(comma + 1))).forEach(k -> counts.merge(k, 1, Integer::sum));
      }
    }
    counts.forEach((k, n) -> {
      if (n > MAX_QUALIFIER_LABELS) {
        commonQualifierWords.add(k);
      }
    });
  }

  private void addLegacyNames(List<String[]> legacy) {
    Map<String, String> currentByLabel = new HashMap<>();
    taxonomy.occupations().forEach(o -> currentByLabel.put(o.groupId() + "|" + Text.normalize(o.label()), o.id()));
    for (String[] row : legacy) {
      Taxonomy.OccupationGroup group = groupBySsyk.get(row[2]);
      if (group == null) {
        continue;
      }
      String id = taxonomy.occupation(row[0]).isPresent() ? row[0]
          : currentByLabel.get(group.id() + "|" + Text.normalize(row[1]));
      addName(row[1], group.id(), id, LEGACY);
    }
  }

  /**
   * "Kockar och kallskänkor", "Lager- och terminalpersonal", "Undersköterskor, hemtjänst, ...": the names
   * before the first comma, coordinated or not; what follows a comma qualifies them.
   */
  private void addGroupNames() {
    for (Taxonomy.OccupationGroup g : taxonomy.groups()) {
      String label = MFL.matcher(g.label()).replaceAll("");
      int comma = label.indexOf(',');
      String head = (comma < 0 ? label : label.substring(0, comma)).strip();
      List<String> qualifier = comma < 0 ? List.of() : specific(contentKeys(label.substring(comma + 1)));
      List<String> names = new ArrayList<>(lexicon.coordinations(head));
      Matcher two = TWO_NAMES.matcher(head);
      if (two.matches()) {
        names.add(two.group(1));
        names.add(two.group(2));
      }
      if (comma >= 0) {
        for (String q : qualifierWords(label.substring(comma + 1))) {
          lexicon.compounds.addModifier(q, g.id(), null, g.label(), 1);
        }
      }
      for (String phrase : names) {
        List<String> words = Lexicon.norms(phrase);
        if (words.size() == 1) {
          indexCompound(words.get(0), g.id(), null, g.label(), 1);
        }
        // A head with a qualifier ("Tekniker, bilddiagnostik och medicinteknisk utrustning") names the group
        // no more than the head of a qualified occupation name does.
        add(exact, lexicon.keys(phrase), g.id(), null, g.label(), comma < 0 ? GROUP : HEAD, qualifier);
      }
      Matcher adjective = ADJECTIVE_NOUN.matcher(head);
      if (adjective.matches()) {
        // "Grundutbildade sjuksköterskor", "Övriga läkare": the plain noun names the group's general case.
        add(exact, lexicon.keys(adjective.group(2)), g.id(), null, g.label(), GROUP * 0.9, qualifier);
      }
    }
  }

  /** "Sjuksköterska, psykiatrisk vård": the whole name, and its head "Sjuksköterska" with the qualifier as context. */
  private void addName(String rawLabel, String groupId, String occupationId, double factor) {
    String label = PARENTHESES.matcher(rawLabel).replaceAll(" ").replaceAll("\\s+", " ").strip();
    int comma = label.indexOf(',');
    String head = comma < 0 ? label : label.substring(0, comma).strip();
    List<String> qualifier = comma < 0 ? List.of() : specific(contentKeys(label.substring(comma + 1)));
    if (comma >= 0) {
      for (String phrase : lexicon.coordinations(label)) {
        add(exact, lexicon.keys(phrase), groupId, occupationId, rawLabel, EXACT * factor, List.of());
      }
    }
    for (String alternative : head.split("/")) {
      String alt = alternative.strip();
      if (ACRONYM.matcher(alt).matches()) {
        // "DIT" of "Digital Imaging Technician/DIT/Loggare": only in capitals, or it is the word "dit".
        List<String> keys = Lexicon.norms(alt);
        add(exact, keys, groupId, occupationId, rawLabel, (comma < 0 ? EXACT : HEAD) * factor, qualifier);
        upperCase.add(keys);
        continue;
      }
      for (String phrase : lexicon.coordinations(alt)) {
        add(exact, lexicon.keys(phrase), groupId, occupationId, rawLabel, (comma < 0 ? EXACT : HEAD) * factor, qualifier);
        anyCase.add(lexicon.keys(phrase));
        addGeneralWords(phrase, groupId, occupationId, rawLabel, qualifier, factor < 1 ? RETIRED_KIND : 1);
      }
    }
  }

  /**
   * The general words an occupation name is a kind of: the head noun of a name of several words
   * ("lärare" of "Lärare i grundskolan", "assistent" of "Personlig assistent", "arbetsledare" of
   * "Arbetsledare skogsvård") and the heads of a compound ("skollärare" and "lärare" of "Grundskollärare").
   * Only words of the vocation list count, so that "vård" of "skogsvård" does not.
   */
  private void addGeneralWords(String name, String groupId, String occupationId, String rawLabel, List<String> qualifier,
                               double kind) {
    List<String> words = Lexicon.norms(name);
    if (words.isEmpty()) {
      return;
    }
    int nounAt = 0;
    while (nounAt < words.size() - 1 && ADJECTIVE.matcher(words.get(nounAt)).matches()
        && !occupationNouns.contains(words.get(nounAt))) {
      nounAt++;
    }
    String noun = words.get(nounAt);
    if (noun.endsWith("-") || PREPOSITIONS.contains(noun)) {
      return;
    }
    Set<String> context = new LinkedHashSet<>(qualifier);
    for (int i = 0; i < words.size(); i++) {
      if (i != nounAt && !morphology.isStopword(words.get(i)) && words.get(i).length() > 2) {
        context.add(morphology.key(words.get(i)));
      }
    }
    context.removeAll(commonQualifierWords);
    if (words.size() > 1 && occupationNouns.contains(noun)) {
      add(general, List.of(morphology.key(noun)), groupId, occupationId, rawLabel, GENERAL, List.copyOf(context), kind);
    }
    if (nounAt == 0 && words.size() > 1 && words.stream().noneMatch(PREPOSITIONS::contains)
        && occupationNouns.contains(words.get(words.size() - 1))) {
      // English names put the head last: "Key account manager" is a kind of "account manager".
      for (int from = 1; from < words.size() - 1; from++) {
        add(general, morphology.keys(words.subList(from, words.size())), groupId, occupationId, rawLabel, GENERAL,
            List.copyOf(context), kind);
      }
    }
    indexCompound(noun, groupId, occupationId, rawLabel, kind);
    String plainLabel = PARENTHESES.matcher(rawLabel).replaceAll(" ");
    int comma = plainLabel.indexOf(',');
    if (comma >= 0) {
      for (String q : qualifierWords(plainLabel.substring(comma + 1))) {
        lexicon.compounds.addModifier(q, groupId, occupationId, rawLabel, kind);
      }
    }
    List<String> parts = morphology.allParts(morphology.baseForm(noun));
    if (parts.size() > 1) {
      namedHeads.add(morphology.key(parts.get(parts.size() - 1)));
    }
    for (int from = 1; from < parts.size(); from++) {
      String head = String.join("", parts.subList(from, parts.size()));
      if (occupationNouns.contains(head)) {
        Set<String> withModifier = new LinkedHashSet<>(context);
        for (int i = 0; i < from; i++) {
          withModifier.add(morphology.stem(parts.get(i)));
        }
        withModifier.add(morphology.stem(String.join("", parts.subList(0, from))));
        add(general, List.of(morphology.key(head)), groupId, occupationId, rawLabel, GENERAL, List.copyOf(withModifier),
            kind);
      }
    }
  }

  /** Teaches the compound readings a name's modifiers and head, as the text's words will show them. */
  private void indexCompound(String noun, String groupId, String occupationId, String label, double kind) {
    WordForm f = morphology.form(noun);
    if (f.isCompound()) {
      // Modifiers as written (lager, not its stem "lag", which "lagspelare" shares), heads by key.
      List<String> parts = f.parts();
      lexicon.compounds.addName(f.surfaceParts().subList(0, parts.size() - 1), parts.get(parts.size() - 1), groupId,
          occupationId, label, kind);
    } else if (!f.key().isEmpty()) {
      lexicon.compounds.addName(List.of(), f.key(), groupId, occupationId, label, kind);
    }
  }

  /** The specific words of a qualifier as written (base form), for the compound readings' modifiers. */
  private List<String> qualifierWords(String phrase) {
    List<String> out = new ArrayList<>();
    for (String norm : Lexicon.norms(phrase)) {
      if (!morphology.isStopword(norm) && norm.length() > 2 && !norm.endsWith("-")
          && !commonQualifierWords.contains(morphology.key(norm))) {
        out.add(morphology.baseForm(norm));
      }
    }
    return out;
  }

  private List<String> contentKeys(String phrase) {
    List<String> out = new ArrayList<>();
    for (String norm : Lexicon.norms(phrase)) {
      if (!morphology.isStopword(norm) && norm.length() > 2) {
        out.add(morphology.key(norm.endsWith("-") ? norm.substring(0, norm.length() - 1) : norm));
      }
    }
    return out;
  }

  private List<String> specific(List<String> keys) {
    return keys.stream().filter(k -> !commonQualifierWords.contains(k)).toList();
  }

  private static void add(Map<List<String>, Map<String, Reading>> map, List<String> keys, String groupId,
                          String occupationId, String label, double weight, List<String> qualifier) {
    add(map, keys, groupId, occupationId, label, weight, qualifier, 1);
  }

  private static void add(Map<List<String>, Map<String, Reading>> map, List<String> keys, String groupId,
                          String occupationId, String label, double weight, List<String> qualifier, double kind) {
    if (keys.isEmpty()) {
      return;
    }
    Reading r = map.computeIfAbsent(keys, k -> new LinkedHashMap<>()).computeIfAbsent(groupId, k -> new Reading());
    r.kinds += kind;
    r.qualifier.addAll(qualifier);
    if (weight > r.weight || weight == r.weight && occupationId != null && r.occupationId == null) {
      r.weight = weight;
      r.occupationId = occupationId;
      r.label = label;
    }
  }

  /**
   * Turns the readings into terms. A phrase naming occupations of several groups splits its strength
   * between them by the strongest way it names each (an exact name over the group's own name over a label
   * head over a general word); how many names a group happens to have does not count, except for a
   * general word, which leans towards the groups that have more of its kinds. A general word without any
   * exact reading is discounted by how few kinds the taxonomy lists for it.
   */
  private Map<List<String>, List<Term.Sense>> freeze() {
    Map<List<String>, Double> generalOnly = new HashMap<>();
    general.forEach((keys, byGroup) -> {
      // A general word leans towards the groups with more of its kinds ("säljare": five kinds of
      // Företagssäljare, one of Resesäljare): its strength in a group grows with their number.
      double mostKinds = byGroup.values().stream().mapToDouble(r -> r.kinds).max().orElse(1);
      byGroup.values().forEach(r -> r.weight = GENERAL * Math.pow(r.kinds / mostKinds, 1 / SHARPNESS));
      Map<String, Reading> readings = exact.get(keys);
      double allKinds = byGroup.values().stream().mapToDouble(r -> r.kinds).sum();
      if (readings != null && allKinds >= MANY_KINDS
          && readings.values().stream().allMatch(r -> r.weight <= HEAD * (1 + 1e-9))) {
        // "Chef" is the head of "Chef, Corporate Finance" but also the general word of dozens of chef names:
        // as a head alone it says no more than the general word.
        readings.values().forEach(r -> r.weight = Math.min(r.weight, GENERAL));
      }
      if (readings == null) {
        double kinds = byGroup.values().stream().mapToDouble(r -> r.kinds).sum();
        generalOnly.put(keys, GENERAL * kinds / (kinds + UNLISTED_KINDS));
        readings = new LinkedHashMap<>();
        exact.put(keys, readings);
      }
      for (Map.Entry<String, Reading> e : byGroup.entrySet()) {
        Reading current = readings.get(e.getKey());
        if (current == null) {
          readings.put(e.getKey(), e.getValue());
        } else if (e.getValue().weight > current.weight) {
          current.weight = e.getValue().weight;
        }
      }
    });
    Map<List<String>, List<Term.Sense>> out = new HashMap<>();
    exact.forEach((keys, byGroup) -> {
      double best = 0;
      for (Reading r : byGroup.values()) {
        best = Math.max(best, r.weight);
      }
      List<Term.Sense> senses = new ArrayList<>();
      for (Map.Entry<String, Reading> e : byGroup.entrySet()) {
        Reading r = e.getValue();
        senses.add(new Term.Sense(e.getKey(), r.occupationId, r.label, Math.pow(r.weight / best, SHARPNESS),
            List.copyOf(r.qualifier)));
      }
      senses.sort(Comparator.comparingDouble(Term.Sense::share).reversed());
      List<Term.Sense> top = List.copyOf(senses.subList(0, Math.min(MAX_SENSES, senses.size())));
      out.put(keys, top);
      resolvedWeight.put(keys, generalOnly.containsKey(keys) ? 0.0 : Math.min(1.0, best));
      boolean acronym = upperCase.contains(keys) && !anyCase.contains(keys);
      if (!ignorable(keys) || acronym) {
        double weight = generalOnly.getOrDefault(keys, Math.min(1.0, best));
        lexicon.phrases.add(keys, new Term(Extracted.Kind.OCCUPATION, null, top.get(0).label(), weight,
            acronym ? Term.Writing.UPPER_CASE : Term.Writing.ANY, top));
      }
    });
    return out;
  }

  /**
   * An ontology term or synonym means what its concept means. The concept is looked up as a phrase, then
   * by its compound head (barnsjuksköterska → sjuksköterska) at a lower weight. Terms the taxonomy already
   * names keep the taxonomy's meaning.
   */
  private void addDerived(String term, String concept, double weight, Map<List<String>, List<Term.Sense>> resolved,
                          Set<List<String>> derived) {
    List<String> termKeys = lexicon.keys(term);
    if (termKeys.isEmpty() || resolved.containsKey(termKeys) || derived.contains(termKeys) || ignorable(termKeys)) {
      return;
    }
    double w = weight;
    List<Term.Sense> senses = resolved.get(lexicon.keys(concept));
    if (senses == null) {
      senses = resolveBySynonym(concept, resolved);
    }
    if (senses == null) {
      Term head = resolveByHead(concept);
      if (head != null) {
        senses = head.senses();
        // a compound whose parts barely fit together ("omsorg|personal": only chefs' names say omsorg)
        w = weight * COMPOUND_HEAD * Math.min(1.0, head.weight() / GENERAL);
      }
    }
    if (senses == null) {
      return;
    }
    derived.add(termKeys);
    lexicon.phrases.add(termKeys, new Term(Extracted.Kind.OCCUPATION, null, senses.get(0).label(), w, Term.Writing.ANY, senses));
  }

  /**
   * A concept the taxonomy does not name may have a term it does: the ontology's concept "lagermedarbetare"
   * has the term "lagerpersonal", which the group "Lager- och terminalpersonal" names. The concept then
   * means what the taxonomy's name means, when only one group (or one set of readings) is named so, and by a
   * name, not a general word.
   */
  private List<Term.Sense> resolveBySynonym(String concept, Map<List<String>, List<Term.Sense>> resolved) {
    List<String> conceptWords = Lexicon.norms(concept);
    if (conceptWords.size() == 1 && namedHeads.contains(morphology.key(conceptWords.get(0)))) {
      // "sköterska" heads Undersköterska, Tandsköterska, Barnsköterska: it means their kind, whatever
      // synonym ("skötare") the ontology files it with.
      return null;
    }
    List<Term.Sense> found = null;
    for (String term : termsByConcept.getOrDefault(concept, List.of())) {
      List<String> keys = lexicon.keys(term);
      List<Term.Sense> senses = resolved.get(keys);
      if (senses == null || resolvedWeight.getOrDefault(keys, 0.0) < STRONG_NAME) {
        continue;
      }
      if (found != null && !found.get(0).groupId().equals(senses.get(0).groupId())) {
        return null;
      }
      if (found == null) {
        found = senses;
      }
    }
    return found;
  }

  private Term resolveByHead(String concept) {
    List<String> words = Lexicon.norms(concept);
    if (words.isEmpty()) {
      return null;
    }
    String last = words.get(words.size() - 1);
    WordForm form = morphology.form(last);
    List<String> parts = form.surfaceParts();
    for (int from = 1; from < parts.size(); from++) {
      String headKey = from == parts.size() - 1 ? form.parts().get(from)
          : morphology.key(String.join("", parts.subList(from, parts.size())));
      List<String> modifiers = form.surfaceParts().subList(0, from);
      Term head = occupationTerm(List.of(headKey));
      if (head != null || from == parts.size() - 1) {
        // "lagermedarbetare": a medarbetare in the groups whose names say lager-
        Term read = lexicon.compounds.read(modifiers, headKey, head, GENERAL);
        if (read != null) {
          return read;
        }
      }
    }
    return null;
  }

  private Term occupationTerm(List<String> keys) {
    for (Term t : lexicon.phrases.get(keys)) {
      if (t.kind() == Extracted.Kind.OCCUPATION && t.writing() == Term.Writing.ANY) {
        return t;
      }
    }
    return null;
  }

  private boolean ignorable(List<String> keys) {
    if (keys.size() != 1) {
      return false;
    }
    String k = keys.get(0);
    return k.length() < 3 || morphology.isStopword(k);
  }
}
