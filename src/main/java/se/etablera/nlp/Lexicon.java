package se.etablera.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.Taxonomy;

/**
 * The dictionaries the analyzer matches text against, built once from the taxonomy and the files under
 * resources/nlp: occupation terms (taxonomy occupation names and group labels, the 2020 occupation names
 * with their SSYK codes, the job-title ontology and hand-written abbreviations), skills, languages, driving
 * licence classes, municipalities and places. Every phrase is stored under the same morphological keys the
 * text gets, so inflected and definite forms meet their dictionary form.
 */
final class Lexicon {
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");
  /** An abbreviation of three to eight capitals, digits or joiners ("YKB", "ADR", "HLR"); "AB" is too short. */
  private static final Pattern ACRONYM = Pattern.compile("[A-ZÅÄÖ][A-ZÅÄÖ0-9/&+-]{2,7}");
  /**
   * Label qualifiers that say what kind of thing the head is ("Java, programmeringsspråk", "SAP,
   * affärssystem", "Forskning, erfarenhet"), so that the head alone names the skill. Other qualifiers name an
   * activity about the head or a domain ("Ekonomi, undervisning högskolenivå", "Arbetsmiljö, journalistik"),
   * and the head alone means something else.
   */
  private static final Pattern CLASS_QUALIFIER;
  /** Qualifiers of products: their names are written with a capital ("Java", "Scala", "Oracle"). */
  private static final Pattern PRODUCT_QUALIFIER;

  static {
    String products = "språk|system|plattform|plattformar|verktyg|hanterare|ramverk|protokoll|cms|editor|stilmall"
        + "|bibliotek|databas|server|program|programvara|mjukvara|format|standard";
    PRODUCT_QUALIFIER = Pattern.compile("(" + products + ")$");
    CLASS_QUALIFIER = Pattern.compile("(" + products + "|erfarenhet|metod|teknik)$");
  }

  private static final Pattern COORDINATION = Pattern.compile("(\\p{L}+)- (och|eller|samt|&) (\\p{L}+)");

  final Taxonomy taxonomy;
  final Morphology morphology;
  final PhraseIndex<Term> phrases = new PhraseIndex<>(false);
  final PhraseIndex<Term> names = new PhraseIndex<>(true);
  final Map<String, Taxonomy.Language> languages = new HashMap<>();
  final Map<String, Concept> licenceClasses = new HashMap<>();
  /** Heads with at least this many thing compounds among the skill labels also name things. */
  private static final int MIN_THING_COMPOUNDS = 4;
  /** Keys of occupation heads that also name things (see {@link #findThingHeads}). */
  final Set<String> thingHeads = new HashSet<>();
  /** Occupation readings of compounds through modifier and head (set while the occupation terms are built). */
  CompoundReadings compounds;
  /** Keys of occupation words whose key Snowball made by stripping an agent ending (see OccupationTerms). */
  final Set<String> agentStems = new HashSet<>();
  private final Set<String> languageKeys = new HashSet<>();
  private final Map<String, Set<String>> groupSkills = new HashMap<>();

  private Lexicon(Taxonomy taxonomy, Morphology morphology) {
    this.taxonomy = taxonomy;
    this.morphology = morphology;
  }

  static Lexicon build(Taxonomy taxonomy) {
    Set<String> stopwords = new HashSet<>(Resources.lines("nlp/stopwords-sv.txt"));
    List<String[]> ontology = Resources.rows("nlp/occupation-terms.tsv");
    List<String[]> legacy = Resources.rows("nlp/occupation-names.tsv");
    List<String[]> synonyms = Resources.rows("nlp/synonyms.tsv");
    Set<String> vocations = new HashSet<>(Resources.lines("nlp/vocations.txt"));
    Morphology morphology = new Morphology(vocabulary(vocations, taxonomy, ontology, legacy, synonyms), stopwords);
    Lexicon lexicon = new Lexicon(taxonomy, morphology);
    OccupationTerms.addTo(lexicon, vocations, legacy, ontology, synonyms);
    lexicon.addLanguages();
    lexicon.addSkills(synonyms);
    lexicon.addLicences();
    lexicon.addPlaces();
    taxonomy.groups().forEach(g -> lexicon.groupSkills.put(g.id(), new HashSet<>(g.skillIds())));
    lexicon.findThingHeads();
    return lexicon;
  }

  /**
   * Occupation heads that the taxonomy's skill labels also use for things: "modell" heads
   * "utvecklingsmodell", "förvaltningsmodell", "projektstyrningsmodell"; "script" heads "javascript". A
   * compound no dictionary lists ("lönemodell") is then not read as the person ("Modell").
   */
  private void findThingHeads() {
    Map<String, Set<String>> things = new HashMap<>();
    for (Concept skill : taxonomy.skills()) {
      for (String norm : norms(skill.label())) {
        WordForm form = morphology.form(norm);
        if (!form.isCompound() || isOccupation(List.of(form.key()))) {
          continue;
        }
        String head = form.parts().get(form.parts().size() - 1);
        if (isOccupation(List.of(head))) {
          things.computeIfAbsent(head, k -> new HashSet<>()).add(form.key());
        }
      }
    }
    things.forEach((head, compounds) -> {
      if (compounds.size() >= MIN_THING_COMPOUNDS) {
        thingHeads.add(head);
      }
    });
  }

  private boolean isOccupation(List<String> keys) {
    for (Term t : phrases.get(keys)) {
      if (t.kind() == Extracted.Kind.OCCUPATION) {
        return true;
      }
    }
    return false;
  }

  /** Every word of every dictionary: the morphology confirms definite forms and compound parts against it. */
  private static Set<String> vocabulary(Set<String> vocations, Taxonomy taxonomy, List<String[]> ontology,
                                        List<String[]> legacy, List<String[]> synonyms) {
    Set<String> words = new HashSet<>(vocations);
    words.addAll(Resources.lines("nlp/words.txt"));
    List<String> phrases = new ArrayList<>();
    taxonomy.occupations().forEach(o -> phrases.add(o.label()));
    taxonomy.groups().forEach(g -> phrases.add(g.label()));
    taxonomy.fields().forEach(f -> phrases.add(f.label()));
    taxonomy.skills().forEach(s -> phrases.add(s.label()));
    taxonomy.languages().forEach(l -> phrases.add(l.label()));
    ontology.forEach(r -> phrases.add(r[0]));
    legacy.forEach(r -> phrases.add(r[1]));
    synonyms.forEach(r -> phrases.add(r[2]));
    for (String phrase : phrases) {
      for (Token t : Tokenizer.split(phrase).words()) {
        if (t.isWord() && !t.norm.endsWith("-")) {
          words.add(t.norm);
          if (t.norm.indexOf('-') > 0) {
            for (String piece : t.norm.split("-")) {
              words.add(piece);
            }
          }
        }
      }
    }
    return words;
  }

  /** The skills JobTech relates to an SSYK-4 group (a hash set: looked up for every candidate group). */
  Set<String> skillsOfGroup(String groupId) {
    return groupSkills.getOrDefault(groupId, Set.of());
  }

  /** Whether a word continues its key with an agent ending, -er or -or (officer, officers, assessor). */
  static boolean hasAgentEnding(String norm, String key) {
    return norm.startsWith(key) && (norm.startsWith("er", key.length()) || norm.startsWith("or", key.length()));
  }

  /**
   * A text word whose key is an agent stem names an occupation only with the agent ending: "Office" is
   * not an "Officer", "reports" not a "reporter". Words written otherwise (a definite form the key does
   * not start) are not judged.
   */
  boolean agentFormMissing(String norm, String key) {
    return agentStems.contains(key) && norm.startsWith(key) && !hasAgentEnding(norm, key);
  }

  /** Word norms of a phrase as the tokenizer sees them. */
  static List<String> norms(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.split(phrase).words()) {
      out.add(t.norm);
    }
    return out;
  }

  List<String> keys(String phrase) {
    return morphology.keys(norms(phrase));
  }

  /**
   * The phrase with any coordinated compound spelt out: "Lager- och terminalpersonal" gives
   * "Lagerpersonal" and "terminalpersonal", as well as itself.
   */
  List<String> coordinations(String phrase) {
    Matcher m = COORDINATION.matcher(phrase);
    if (!m.find()) {
      return List.of(phrase);
    }
    String second = m.group(3);
    List<String> parts = morphology.split(morphology.baseForm(second.toLowerCase(Tokenizer.SWEDISH)));
    List<String> out = new ArrayList<>();
    out.add(phrase);
    out.add(phrase.substring(0, m.start()) + second + phrase.substring(m.end()));
    if (parts.size() > 1) {
      String head = parts.get(parts.size() - 1);
      String headWritten = second.substring(second.length() - head.length());
      out.add(phrase.substring(0, m.start()) + m.group(1) + headWritten + phrase.substring(m.end()));
    }
    return out;
  }

  private static String normalized(String s) {
    return se.etablera.taxonomy.Text.normalize(s);
  }

  /** Single stop words or keys of one or two letters would match everywhere. */
  private boolean ignorable(List<String> keys) {
    if (keys.size() != 1) {
      return false;
    }
    String k = keys.get(0);
    return k.length() < 3 || morphology.isStopword(k);
  }

  // ---- skills -----------------------------------------------------------------------------------------------

  /**
   * Skill phrases from the taxonomy's labels. A label's parenthesis is dropped when it only adds an
   * abbreviation ("Yrkeskompetensbevis för förare (YKB)" also gives "YKB") or when something is left
   * that says more than one word; "Miljö (Trafikverkets kravkurs)" is not "miljö". A label head names its
   * skill ("Java" of "Java, programmeringsspråk") when few labels share it, no label is exactly that word,
   * and the qualifier says what kind of thing the head is (see {@link #CLASS_QUALIFIER}).
   */
  private void addSkills(List<String[]> synonyms) {
    Map<List<String>, List<Concept>> heads = new HashMap<>();
    Set<List<String>> capitalizedHeads = new HashSet<>();
    Set<List<String>> upperCaseHeads = new HashSet<>();
    Set<List<String>> fullKeys = new HashSet<>();
    List<Concept> sorted = new ArrayList<>(taxonomy.skills());
    sorted.sort(Comparator.comparing(Concept::label));
    Map<String, Concept> byLabel = new HashMap<>();
    for (Concept skill : sorted) {
      byLabel.put(normalized(skill.label()), skill);
      String label = skill.label();
      Matcher paren = PARENTHESES.matcher(label);
      boolean onlyAbbreviations = true;
      while (paren.find()) {
        String inside = paren.group(1).strip();
        if (ACRONYM.matcher(inside).matches()) {
          addSkillPhrase(inside, skill, 0.85, Term.Writing.UPPER_CASE);
        } else {
          onlyAbbreviations = false;
        }
      }
      String clean = PARENTHESES.matcher(label).replaceAll(" ").replaceAll("\\s+", " ").strip();
      if (!onlyAbbreviations && norms(clean).size() < 2) {
        fullKeys.add(keys(clean));
        continue;
      }
      for (String phrase : coordinations(clean)) {
        fullKeys.add(keys(phrase));
        addSkillPhrase(phrase, skill, 1.0, Term.Writing.ANY);
      }
      int comma = clean.indexOf(',');
      String head = comma < 0 ? clean : clean.substring(0, comma).strip();
      String qualifier = comma < 0 ? "" : clean.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
      boolean classified = comma >= 0 && CLASS_QUALIFIER.matcher(qualifier).find();
      boolean product = comma >= 0 && PRODUCT_QUALIFIER.matcher(qualifier).find();
      for (String alternative : head.split("/")) {
        String alt = alternative.strip();
        if (ACRONYM.matcher(alt).matches() && head.contains("/")) {
          addSkillPhrase(alt, skill, 0.85, Term.Writing.UPPER_CASE);
          continue;
        }
        boolean abbreviation = ACRONYM.matcher(alt).matches();
        if ((classified || comma < 0 && head.contains("/")) && (alt.length() >= 4 || abbreviation)
            && !alt.matches("[0-9 ]+")) {
          for (String phrase : coordinations(alt)) {
            List<String> k = abbreviation ? norms(phrase) : keys(phrase);
            heads.computeIfAbsent(k, x -> new ArrayList<>()).add(skill);
            if (abbreviation) {
              upperCaseHeads.add(k);
            } else if (product) {
              capitalizedHeads.add(k);
            }
          }
        }
        String name = alt.replaceFirst("^(MS|Microsoft) ", "");
        if (!name.equals(alt) && name.length() >= 4) {
          addSkillPhrase(name, skill, 0.9, Term.Writing.CAPITALIZED);
        }
      }
    }
    heads.forEach((k, skills) -> {
      if (!fullKeys.contains(k) && skills.size() <= 2 && !namesOtherConcept(k)) {
        Concept first = skills.stream().min(Comparator.comparingInt(s -> s.label().length())).orElseThrow();
        Term.Writing writing = upperCaseHeads.contains(k) ? Term.Writing.UPPER_CASE
            : capitalizedHeads.contains(k) ? Term.Writing.CAPITALIZED : Term.Writing.ANY;
        addSkillKeys(k, first, 0.8, writing);
      }
    });
    for (String[] row : synonyms) {
      if (row[0].equals("SKILL")) {
        Concept target = byLabel.get(normalized(row[2]));
        if (target == null) {
          throw new IllegalStateException("synonyms.tsv: no skill labelled " + row[2]);
        }
        addSkillPhrase(row[1], target, 0.9, Term.Writing.ANY);
      }
    }
  }

  /**
   * A label head that is an occupation term ("Undersköterska" of "Undersköterska, utbildad") or a language
   * ("Arabiska" of "Arabiska, cirkelledning") names that occupation or language, not the skill.
   */
  private boolean namesOtherConcept(List<String> keys) {
    for (Term t : phrases.get(keys)) {
      if (t.kind() == Extracted.Kind.OCCUPATION) {
        return true;
      }
    }
    return keys.size() == 1 && languageKeys.contains(keys.get(0));
  }

  private void addSkillPhrase(String phrase, Concept skill, double weight, Term.Writing writing) {
    addSkillKeys(writing == Term.Writing.UPPER_CASE ? norms(phrase) : keys(phrase), skill, weight, writing);
  }

  private void addSkillKeys(List<String> keys, Concept skill, double weight, Term.Writing writing) {
    if (keys.isEmpty() || ignorable(keys) && writing != Term.Writing.UPPER_CASE) {
      return;
    }
    if (keys.size() == 1 && keys.get(0).length() <= 3 && writing != Term.Writing.UPPER_CASE) {
      // A stem of three letters joins unrelated words ("Mode", "mod", "modern"); such labels need more.
      return;
    }
    phrases.add(keys, Term.concept(Extracted.Kind.SKILL, skill.id(), skill.label(), weight, writing));
  }

  // ---- languages, licences, places ---------------------------------------------------------------------------

  private void addLanguages() {
    Map<String, String> english = new HashMap<>();
    for (String[] row : Resources.rows("nlp/language-names-en.tsv")) {
      for (int i = 1; i < row.length; i++) {
        english.put(row[0], english.containsKey(row[0]) ? english.get(row[0]) + "/" + row[i] : row[i]);
      }
    }
    List<Taxonomy.Language> sorted = new ArrayList<>(taxonomy.languages());
    sorted.sort(Comparator.comparing(Taxonomy.Language::label));
    for (Taxonomy.Language language : sorted) {
      Set<String> written = new LinkedHashSet<>();
      for (String alternative : language.label().split("/")) {
        String a = alternative.strip();
        int dash = a.indexOf(" - ");
        if (dash > 0) {
          a = a.substring(dash + 3);
        }
        written.add(a.toLowerCase(Tokenizer.SWEDISH));
      }
      if (language.iso2() != null && english.containsKey(language.iso2())) {
        for (String name : english.get(language.iso2()).split("/")) {
          written.add(name.toLowerCase(Locale.ROOT));
        }
      }
      for (String w : written) {
        if (w.indexOf(' ') >= 0 || w.length() < 4) {
          continue;
        }
        languageKeys.add(morphology.key(w));
        languages.putIfAbsent(w, language);
        if (w.endsWith("a")) {
          languages.putIfAbsent(w + "n", language);
        }
      }
    }
  }

  private void addLicences() {
    for (Concept licence : taxonomy.drivingLicences()) {
      licenceClasses.put(licence.label().toLowerCase(Locale.ROOT), licence);
    }
  }

  /** Municipalities, and places (tätorter) by the municipality they lie in; a municipality wins a shared name. */
  private void addPlaces() {
    Set<String> municipalityNames = new HashSet<>();
    for (Taxonomy.Municipality m : taxonomy.municipalities()) {
      addName(m.label(), Term.concept(Extracted.Kind.MUNICIPALITY, m.code(), m.label(), 1.0, Term.Writing.CAPITALIZED));
      municipalityNames.add(normalized(m.label()));
    }
    for (Taxonomy.Place p : taxonomy.places()) {
      if (!municipalityNames.contains(normalized(p.label()))) {
        addName(p.label(), Term.concept(Extracted.Kind.PLACE, p.municipalityCode(), p.label(), 0.8,
            Term.Writing.CAPITALIZED));
      }
    }
  }

  /**
   * Place names match as written, with the genitive -s (Göteborgs stad) and without diacritics (Goteborg,
   * for names of five letters or more).
   */
  private void addName(String label, Term term) {
    List<String> words = norms(label);
    if (words.isEmpty()) {
      return;
    }
    names.add(words, term);
    String last = words.get(words.size() - 1);
    if (!last.endsWith("s") && !last.endsWith("x") && !last.endsWith("z")) {
      List<String> genitive = new ArrayList<>(words);
      genitive.set(genitive.size() - 1, last + "s");
      names.add(genitive, term);
    }
    List<String> folded = new ArrayList<>();
    for (String w : words) {
      folded.add(se.etablera.taxonomy.Text.fold(w));
    }
    // Without diacritics only long names: "Are" and "As" are English words, not Åre and Ås.
    if (!folded.equals(words) && String.join(" ", folded).length() >= 5) {
      names.add(folded, term);
    }
  }
}
