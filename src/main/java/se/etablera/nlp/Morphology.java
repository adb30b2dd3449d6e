package se.etablera.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Swedish word forms: OpenNLP's Snowball stemmer plus the morphology it lacks, checked against a vocabulary
 * built from the taxonomy, the job-title ontology, the vocation list and a few everyday words.
 *
 * <ul>
 *   <li>Definite and genitive forms: Snowball has no rule for -an (undersköterskan), -et (lagerarbetet,
 *   körkortet) or -ret (lagret). The ending is removed when the vocabulary confirms the remaining word or its
 *   compound head, so that "sedan" is left alone; a genitive -s goes the same way (undersköterskans).</li>
 *   <li>Agent nouns and participles: Snowball strips -are, -er and -ande, which merges säljare with säljer,
 *   matematiker with matematik and biträdande with biträde. Such words are keyed on their own form
 *   (säljarna → säljare, teknikern → tekniker).</li>
 *   <li>Compounds: a word is split into known parts (lagerarbetare → lager + arbetare), allowing the linking
 *   -s-, a dropped final vowel in the modifier (skol- from skola) and prepositions as modifiers (under-). The
 *   head, the last part, carries the inflection and the meaning class. Modifiers the vocabulary lacks on their
 *   own are learned from it.</li>
 * </ul>
 *
 * <p>Thread-safe: the Snowball stemmer keeps state, so each thread has its own; results are cached.
 */
final class Morphology {
  private static final int CACHE_LIMIT = 300_000;
  private static final int MIN_PART = 3;
  /** Heads are longer: three-letter heads are mostly endings or noise ("lag|ret" in lagret). */
  private static final int MIN_HEAD = 4;
  /** Longer "words" are codes, URLs or noise: not split, not reduced. */
  private static final int MAX_WORD = 40;
  /** Derivational endings that look like words but never stand as the head of a compound. */
  private static final Set<String> NOT_HEADS = Words.of("ning", "ande", "ende", "else", "skap", "heten", "ighet",
      "lighet", "inge", "tion", "iker", "aren", "arna", "orna", "erna");
  /** Agent-noun and participle endings Snowball would strip, with the ending of the lemma they are keyed on. */
  private static final String[][] AGENT_ENDINGS = {{"arnas", "are"}, {"arens", "are"}, {"arna", "are"},
      {"aren", "are"}, {"ares", "are"}, {"are", "are"}, {"ikerna", "iker"}, {"ikerns", "iker"}, {"ikern", "iker"},
      {"ikers", "iker"}, {"iker", "iker"}, {"andes", "ande"}, {"ande", "ande"}, {"endes", "ende"},
      {"ende", "ende"}};

  private final ThreadLocal<SnowballStemmer> stemmer =
      ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.SWEDISH));
  private final Set<String> vocabulary;
  private final Set<String> stems;
  private final Set<String> modifiers;
  private final Set<String> stopwords;
  /** How many words of the vocabulary end in each word: how productive it is as a compound head. */
  private final Map<String, Integer> headUse = new HashMap<>();
  private final Map<String, WordForm> cache = new ConcurrentHashMap<>();
  private final Map<String, List<String>> splits = new ConcurrentHashMap<>();

  /**
   * @param vocabulary lower-case word forms known to be Swedish (or English) words of the domain
   * @param stopwords  function words: never search tokens, and compound parts only when they are prepositions of
   *                   four letters or more
   */
  Morphology(Set<String> vocabulary, Set<String> stopwords) {
    // HashSets, not Set.copyOf: the immutable sets probe slowly on misses, and misses are most look-ups here.
    this.stopwords = new HashSet<>(stopwords);
    Set<String> words = new HashSet<>();
    for (String w : vocabulary) {
      if (w.length() >= 2 && !stopwords.contains(w)) {
        words.add(w);
      }
    }
    this.vocabulary = words;
    Set<String> stemSet = new HashSet<>();
    for (String w : words) {
      stemSet.add(stem(w));
    }
    this.stems = stemSet;
    this.modifiers = learnModifiers(words);
  }

  /**
   * Words that occur as the first part of at least two known compounds whose remainder is itself a known
   * word (lager in lagerchef, lagerarbetare, lagerplanerare): the vocabulary lists few of them on their own.
   */
  private Set<String> learnModifiers(Set<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : words) {
      if (w.length() < 2 * MIN_PART || !isPlainWord(w)) {
        continue;
      }
      for (int i = MIN_PART; i <= w.length() - MIN_HEAD; i++) {
        if (words.contains(w.substring(i))) {
          String modifier = w.substring(0, i);
          if (words.contains(modifier) || modifier.endsWith("s") && words.contains(modifier.substring(0, i - 1))) {
            headUse.merge(w.substring(i), 1, Integer::sum);
          }
          counts.merge(modifier, 1, Integer::sum);
          if (modifier.endsWith("s") && modifier.length() > MIN_PART) {
            counts.merge(modifier.substring(0, modifier.length() - 1), 1, Integer::sum);
          }
        }
      }
    }
    Set<String> learned = new HashSet<>();
    counts.forEach((m, c) -> {
      if (c >= 2 && !stopwords.contains(m)) {
        learned.add(m);
      }
    });
    return learned;
  }

  private static boolean isPlainWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Snowball's Swedish stem, nothing more. */
  String stem(String word) {
    return stemmer.get().stem(word).toString();
  }

  boolean isStopword(String norm) {
    return stopwords.contains(norm);
  }

  boolean isKnownWord(String norm) {
    return vocabulary.contains(norm);
  }

  /** The key two written forms share when they are forms of the same word. */
  String key(String norm) {
    return form(norm).key();
  }

  /** The key of each word of a phrase, as dictionary entries and text tokens are compared. */
  List<String> keys(List<String> norms) {
    List<String> out = new ArrayList<>(norms.size());
    for (String n : norms) {
      out.add(key(n));
    }
    return out;
  }

  WordForm form(String norm) {
    WordForm cached = cache.get(norm);
    if (cached != null) {
      return cached;
    }
    WordForm computed = compute(norm);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(norm, computed);
    }
    return computed;
  }

  private WordForm compute(String norm) {
    if (norm.isEmpty() || !Character.isLetter(norm.charAt(0)) && !hasLetter(norm)) {
      return new WordForm(norm, List.of(), List.of(), null);
    }
    if (norm.endsWith("-")) {
      return new WordForm(norm, List.of(), List.of(), null);
    }
    int hyphen = norm.lastIndexOf('-');
    if (hyphen > 0) {
      String[] pieces = norm.split("-");
      List<String> parts = new ArrayList<>();
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < pieces.length; i++) {
        String piece = pieces[i];
        String pieceKey = i == pieces.length - 1 ? simpleKey(piece) : piece;
        if (i > 0) {
          key.append('-');
        }
        key.append(pieceKey);
        if (!piece.isEmpty()) {
          parts.add(i == pieces.length - 1 ? pieceKey : simpleKey(piece));
        }
      }
      return new WordForm(key.toString(), List.copyOf(parts), List.of(pieces), null);
    }
    String key = simpleKey(norm);
    String base = baseForm(norm);
    List<String> surfaceParts = split(base);
    List<String> parts = List.of();
    if (surfaceParts.size() > 1) {
      List<String> p = new ArrayList<>();
      for (int i = 0; i < surfaceParts.size(); i++) {
        p.add(i == surfaceParts.size() - 1 ? simpleKey(surfaceParts.get(i)) : stem(surfaceParts.get(i)));
      }
      parts = List.copyOf(p);
    }
    String alt = null;
    // An unconfirmed definite ending: search also gets the form without it, on both the index and query side.
    if (key.equals(stem(norm)) && base.equals(norm) && norm.length() >= 6) {
      if (norm.endsWith("an")) {
        alt = stem(norm.substring(0, norm.length() - 1));
      } else if (norm.endsWith("et")) {
        alt = stem(norm.substring(0, norm.length() - 2));
      }
      if (key.equals(alt)) {
        alt = null;
      }
    }
    return new WordForm(key, parts, surfaceParts.size() > 1 ? List.copyOf(surfaceParts) : List.of(), alt);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The key of a word without hyphens. */
  private String simpleKey(String word) {
    String agent = agentNoun(word);
    if (agent != null) {
      return agent;
    }
    return stem(baseForm(word));
  }

  /**
   * säljaren, säljarna → säljare; teknikern → tekniker: when the agent noun (or its compound head) is a
   * known word, else null. Snowball would merge them with the verb (säljer) or the field (teknik, matematik).
   */
  private String agentNoun(String word) {
    for (String[] ending : AGENT_ENDINGS) {
      if (word.endsWith(ending[0]) && word.length() - ending[0].length() >= 2) {
        String lemma = word.substring(0, word.length() - ending[0].length()) + ending[1];
        // -are itself only ends agent nouns and comparatives; the plural and definite endings also end
        // other nouns (bilarna), so those need the vocabulary's word.
        // Present participles in -ande/-ende (biträdande, studerande, boende) are words of their own too;
        // Snowball would merge biträdande with biträde.
        boolean bare = (ending[0].equals("are") || ending[0].equals("ares") || ending[1].equals("ande")
            || ending[1].equals("ende")) && word.length() >= 6;
        if (bare || vocabulary.contains(lemma) || knownCompound(lemma)) {
          return lemma;
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The indefinite form of a definite or genitive noun when the vocabulary confirms it:
   * undersköterskan → undersköterska, lagerarbetet → lagerarbete, körkortet → körkort,
   * undersköterskans → undersköterska. Unconfirmed words are returned unchanged.
   */
  String baseForm(String word) {
    if (word.length() < 4 || word.length() > MAX_WORD) {
      return word;
    }
    String indefinite = knownIndefinite(word);
    if (indefinite != null) {
      return indefinite;
    }
    if (word.endsWith("s") && word.length() > 5) {
      indefinite = knownIndefinite(word.substring(0, word.length() - 1));
      if (indefinite != null) {
        return indefinite;
      }
    }
    if ((word.endsWith("ers") || word.endsWith("ors")) && word.length() >= 6 && !vocabulary.contains(word)
        && vocabulary.contains(word.substring(0, word.length() - 1))) {
      // English plurals of agent nouns (managers, developers, officers): Snowball strips only the -s, so
      // they would not meet their singular, which it strips of -er.
      return word.substring(0, word.length() - 1);
    }
    if (knownStem(word)) {
      return word;
    }
    String reduced = definite(word);
    if (reduced != null) {
      return reduced;
    }
    if (word.endsWith("s") && word.length() > 4) {
      String genitiveless = word.substring(0, word.length() - 1);
      if (knownStem(genitiveless)) {
        return genitiveless;
      }
      reduced = definite(genitiveless);
      if (reduced != null) {
        return reduced;
      }
    }
    return word;
  }

  /**
   * The indefinite form when the vocabulary lists it as written: the strongest evidence there is, even when
   * the vocabulary also lists the definite form (the ontology lists terms as ads write them). A form in -a
   * must keep five letters, so that "sedan" is not taken for a "seda".
   */
  private String knownIndefinite(String word) {
    int n = word.length();
    if (n < 5) {
      return null;
    }
    if (word.endsWith("an") && n > 5 && vocabulary.contains(word.substring(0, n - 1))) {
      return word.substring(0, n - 1);
    }
    if (word.endsWith("et")) {
      if (vocabulary.contains(word.substring(0, n - 1))) {
        return word.substring(0, n - 1);
      }
      if (vocabulary.contains(word.substring(0, n - 2))) {
        return word.substring(0, n - 2);
      }
      if (n > 5 && (word.endsWith("ret") || word.endsWith("let"))
          && vocabulary.contains(word.substring(0, n - 3) + "e" + word.charAt(n - 3))) {
        return word.substring(0, n - 3) + "e" + word.charAt(n - 3);
      }
    }
    return null;
  }

  private String definite(String word) {
    int n = word.length();
    if (n < 5) {
      return null;
    }
    if (word.endsWith("an") && n > 5 && known(word.substring(0, n - 1))) {
      return word.substring(0, n - 1);
    }
    if (word.endsWith("et")) {
      if (known(word.substring(0, n - 1))) {
        return word.substring(0, n - 1);
      }
      if (known(word.substring(0, n - 2))) {
        return word.substring(0, n - 2);
      }
    }
    // Nouns in -er and -el lose the e before the definite ending: lagret → lager, fönstret → fönster.
    if (n > 5 && (word.endsWith("ret") || word.endsWith("let"))) {
      String base = word.substring(0, n - 3) + "e" + word.charAt(n - 3);
      if (known(base)) {
        return base;
      }
    }
    return null;
  }

  private boolean knownStem(String word) {
    return vocabulary.contains(word) || stems.contains(stem(word));
  }

  private boolean known(String word) {
    return knownStem(word) || knownCompound(word);
  }

  private boolean knownCompound(String word) {
    return split(word).size() > 1;
  }

  /**
   * The compound parts of a word as written (lagerarbetare → [lager, arbetare]), or the word alone when
   * it does not split into known parts. Fewest parts win; among those, the longest head.
   */
  List<String> split(String word) {
    if (word.length() < MIN_PART + MIN_HEAD || word.length() > MAX_WORD || !isPlainWord(word)) {
      return List.of(word);
    }
    List<String> cached = splits.get(word);
    if (cached != null) {
      return cached;
    }
    List<String> best = splitParts(word, 0);
    List<String> result = best == null ? List.of(word) : List.copyOf(best);
    if (splits.size() < CACHE_LIMIT) {
      splits.put(word, result);
    }
    return result;
  }

  private List<String> splitParts(String word, int depth) {
    List<String> best = null;
    int bestAt = -1;
    for (int i = MIN_PART; i <= word.length() - MIN_HEAD; i++) {
      String head = word.substring(i);
      if (!knownHead(head)) {
        continue;
      }
      List<String> modifier = modifierParts(word.substring(0, i), depth);
      if (modifier == null) {
        continue;
      }
      List<String> candidate = new ArrayList<>(modifier);
      candidate.add(head);
      if (best == null || candidate.size() < best.size()) {
        best = candidate;
        bestAt = i;
      }
    }
    if (best != null && word.charAt(bestAt) == 's' && word.charAt(bestAt - 1) != 's'
        && bestAt + 1 <= word.length() - MIN_HEAD
        && headUse.getOrDefault(word.substring(bestAt + 1), 0) > headUse.getOrDefault(word.substring(bestAt), 0)
        && knownHead(word.substring(bestAt + 1))) {
      // The linking -s- belongs to the modifier when the rest is the more productive head: butiks|medarbetare
      // (kundtjänstmedarbetare, biografmedarbetare, ...), not butik|smedarbetare.
      List<String> modifier = modifierParts(word.substring(0, bestAt + 1), depth);
      if (modifier != null && modifier.size() + 1 <= best.size()) {
        List<String> candidate = new ArrayList<>(modifier);
        candidate.add(word.substring(bestAt + 1));
        best = candidate;
      }
    }
    return best;
  }

  private boolean knownHead(String head) {
    if (stopwords.contains(head) || NOT_HEADS.contains(head)) {
      return false;
    }
    if (vocabulary.contains(head) || stems.contains(stem(head))) {
      return true;
    }
    int n = head.length();
    return n > 4 && (head.endsWith("an") && vocabulary.contains(head.substring(0, n - 1))
        || head.endsWith("et") && (vocabulary.contains(head.substring(0, n - 1)) || vocabulary.contains(head.substring(0, n - 2))));
  }

  private List<String> modifierParts(String modifier, int depth) {
    if (knownModifier(modifier)) {
      return List.of(modifier);
    }
    if (modifier.endsWith("s") && modifier.length() > MIN_PART && knownModifier(modifier.substring(0, modifier.length() - 1))) {
      return List.of(modifier.substring(0, modifier.length() - 1));
    }
    if (depth < 2 && modifier.length() >= 2 * MIN_PART) {
      String m = modifier.endsWith("s") ? modifier.substring(0, modifier.length() - 1) : modifier;
      return splitParts(m, depth + 1);
    }
    return null;
  }

  private boolean knownModifier(String m) {
    // Prepositions such as under, över, efter are stop words but start many compounds (undersköterska).
    if (m.length() < MIN_PART || stopwords.contains(m)) {
      return stopwords.contains(m) && m.length() >= 4;
    }
    return vocabulary.contains(m) || modifiers.contains(m) || vocabulary.contains(m + "a") || vocabulary.contains(m + "e");
  }

  /**
   * All parts of a compound down to simple words: the head of a split is split again, so that
   * grundskollärare gives [grund, skol, lärare] although its first split is [grund, skollärare].
   */
  List<String> allParts(String word) {
    List<String> parts = split(word);
    if (parts.size() < 2) {
      return parts;
    }
    List<String> out = new ArrayList<>(parts.subList(0, parts.size() - 1));
    out.addAll(allParts(parts.get(parts.size() - 1)));
    return out;
  }

  /**
   * The tokens a word contributes to a search index: its key, the keys of its compound parts, and the
   * unconfirmed definite-form alternative, so that query and document meet whichever form each used.
   */
  void searchKeys(String norm, List<String> out) {
    if (stopwords.contains(norm)) {
      return;
    }
    WordForm f = form(norm);
    String key = f.key();
    if (key.endsWith("-")) {
      key = key.substring(0, key.length() - 1);
    }
    if (!key.isEmpty()) {
      out.add(key);
    }
    if (f.isCompound()) {
      for (String part : f.parts()) {
        if (!part.equals(key) && part.length() >= 2) {
          out.add(part);
        }
      }
    }
    if (f.altKey() != null) {
      out.add(f.altKey());
    }
  }
}
