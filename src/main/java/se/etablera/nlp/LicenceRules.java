package se.etablera.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.etablera.nlp.Extracted.Kind;
import se.etablera.taxonomy.Concept;

/**
 * Driving licences (körkort) by the class letters of the taxonomy's licence concepts, however they are
 * written: "B-körkort", "CE-kort", "C-behörighet", "körkort B", "körkort klass B, C och CE", "B/C körkort",
 * "driving licence (B)". A bare "körkort" means a car licence, class B, in Swedish usage; it is reported as
 * B with a lower confidence.
 */
final class LicenceRules {
  private static final Pattern HYPHENATED = Pattern.compile(
      "([a-z0-9]{1,3})-(körkort|körkortet|kort|kortet|behörighet|behörigheten|licens|körkortsbehörighet|körkortsklass)");
  private static final Set<String> NOUNS = Words.of("körkort", "körkortet", "körkortsbehörighet", "körkortsbehörigheter",
      "körkortsklass", "körkortsklasser", "behörighet", "licence", "license", "licens");
  private static final Set<String> FILLERS = Words.of("för", "klass", "klasserna", "typ", "med", "behörighet", "minst",
      "lägst", "category", "class", "kategori", "i", "motsvarande", "of", "at", "least");
  private static final Set<String> JOINERS = Words.of("och", "eller", "samt", "and", "or");
  private static final double EXPLICIT = 0.95;
  private static final double IMPLIED_B = 0.6;

  private final Map<String, Concept> classes;

  LicenceRules(Map<String, Concept> classes) {
    this.classes = classes;
  }

  void extract(Doc doc, List<Found> out) {
    Set<String> seen = new HashSet<>();
    for (Token w : doc.words) {
      int hyphen = w.norm.indexOf('-');
      Matcher m = hyphen > 0 && hyphen <= 3 ? HYPHENATED.matcher(w.norm) : null;
      if (m != null && m.matches() && classes.containsKey(m.group(1))) {
        add(doc, out, seen, w.wordIndex, w.wordIndex + 1, m.group(1), EXPLICIT);
        classesBefore(doc, w, out, seen);
        continue;
      }
      if (w.norm.equals("utökad") || w.norm.equals("utökat")) {
        Token next = doc.wordInSentence(w.wordIndex + 1, w);
        if (next != null && (next.norm.equals("b") || next.norm.startsWith("b-"))) {
          add(doc, out, seen, w.wordIndex, next.wordIndex + 1, "utökad b", EXPLICIT);
        }
        continue;
      }
      if (w.norm.equals("b96")) {
        add(doc, out, seen, w.wordIndex, w.wordIndex + 1, "utökad b", EXPLICIT);
        continue;
      }
      if (!isNoun(doc, w)) {
        continue;
      }
      boolean found = classesAfter(doc, w, out, seen);
      found |= classesBefore(doc, w, out, seen);
      if (!found && !w.norm.equals("behörighet") && !w.norm.equals("licens")) {
        add(doc, out, seen, firstWordOfNoun(doc, w), w.wordIndex + 1, "b", IMPLIED_B);
      }
    }
  }

  private boolean isNoun(Doc doc, Token w) {
    if (!NOUNS.contains(w.norm)) {
      return false;
    }
    if (w.norm.equals("licence") || w.norm.equals("license")) {
      Token prev = doc.wordInSentence(w.wordIndex - 1, w);
      return prev != null && (prev.norm.equals("driving") || prev.norm.equals("driver's") || prev.norm.equals("drivers"));
    }
    if (w.norm.equals("licens")) {
      Token prev = doc.wordInSentence(w.wordIndex - 1, w);
      return prev != null && prev.norm.equals("körkorts");
    }
    return true;
  }

  private static int firstWordOfNoun(Doc doc, Token w) {
    Token prev = doc.wordInSentence(w.wordIndex - 1, w);
    return (w.norm.equals("licence") || w.norm.equals("license")) && prev != null ? prev.wordIndex : w.wordIndex;
  }

  /** "körkort B", "körkort klass C och CE", "behörighet (B)": classes after the noun, across commas and "och". */
  private boolean classesAfter(Doc doc, Token noun, List<Found> out, Set<String> seen) {
    int i = noun.wordIndex + 1;
    Token t = doc.wordInSentence(i, noun);
    while (t != null && FILLERS.contains(t.norm) && i < noun.wordIndex + 4) {
      t = doc.wordInSentence(++i, noun);
    }
    boolean found = false;
    while (t != null) {
      String cls = classOf(t.norm);
      boolean anchored = i == noun.wordIndex + 1 || FILLERS.contains(doc.word(i - 1).norm);
      if (cls == null || !(t.allCaps() || anchored)) {
        break;
      }
      add(doc, out, seen, firstWordOfNoun(doc, noun), i + 1, cls, EXPLICIT);
      found = true;
      t = doc.wordInSentence(++i, noun);
      if (t != null && JOINERS.contains(t.norm)) {
        t = doc.wordInSentence(++i, noun);
      }
    }
    return found;
  }

  /** "B körkort", "B- och C-körkort", "C/CE körkort": upper-case classes right before the noun. */
  private boolean classesBefore(Doc doc, Token noun, List<Found> out, Set<String> seen) {
    boolean found = false;
    int i = noun.wordIndex - 1;
    while (i >= 0 && i >= noun.wordIndex - 6) {
      Token t = doc.wordInSentence(i, noun);
      if (t == null) {
        break;
      }
      String norm = t.norm.endsWith("-") ? t.norm.substring(0, t.norm.length() - 1) : t.norm;
      String cls = classOf(norm);
      if (cls != null && t.allCaps()) {
        add(doc, out, seen, i, noun.wordIndex + 1, cls, EXPLICIT);
        found = true;
        i--;
        continue;
      }
      if (found && JOINERS.contains(t.norm)) {
        i--;
        continue;
      }
      break;
    }
    return found;
  }

  private String classOf(String norm) {
    return classes.containsKey(norm) && !norm.equals("utökad b") ? norm : null;
  }

  private void add(Doc doc, List<Found> out, Set<String> seen, int from, int to, String cls, double confidence) {
    Concept licence = classes.get(cls);
    if (licence == null || !seen.add(cls + "@" + (to - 1))) {
      return;
    }
    out.add(Found.of(doc, from, to, Kind.DRIVING_LICENCE, licence.id(), licence.label(), confidence));
  }
}
