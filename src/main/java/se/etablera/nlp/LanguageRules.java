package se.etablera.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.etablera.nlp.Extracted.Kind;
import se.etablera.taxonomy.SwedishLevel;
import se.etablera.taxonomy.Taxonomy;

/**
 * Languages with their level, and the Swedish requirement on the project's common scale.
 *
 * <p>A language name counts as the language only when used as a noun: "kunskaper i svenska", "svenska och
 * engelska i tal och skrift", but not "svenska företag" or "Svenska kyrkan", where it is an adjective
 * followed by what it describes. The level is the nearest statement in the same sentence: a CEFR level
 * (B2, C1-nivå), "modersmål"/"native" → native, "flytande"/"fluent" → C1 (the usual reading of fluent).
 *
 * <p>The Swedish requirement is read as an SFI course ("SFI C", "sfi kurs D", "SFI-D"), as Swedish as a
 * second language ("SvA grund", "svenska som andraspråk 2") or as a CEFR level next to Swedish, and parsed
 * with {@link SwedishLevel}.
 */
final class LanguageRules {
  private static final Pattern CEFR = Pattern.compile("([abc][12])(?:-nivå|-nivån|-level)?");
  private static final Set<String> NATIVE = Words.of("modersmål", "modersmålet", "modersmålsnivå", "modersmålskunskaper",
      "modersmålstalare", "native", "infödd");
  private static final Set<String> FLUENT = Words.of("flytande", "fluent", "fluently", "obehindrat", "obehindrad");
  /** Words that may follow a language name used as a noun. */
  private static final Set<String> AFTER_NOUN = Words.of("språket", "språk", "tal", "skrift", "samt", "både", "är",
      "behövs", "krävs", "meriterande", "meriterar", "önskvärt", "language", "skills", "kunskaper", "nivå", "på",
      "som", "motsvarande", "minst", "lägst", "is", "and", "or", "at", "required", "preferred", "fluently");
  private static final Set<String> SFI_FILLERS = Words.of("kurs", "kursen", "nivå", "nivån", "på", "lägst", "minst",
      "motsvarande", "course", "level");
  private static final Set<String> SVA = Words.of("sva", "sas");
  private static final int WINDOW = 6;

  private final Map<String, Taxonomy.Language> languages;
  private final Morphology morphology;

  LanguageRules(Map<String, Taxonomy.Language> languages, Morphology morphology) {
    this.languages = languages;
    this.morphology = morphology;
  }

  void extract(Doc doc, List<Found> out) {
    List<Token> mentions = new ArrayList<>();
    for (Token w : doc.words) {
      sfi(doc, w, out);
      secondLanguage(doc, w, out);
      if (languages.containsKey(w.norm) && usedAsNoun(doc, w)) {
        mentions.add(w);
      }
    }
    Map<Token, Level> levels = levels(doc, mentions);
    for (Token w : mentions) {
      Taxonomy.Language language = languages.get(w.norm);
      Level level = levels.get(w);
      out.add(Found.of(doc, w.wordIndex, w.wordIndex + 1, Kind.LANGUAGE, language.id(), language.label(),
          level == null ? 0.85 : 0.9, null, null, level == null ? null : level.value, null, null));
      if ("swe".equals(language.iso2()) && level != null && level.cefr) {
        SwedishLevel sl = SwedishLevel.parse(level.value).orElseThrow();
        int from = Math.min(w.wordIndex, level.word);
        int to = Math.max(w.wordIndex, level.word) + 1;
        out.add(Found.of(doc, from, to, Kind.SWEDISH_LEVEL, sl.code(), sl.label(), 0.85));
      }
    }
  }

  /** A level statement and the word it is on. */
  private record Level(String value, int word, boolean cefr) {
  }

  /**
   * Each level statement goes to the nearest language of its sentence: "arabiska som modersmål och lite
   * engelska" makes Arabic native, not English. On a tie a CEFR level or "modersmål" belongs to the language
   * before it ("svenska B1, engelska A2") and "flytande" to the one after ("flytande svenska"); a comma
   * between them counts as half a word more.
   */
  private Map<Token, Level> levels(Doc doc, List<Token> mentions) {
    Map<Token, Level> out = new HashMap<>();
    if (mentions.isEmpty()) {
      return out;
    }
    Map<Token, Double> distances = new HashMap<>();
    for (Token t : doc.words) {
      Level level = levelAt(doc, t);
      if (level == null) {
        continue;
      }
      Token best = null;
      double bestScore = Double.MAX_VALUE;
      for (Token language : mentions) {
        int d = t.wordIndex - language.wordIndex;
        if (language.sentence != t.sentence || d == 0 || Math.abs(d) > WINDOW) {
          continue;
        }
        boolean after = d > 0;
        double score = Math.abs(d) + (crossesBreak(doc, language, t) ? 0.5 : 0)
            + ("C1".equals(level.value) && !level.cefr ? (after ? 0.25 : 0) : (after ? 0 : 0.25));
        if (score < bestScore) {
          bestScore = score;
          best = language;
        }
      }
      if (best != null && (!out.containsKey(best) || bestScore < distances.get(best)
          || level.cefr && !out.get(best).cefr && bestScore <= distances.get(best) + 1)) {
        out.put(best, level);
        distances.put(best, bestScore);
      }
    }
    return out;
  }

  private static boolean crossesBreak(Doc doc, Token a, Token b) {
    int from = Math.min(a.wordIndex, b.wordIndex);
    int to = Math.max(a.wordIndex, b.wordIndex);
    for (int i = from + 1; i <= to; i++) {
      if (doc.words.get(i).breakBefore) {
        return true;
      }
    }
    return false;
  }

  private Level levelAt(Doc doc, Token t) {
    Matcher m = t.norm.length() <= 9 && "abc".indexOf(t.norm.charAt(0)) >= 0 ? CEFR.matcher(t.norm) : null;
    if (m != null && m.matches() && Character.isUpperCase(t.surface.charAt(0))) {
      return new Level(m.group(1).toUpperCase(Locale.ROOT), t.wordIndex, true);
    }
    if (NATIVE.contains(t.norm) || t.norm.equals("mother") && next(doc, t, "tongue")) {
      return new Level("native", t.wordIndex, false);
    }
    if (FLUENT.contains(t.norm)) {
      return new Level("C1", t.wordIndex, false);
    }
    return null;
  }

  private static boolean next(Doc doc, Token t, String norm) {
    Token n = doc.wordInSentence(t.wordIndex + 1, t);
    return n != null && n.norm.equals(norm);
  }

  /** "svenska och engelska", "på svenska.", "svenska i tal": yes; "svenska företag", "Svenska kyrkan": no. */
  private boolean usedAsNoun(Doc doc, Token w) {
    Token next = doc.wordInSentence(w.wordIndex + 1, w);
    if (next == null || next.breakBefore || next.type == Token.Type.NUMBER) {
      return true;
    }
    if (languages.containsKey(next.norm) || AFTER_NOUN.contains(next.norm) || morphology.isStopword(next.norm)) {
      return true;
    }
    return CEFR.matcher(next.norm).matches() || NATIVE.contains(next.norm) || FLUENT.contains(next.norm);
  }

  /** "SFI C", "sfi kurs D", "SFI-D", "SFI nivå C". */
  private void sfi(Doc doc, Token w, List<Found> out) {
    String letter = null;
    int end = w.wordIndex;
    if (w.norm.startsWith("sfi-") && w.norm.length() == 5) {
      letter = w.norm.substring(4);
    } else if (w.norm.equals("sfi")) {
      for (int i = w.wordIndex + 1; i <= w.wordIndex + 3; i++) {
        Token t = doc.wordInSentence(i, w);
        if (t == null) {
          break;
        }
        String n = t.norm.replaceFirst("-(nivå|nivån|kurs|kursen)$", "");
        if (n.length() == 1 && "abcd".contains(n)) {
          letter = n;
          end = i;
          break;
        }
        if (!SFI_FILLERS.contains(t.norm)) {
          break;
        }
      }
    }
    if (letter == null) {
      return;
    }
    int to = end + 1;
    SwedishLevel.parse("SFI " + letter)
        .ifPresent(l -> out.add(Found.of(doc, w.wordIndex, to, Kind.SWEDISH_LEVEL, l.code(), l.label(), 0.95)));
  }

  /** "SvA grund", "SAS 2", "svenska som andraspråk 1". */
  private void secondLanguage(Doc doc, Token w, List<Found> out) {
    int levelAt;
    if (SVA.contains(w.norm) && w.allCaps() || w.norm.equals("sva")) {
      levelAt = w.wordIndex + 1;
    } else if (w.norm.equals("svenska") && next(doc, w, "som")) {
      Token third = doc.wordInSentence(w.wordIndex + 2, w);
      if (third == null || !(third.norm.equals("andraspråk") || third.norm.equals("andra")
          && next(doc, third, "språk"))) {
        return;
      }
      levelAt = third.wordIndex + (third.norm.equals("andra") ? 2 : 1);
    } else {
      return;
    }
    Token t = doc.wordInSentence(levelAt, w);
    if (t == null) {
      return;
    }
    Optional<SwedishLevel> level = SwedishLevel.parse("SvA " + t.norm);
    level.ifPresent(l -> out.add(Found.of(doc, w.wordIndex, t.wordIndex + 1, Kind.SWEDISH_LEVEL, l.code(), l.label(),
        0.9)));
  }
}
