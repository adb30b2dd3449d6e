package se.etablera.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import se.etablera.nlp.Extracted.Kind;
import se.etablera.nlp.Extracted.Requirement;
import se.etablera.taxonomy.Taxonomy;

/**
 * Turns free text in Swedish or English — coaches' notes, CVs, ad texts — into taxonomy concepts, and gives
 * the same normalised, stemmed tokens to the search index and to queries (the embedded Elasticsearch has
 * no Swedish analyzer, and doing it here keeps results the same on a full cluster).
 *
 * <p>Thread-safe; build once at start-up with {@link #load} (blocking, one to two seconds) and share.
 * Analysis is CPU-bound (1–2 ms of CPU for a 300-word ad): callers on a Vert.x event loop must run it with
 * {@code executeBlocking}.
 */
public final class TextAnalyzer {
  /** A compound found only through its head (barnsjuksköterska → sjuksköterska) counts this much. */
  private static final double COMPOUND_HEAD = 0.6;
  /** Same for skills, whose heads are often generic (vårddokumentation → dokumentation). */
  private static final double SKILL_COMPOUND_HEAD = 0.5;
  /**
   * A word that shares its stem with an agent noun but lacks the agent ending ("design", "develop",
   * "reports" against designer, developer, reporter) names the activity, not the occupation: weak evidence.
   */
  private static final double ACTIVITY = 0.3;
  /** The term weight of a compound read through a head that is no occupation term ("lager|ansvarig"). */
  private static final double COMPOUND_HEAD_ONLY = 0.5;
  private static final int HEAD_CACHE_LIMIT = 100_000;
  private static final Set<String> PLACE_CUES = Words.of("i", "från", "till", "inom", "nära", "utanför", "runt", "kring",
      "in", "near", "at", "around", "vid", "mellan", "om", "norr", "söder", "öster", "väster", "centrala", "from");
  private static final Set<String> NEGATIONS = Words.of("inget", "ingen", "inga", "utan", "saknar", "ej", "inte",
      "no", "without", "lacks", "lack");
  private static final Set<String> PLACE_AFTER = Words.of("kommun", "kommuns", "stad", "stads", "län", "municipality",
      "kommunen", "centrum", "city");

  private final Lexicon lexicon;
  private final Morphology morphology;
  private final LanguageIdentifier languageIdentifier;
  private final LanguageRules languageRules;
  private final LicenceRules licenceRules;
  private final HoursRules hoursRules = new HoursRules();
  private final OccupationRanker ranker;
  /** Compound-head terms by word, for words no phrase covers (computed once per distinct word). */
  private final Map<String, List<Term>> occupationHeads = new ConcurrentHashMap<>();
  private final Map<String, List<Term>> skillHeads = new ConcurrentHashMap<>();

  private TextAnalyzer(Lexicon lexicon, LanguageIdentifier languageIdentifier) {
    this.lexicon = lexicon;
    this.morphology = lexicon.morphology;
    this.languageIdentifier = languageIdentifier;
    this.languageRules = new LanguageRules(lexicon.languages, morphology);
    this.licenceRules = new LicenceRules(lexicon.licenceClasses);
    this.ranker = new OccupationRanker(lexicon);
  }

  /**
   * Builds the analyzer: dictionaries from the class path (resources/nlp) and the taxonomy, and OpenNLP's
   * language model. Blocking; one to two seconds on an idle core.
   */
  public static TextAnalyzer load(Taxonomy taxonomy) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    // The language model (~0.6 s) loads on a thread of its own while the dictionaries are built.
    CompletableFuture<LanguageIdentifier> model = CompletableFuture.supplyAsync(LanguageIdentifier::load, task -> {
      Thread thread = new Thread(task, "etablera-langdetect-load");
      thread.setDaemon(true);
      thread.start();
    });
    Lexicon lexicon = Lexicon.build(taxonomy);
    return new TextAnalyzer(lexicon, model.join());
  }

  /** The morphology, for tests of the word forms. */
  Morphology morphology() {
    return morphology;
  }

  /** The dictionaries, for tests of the rules built from them. */
  Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Finds the concepts in a text. Occupations come first as ranked candidates (best first; an ad's
   * headline, given as its first line, weighs most), then the other concepts in text order, one per
   * concept, each with the span of its most telling mention.
   */
  public Analysis analyze(String text) {
    Objects.requireNonNull(text, "text");
    Doc doc = new Doc(text, Tokenizer.split(text));
    for (Token w : doc.words) {
      w.form = morphology.form(w.norm);
    }
    List<String> notes = new ArrayList<>();
    LanguageIdentifier.Result language = languageIdentifier.detect(text, doc.sentences);
    if (!language.reliable()) {
      notes.add(language.reason());
    }
    List<PhraseIndex.Match<Term>> matches = new ArrayList<>();
    for (int i = 0; i < doc.words.size(); i++) {
      lexicon.phrases.matchAt(doc.words, i, matches);
    }
    coordinatedCompounds(doc, matches);
    writtenApart(doc, matches);
    List<Found> found = new ArrayList<>();
    boolean foreign = language.reliable() && !"swe".equals(language.language());
    List<Found> skills = skills(doc, matches, foreign);
    found.addAll(skills);
    places(doc, found);
    languageRules.extract(doc, found);
    licenceRules.extract(doc, found);
    hoursRules.extract(doc, found);
    List<OccupationRanker.Mention> mentions = occupationMentions(doc, matches);
    List<Found> occupations = ranker.rank(doc, mentions, skills, docKeys(doc));
    RequirementScopes scopes = new RequirementScopes(doc);
    List<Extracted> concepts = new ArrayList<>();
    for (Found f : occupations) {
      concepts.add(f.extracted().withRequirement(scopes.of(f.from(), f.to())));
    }
    concepts.addAll(merge(doc, found, scopes));
    if (mentions.isEmpty()) {
      notes.add(occupations.isEmpty() ? "no occupation found"
          : "no occupation named; the occupation candidates are inferred from the skills found");
    }
    return new Analysis(language.language(), language.confidence(), language.reliable(), List.copyOf(concepts),
        List.copyOf(notes));
  }

  /**
   * Normalised, stemmed tokens for indexing a free-text field and for querying it: stop words dropped,
   * each word's key plus its compound parts (lagerarbetare → lagerarbetare, lager, arbetare as keys) and,
   * where a definite ending could not be confirmed, the form without it. Feed the same function both
   * sides. Tokens may contain hyphens and signs (b-körkort, c++), so index them with a whitespace analyzer,
   * which every Elasticsearch has, rather than the standard one, which would split them.
   */
  public List<String> searchTokens(String text) {
    Objects.requireNonNull(text, "text");
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.split(text).words()) {
      if (t.type == Token.Type.NUMBER) {
        out.add(t.norm);
      } else {
        morphology.searchKeys(t.norm, out);
      }
    }
    return out;
  }

  /**
   * {@link #searchTokens} joined by spaces: the value to store in a free-text field analysed with
   * Elasticsearch's {@code whitespace} analyzer, and the query string to match against it.
   */
  public String searchText(String text) {
    return String.join(" ", searchTokens(text));
  }

  /**
   * The normalised, stemmed form of a short phrase such as a label or a keyword: inflected, definite and
   * genitive forms of the same phrase give the same string ("Undersköterskan" and "undersköterskor" both
   * give "underskötersk"). For comparing phrases; unlike {@link #searchTokens} it keeps stop words and adds
   * no compound parts.
   */
  public String termKey(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    return String.join(" ", lexicon.keys(phrase));
  }

  /** "Lager- och terminalarbete": the dangling "Lager-" means "lagerarbete", looked up as one word. */
  private void coordinatedCompounds(Doc doc, List<PhraseIndex.Match<Term>> matches) {
    for (Token w : doc.words) {
      if (!w.norm.endsWith("-") || w.norm.length() < 3) {
        continue;
      }
      for (int i = w.wordIndex + 1; i <= w.wordIndex + 4; i++) {
        Token t = doc.wordInSentence(i, w);
        if (t == null) {
          break;
        }
        if (t.norm.endsWith("-") || t.norm.equals("och") || t.norm.equals("eller") || t.norm.equals("samt")) {
          continue;
        }
        List<String> parts = t.form.surfaceParts();
        if (parts.size() > 1) {
          String head = parts.get(parts.size() - 1);
          String joined = w.norm.substring(0, w.norm.length() - 1) + t.norm.substring(t.norm.length() - head.length());
          for (Term term : lexicon.phrases.get(morphology.key(joined))) {
            matches.add(new PhraseIndex.Match<>(w.wordIndex, w.wordIndex + 1, term));
          }
        }
        break;
      }
    }
  }

  /**
   * Compounds written apart ("tandläkare assistent", "IT tekniker", "lager arbetare"): two words whose
   * compound, as one word (with the modifier's final -e dropped, as Swedish compounds do) or hyphenated, is
   * an occupation term are read as that compound, over the two words alone.
   */
  private void writtenApart(Doc doc, List<PhraseIndex.Match<Term>> matches) {
    for (int i = 0; i + 1 < doc.words.size(); i++) {
      Token first = doc.words.get(i);
      Token second = doc.words.get(i + 1);
      if (!first.isWord() || !second.isWord() || second.breakBefore || second.sentence != first.sentence
          || first.norm.endsWith("-") || first.norm.length() < 2 || morphology.isStopword(first.norm)
          || !hasOccupationTerm(second.key())) {
        continue;
      }
      String modifier = first.norm;
      List<String> joined = new ArrayList<>(3);
      joined.add(modifier + second.norm);
      if (modifier.endsWith("e") && modifier.length() > 3) {
        joined.add(modifier.substring(0, modifier.length() - 1) + second.norm);
      }
      joined.add(modifier + "-" + second.norm);
      for (String compound : joined) {
        boolean found = false;
        for (Term t : lexicon.phrases.get(morphology.key(compound))) {
          if (t.kind() == Kind.OCCUPATION && t.writing() == Term.Writing.ANY) {
            matches.add(new PhraseIndex.Match<>(i, i + 2, t));
            found = true;
          }
        }
        if (found) {
          break;
        }
      }
    }
  }

  private boolean hasOccupationTerm(String key) {
    for (Term t : lexicon.phrases.get(key)) {
      if (t.kind() == Kind.OCCUPATION) {
        return true;
      }
    }
    return false;
  }

  /**
   * Skills: the longest phrase wins where phrases overlap. In a text in another language a one-word skill
   * must be written with a capital, as names of tools and languages are: the Swedish labels "Mission",
   * "House" and "Performance" are also ordinary English words.
   */
  private List<Found> skills(Doc doc, List<PhraseIndex.Match<Term>> matches, boolean foreign) {
    List<PhraseIndex.Match<Term>> candidates = new ArrayList<>();
    for (PhraseIndex.Match<Term> m : matches) {
      if (m.entry().kind() == Kind.SKILL && written(doc, m) && !shortStem(doc, m)
          && !(foreign && m.to() - m.from() == 1 && !doc.words.get(m.from()).capitalized())) {
        candidates.add(m);
      }
    }
    List<PhraseIndex.Match<Term>> heads = compoundHeads(doc, candidates, Kind.SKILL);
    List<Found> out = new ArrayList<>();
    for (PhraseIndex.Match<Term> m : longestFirst(candidates)) {
      Term t = m.entry();
      out.add(Found.of(doc, m.from(), m.to(), Kind.SKILL, t.id(), t.label(), 0.9 * t.weight()));
    }
    for (PhraseIndex.Match<Term> m : heads) {
      Term t = m.entry();
      out.add(Found.of(doc, m.from(), m.to(), Kind.SKILL, t.id(), t.label(), 0.9 * t.weight() * SKILL_COMPOUND_HEAD));
    }
    return out;
  }

  /** Abbreviations must be in capitals and product names capitalised, as the dictionary requires. */
  private static boolean written(Doc doc, PhraseIndex.Match<Term> m) {
    Term.Writing writing = m.entry().writing();
    if (writing == Term.Writing.ANY) {
      return true;
    }
    for (int i = m.from(); i < m.to(); i++) {
      Token w = doc.words.get(i);
      if (writing == Term.Writing.UPPER_CASE ? !w.allCaps() : !w.capitalized()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A one-word match on a stem of three letters or fewer counts only for a short word: such stems join
   * unrelated words ("mode", "modern" and "modig" all stem to "mod").
   */
  private static boolean shortStem(Doc doc, PhraseIndex.Match<Term> m) {
    if (m.to() - m.from() != 1 || m.entry().writing() == Term.Writing.UPPER_CASE) {
      return false;
    }
    Token w = doc.words.get(m.from());
    return w.key().length() <= 3 && w.norm.length() > w.key().length() + 1;
  }

  private List<OccupationRanker.Mention> occupationMentions(Doc doc, List<PhraseIndex.Match<Term>> matches) {
    List<PhraseIndex.Match<Term>> candidates = new ArrayList<>();
    for (PhraseIndex.Match<Term> m : matches) {
      if (m.entry().kind() == Kind.OCCUPATION && written(doc, m)) {
        candidates.add(m);
      }
    }
    List<OccupationRanker.Mention> out = new ArrayList<>();
    for (PhraseIndex.Match<Term> m : longestFirst(candidates)) {
      out.add(new OccupationRanker.Mention(m.from(), m.to(), m.entry(), agentForms(doc, m) ? 1.0 : ACTIVITY));
    }
    for (PhraseIndex.Match<Term> m : compoundHeads(doc, candidates, Kind.OCCUPATION)) {
      out.add(new OccupationRanker.Mention(m.from(), m.to(), m.entry(), COMPOUND_HEAD));
    }
    return out;
  }

  /**
   * Words no phrase of the kind covers, looked up by their longest known compound head: a
   * "cytostatikasjuksköterska" is a sjuksköterska.
   */
  private List<PhraseIndex.Match<Term>> compoundHeads(Doc doc, List<PhraseIndex.Match<Term>> covered, Kind kind) {
    boolean[] taken = new boolean[doc.words.size()];
    for (PhraseIndex.Match<Term> m : covered) {
      for (int i = m.from(); i < m.to(); i++) {
        taken[i] = true;
      }
    }
    Map<String, List<Term>> cache = kind == Kind.OCCUPATION ? occupationHeads : skillHeads;
    List<PhraseIndex.Match<Term>> out = new ArrayList<>();
    for (Token w : doc.words) {
      if (taken[w.wordIndex] || !w.form.isCompound()) {
        continue;
      }
      List<Term> terms = cache.get(w.norm);
      if (terms == null) {
        terms = headTerms(w.form, kind);
        if (cache.size() < HEAD_CACHE_LIMIT) {
          cache.put(w.norm, terms);
        }
      }
      for (Term t : terms) {
        out.add(new PhraseIndex.Match<>(w.wordIndex, w.wordIndex + 1, t));
      }
    }
    return out;
  }

  /**
   * The terms of a compound's longest head that has any of the kind. For occupations the modifier takes
   * part ("lager|medarbetare" is read through both parts, see {@link CompoundReadings}), and a head that is
   * no occupation term but heads enough of the taxonomy's names ("lager|ansvarig") counts too.
   */
  private List<Term> headTerms(WordForm form, Kind kind) {
    List<String> parts = form.surfaceParts();
    for (int from = 1; from < parts.size(); from++) {
      String head = String.join("", parts.subList(from, parts.size()));
      List<Term> terms = new ArrayList<>();
      String key = from == parts.size() - 1 ? form.parts().get(from) : morphology.key(head);
      if (kind == Kind.OCCUPATION && (lexicon.agentFormMissing(head, key) || lexicon.thingHeads.contains(key))) {
        continue;  // "Office" is no officer; a "lönemodell" is a thing, not a "Modell"
      }
      for (Term t : lexicon.phrases.get(key)) {
        if (t.kind() == kind && t.writing() == Term.Writing.ANY) {
          terms.add(kind == Kind.OCCUPATION ? lexicon.compounds.read(parts.subList(0, from), key, t, 0) : t);
        }
      }
      if (terms.isEmpty() && kind == Kind.OCCUPATION && from == parts.size() - 1) {
        Term read = lexicon.compounds.read(parts.subList(0, from), key, null, COMPOUND_HEAD_ONLY);
        if (read != null) {
          terms.add(read);
        }
      }
      if (!terms.isEmpty()) {
        return List.copyOf(terms);
      }
    }
    return List.of();
  }


  /** Each word of an occupation phrase keeps the agent ending its key stands for (officer, not office). */
  private boolean agentForms(Doc doc, PhraseIndex.Match<Term> m) {
    for (int i = m.from(); i < m.to(); i++) {
      Token w = doc.words.get(i);
      if (lexicon.agentFormMissing(w.norm, w.key())) {
        return false;
      }
    }
    return true;
  }

  /** Overlapping phrases of one kind: the longest wins, then the more specific. */
  private static List<PhraseIndex.Match<Term>> longestFirst(List<PhraseIndex.Match<Term>> matches) {
    List<PhraseIndex.Match<Term>> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt((PhraseIndex.Match<Term> m) -> m.to() - m.from()).reversed()
        .thenComparing(Comparator.comparingDouble((PhraseIndex.Match<Term> m) -> m.entry().weight()).reversed())
        .thenComparingInt(PhraseIndex.Match::from));
    List<PhraseIndex.Match<Term>> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (PhraseIndex.Match<Term> m : sorted) {
      boolean overlaps = false;
      for (int[] r : taken) {
        if (m.from() < r[1] && r[0] < m.to()) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        out.add(m);
        taken.add(new int[] {m.from(), m.to()});
      }
    }
    out.sort(Comparator.comparingInt(PhraseIndex.Match::from));
    return out;
  }

  /**
   * Municipalities and places, written with capitals. A name that is also an ordinary word (Vara, Mark,
   * Ale) counts only after "i", "från", "till" and the like, or before "kommun".
   */
  private void places(Doc doc, List<Found> out) {
    List<PhraseIndex.Match<Term>> matches = new ArrayList<>();
    for (int i = 0; i < doc.words.size(); i++) {
      if (doc.words.get(i).capitalized()) {
        lexicon.names.matchAt(doc.words, i, matches);
      }
    }
    for (PhraseIndex.Match<Term> m : longestFirst(matches)) {
      Token first = doc.words.get(m.from());
      if (!capitalizedWords(doc, m)) {
        continue;
      }
      Token before = doc.wordInSentence(m.from() - 1, first);
      Token after = doc.wordInSentence(m.to(), first);
      boolean cue = before != null && PLACE_CUES.contains(before.norm) || after != null && PLACE_AFTER.contains(after.norm);
      Term t = m.entry();
      boolean oneWord = m.to() - m.from() == 1;
      boolean ordinaryWord = oneWord && (morphology.isKnownWord(first.norm) || morphology.isStopword(first.norm)
          || !lexicon.phrases.get(first.key()).isEmpty());
      // Small places share their names with words and first names (Bara, Ulrika): a short one, or one that
      // opens a sentence where every word has a capital, needs a cue too.
      boolean weakPlace = t.kind() == Kind.PLACE && oneWord
          && (first.norm.length() < 6 || first.wordIndex == 0 || first.breakBefore);
      if ((ordinaryWord || weakPlace) && !cue) {
        continue;
      }
      int to = after != null && PLACE_AFTER.contains(after.norm) && t.kind() == Kind.MUNICIPALITY ? m.to() + 1 : m.to();
      double confidence = t.weight() * (cue ? 0.95 : 0.85);
      out.add(Found.of(doc, m.from(), to, t.kind(), t.id(), t.label(), confidence));
    }
  }

  private static boolean capitalizedWords(Doc doc, PhraseIndex.Match<Term> m) {
    for (int i = m.from(); i < m.to(); i++) {
      Token w = doc.words.get(i);
      if (w.isWord() && !w.capitalized() && !w.norm.equals("i") && !w.norm.equals("och")) {
        return false;
      }
    }
    return true;
  }

  /** Every key and compound-part key of the text, for occupation-label qualifiers. */
  private static Set<String> docKeys(Doc doc) {
    Set<String> keys = new HashSet<>();
    for (Token w : doc.words) {
      keys.add(w.key());
      keys.addAll(w.form.parts());
    }
    return keys;
  }

  /**
   * "inget körkort", "utan körkort", "talar inte svenska", "körkort saknas": a competence said to be missing
   * is not a competence. ("Körkort är inget krav" is a requirement statement, handled as such.)
   */
  private static boolean negated(Doc doc, Found f) {
    Token first = doc.words.get(f.from());
    for (int i = f.from() - 1; i >= f.from() - 2; i--) {
      Token t = doc.wordInSentence(i, first);
      if (t == null || doc.words.get(i + 1).breakBefore) {
        break;
      }
      if (NEGATIONS.contains(t.norm)) {
        return true;
      }
    }
    Token next = doc.wordInSentence(f.to(), first);
    return next != null && !next.breakBefore && (next.norm.equals("saknas") || next.norm.equals("missing"));
  }

  /**
   * One result per concept: its mentions' confidences combine (two independent mentions make it more
   * certain), its span is the first mention that states a requirement, else the first mention.
   */
  private static List<Extracted> merge(Doc doc, List<Found> found, RequirementScopes scopes) {
    Map<String, List<Extracted>> byConcept = new LinkedHashMap<>();
    for (Found f : found) {
      Kind kind = f.extracted().kind();
      if (kind != Kind.HOURS && kind != Kind.MUNICIPALITY && kind != Kind.PLACE && negated(doc, f)) {
        continue;
      }
      boolean demand = kind != Kind.HOURS && kind != Kind.MUNICIPALITY && kind != Kind.PLACE;
      Extracted e = demand ? f.extracted().withRequirement(scopes.of(f.from(), f.to())) : f.extracted();
      String key = e.kind() + "|" + e.id() + "|" + (e.kind() == Kind.HOURS ? e.label() : "");
      byConcept.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    List<Extracted> out = new ArrayList<>();
    for (List<Extracted> mentions : byConcept.values()) {
      mentions.sort(Comparator.comparingInt(Extracted::start));
      Extracted chosen = mentions.get(0);
      double miss = 1;
      String level = null;
      Map<Requirement, Integer> requirements = new HashMap<>();
      for (Extracted e : mentions) {
        miss *= 1 - e.confidence();
        requirements.merge(e.requirement(), 1, Integer::sum);
        if (chosen.requirement() == Requirement.UNSPECIFIED && e.requirement() != Requirement.UNSPECIFIED) {
          chosen = e;
        }
        if (e.level() != null && (level == null || "native".equals(level) || level.equals("C1") && !e.level().equals("C1"))) {
          level = e.level();
        }
      }
      double confidence = Math.min(0.99, Math.max(chosen.confidence(), 1 - miss));
      Extracted merged = new Extracted(chosen.kind(), chosen.id(), chosen.label(), round(confidence), chosen.start(),
          chosen.end(), chosen.text(), chosen.requirement(), chosen.group(), chosen.field(),
          level != null ? level : chosen.level(), chosen.hoursPerWeek(), chosen.partTime());
      out.add(merged);
    }
    out.sort(Comparator.comparingInt(Extracted::start).thenComparing(e -> e.kind().ordinal()));
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
