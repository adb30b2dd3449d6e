package se.etablera.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.etablera.nlp.Extracted.Requirement;

/**
 * Must-have versus nice-to-have. A concept takes the nearest cue in its own sentence ("Körkort B är ett
 * krav", "meriterande om du har truckkort"); without one, it takes the cue of the heading above it
 * ("Krav:", "Meriterande" on a line of their own) until the paragraph or the list ends. "Inget krav" and
 * "not required" cancel a requirement instead of making one.
 */
final class RequirementScopes {
  private static final Set<String> MUST_WORDS = Words.of("krav", "kraven", "kravet", "kravprofil", "kräver", "krävs",
      "kräva", "måste", "obligatorisk", "obligatoriskt", "obligatoriska", "nödvändig", "nödvändigt", "nödvändiga",
      "förutsättning", "förutsättningen", "required", "requirement", "requirements", "must", "mandatory", "essential",
      "kvalifikationer", "skallkrav", "ska-krav", "grundkrav", "minimikrav", "qualifications");
  private static final Set<String> NICE_WORDS = Words.of("meriterande", "meriterar", "merit", "meriter", "meritorious",
      "önskvärt", "önskvärd", "önskvärda", "önskas", "fördel", "fördelaktigt", "plus", "pluspoäng", "bonus",
      "preferred", "preferably", "advantage", "advantageous", "desirable", "beneficial", "gärna", "meritera");
  private static final Set<String> NEGATIONS = Words.of("inget", "inte", "ej", "no", "not", "utan", "inga");
  private static final Set<String> CONJUNCTIONS = Words.of("och", "samt", "men", "eller", "medan", "and", "but", "or",
      "while");
  private static final int MAX_DISTANCE = 20;
  private static final int HEADING_WORDS = 5;

  private record Cue(int word, Requirement requirement) {
  }

  private final Doc doc;
  private final List<List<Cue>> cuesBySentence = new ArrayList<>();
  private final Requirement[] sectionOf;

  RequirementScopes(Doc doc) {
    this.doc = doc;
    for (int i = 0; i < doc.sentences.size(); i++) {
      cuesBySentence.add(new ArrayList<>(0));
    }
    for (Token w : doc.words) {
      Requirement r = cue(w);
      if (r != null) {
        cuesBySentence.get(w.sentence).add(new Cue(w.wordIndex, r));
      }
    }
    sectionOf = sections();
  }

  /** Clauses end at commas and semicolons (breaks before a word) and at conjunctions. */
  private int clauseOf(int word) {
    int clause = 0;
    Token w = doc.words.get(word);
    for (int i = doc.sentences.get(w.sentence).firstToken(); i < doc.tokens.size(); i++) {
      Token t = doc.tokens.get(i);
      if (t.isWordOrNumber() && (CONJUNCTIONS.contains(t.norm) || t.breakBefore && t.wordIndex > 0
          && doc.words.get(t.wordIndex - 1).sentence == t.sentence)) {
        clause++;
      }
      if (t == w) {
        return clause;
      }
    }
    return clause;
  }

  private Requirement cue(Token w) {
    String n = w.norm;
    Requirement r = MUST_WORDS.contains(n) ? Requirement.MUST : NICE_WORDS.contains(n) ? Requirement.NICE : null;
    if (r == null && (n.equals("ska") || n.equals("skall"))) {
      Token next = doc.wordInSentence(w.wordIndex + 1, w);
      r = next != null && (next.norm.equals("ha") || next.norm.equals("kunna")) ? Requirement.MUST : null;
    }
    if (r == Requirement.NICE && n.equals("plus")) {
      Token prev = doc.wordInSentence(w.wordIndex - 1, w);
      r = prev != null && (prev.norm.equals("ett") || prev.norm.equals("a") || prev.norm.equals("stort")
          || prev.norm.equals("big")) ? r : null;
    }
    if (r == Requirement.MUST) {
      for (int k = 1; k <= 2; k++) {
        Token prev = doc.wordInSentence(w.wordIndex - k, w);
        if (prev != null && NEGATIONS.contains(prev.norm)) {
          return Requirement.UNSPECIFIED;
        }
      }
    }
    return r;
  }

  /** The requirement each sentence inherits from a heading above it. */
  private Requirement[] sections() {
    Requirement[] out = new Requirement[doc.sentences.size()];
    Requirement current = null;
    int paragraph = -1;
    int left = 0;
    for (Sentence s : doc.sentences) {
      if (s.paragraph() != paragraph && !headingPending(s)) {
        current = null;
      }
      paragraph = s.paragraph();
      Requirement heading = heading(s);
      if (heading != null) {
        current = heading == Requirement.UNSPECIFIED ? null : heading;
        left = 12;
        out[s.index()] = null;
        continue;
      }
      if (isOtherHeading(s)) {
        current = null;
      }
      out[s.index()] = left-- > 0 ? current : null;
    }
    return out;
  }

  private boolean headingPending(Sentence s) {
    return s.index() > 0 && heading(doc.sentences.get(s.index() - 1)) != null;
  }

  /** A short line that names a requirement list, or null. */
  private Requirement heading(Sentence s) {
    if (s.words() == 0 || s.words() > HEADING_WORDS || !(s.ownLine() || s.colon())) {
      return null;
    }
    List<Cue> cues = cuesBySentence.get(s.index());
    return cues.isEmpty() ? null : cues.get(0).requirement();
  }

  /** A short line of its own ending in a colon, or a bare line of few words: a new section begins. */
  private boolean isOtherHeading(Sentence s) {
    return s.colon() && s.words() <= HEADING_WORDS;
  }

  /**
   * The requirement of a concept spanning words [from, to): the nearest cue of its own clause ("B-körkort är
   * ett krav och truckkort är meriterande": two clauses), else the nearest of its sentence ("vi kräver
   * körkort och truckkort"), else its heading's.
   */
  Requirement of(int from, int to) {
    Token first = doc.words.get(from);
    List<Cue> cues = cuesBySentence.get(first.sentence);
    Cue best = null;
    int bestDistance = Integer.MAX_VALUE;
    int clause = clauseOf(from);
    for (boolean sameClauseOnly : new boolean[] {true, false}) {
      for (Cue c : cues) {
        if (sameClauseOnly && clauseOf(c.word()) != clause) {
          continue;
        }
        int distance = c.word() < from ? from - c.word() : c.word() >= to ? c.word() - to + 1 : 0;
        if (distance < bestDistance && distance <= MAX_DISTANCE) {
          best = c;
          bestDistance = distance;
        }
      }
      if (best != null) {
        break;
      }
    }
    if (best != null && best.requirement() != Requirement.UNSPECIFIED) {
      return best.requirement();
    }
    if (best != null) {
      return Requirement.UNSPECIFIED;
    }
    Requirement section = sectionOf[first.sentence];
    return section == null ? Requirement.UNSPECIFIED : section;
  }
}
