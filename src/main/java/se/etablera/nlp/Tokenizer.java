package se.etablera.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence and token splitting with character offsets. No Swedish tokenizer or sentence model
 * exists for OpenNLP on Maven Central, and ad texts need rules a general model would not know anyway: lines
 * are headings and bullet points, scraped texts lose the space after a full stop ("ungdomar.Vi söker"),
 * compounds are coordinated with a dangling hyphen ("lager- och terminalarbete"), and words such as
 * B-körkort, C++, node.js and t.ex. must stay whole.
 */
final class Tokenizer {
  static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  /** Abbreviations after which a full stop does not end the sentence (lower case, inner dots kept). */
  private static final Set<String> ABBREVIATIONS = Set.of("t.ex", "bl.a", "m.m", "m.fl", "ca", "inkl", "exkl", "etc",
      "dvs", "d.v.s", "osv", "o.s.v", "s.k", "t.o.m", "fr.o.m", "resp", "kl", "nr", "st", "tel", "ev", "mån", "tis",
      "ons", "tors", "fre", "jan", "feb", "aug", "sept", "okt", "nov", "dec", "e.g", "i.e", "approx", "mr", "mrs",
      "dr", "p.g.a", "pga", "bla", "tex", "mfl", "a.k.a", "o.d", "jmf", "jfr", "el", "tim", "min", "gr", "vs");

  private static final String BULLETS = "•·▪●◦■►➢✓✔*";

  private Tokenizer() {
  }

  /** The tokens and sentences of a text; word tokens get their sentence and word index. */
  record Result(List<Token> tokens, List<Token> words, List<Sentence> sentences) {
  }

  static Result split(String text) {
    List<Token> tokens = new ArrayList<>();
    List<Integer> newlinesBefore = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int newlines = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (c == '\n') {
          newlines++;
        }
        i++;
        continue;
      }
      int j;
      Token.Type type;
      if (Character.isLetterOrDigit(c)) {
        j = wordEnd(text, i);
        type = isNumber(text, i, j) ? Token.Type.NUMBER : Token.Type.WORD;
      } else {
        j = i + 1;
        type = Token.Type.PUNCT;
      }
      String surface = text.substring(i, j);
      String norm = normalize(surface);
      tokens.add(new Token(i, j, surface, norm, type));
      newlinesBefore.add(newlines);
      newlines = 0;
      i = j;
    }
    return segment(text, tokens, newlinesBefore);
  }

  /** Lower case with the typographic variants of apostrophe and hyphen unified. */
  static String normalize(String surface) {
    String lower = surface.toLowerCase(SWEDISH);
    if (lower.indexOf('’') >= 0 || lower.indexOf('‐') >= 0 || lower.indexOf('‑') >= 0) {
      lower = lower.replace('’', '\'').replace('‐', '-').replace('‑', '-');
    }
    return lower;
  }

  private static int wordEnd(String text, int start) {
    int n = text.length();
    int j = start;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        j++;
        continue;
      }
      char prev = text.charAt(j - 1);
      char next = j + 1 < n ? text.charAt(j + 1) : ' ';
      if ((c == '-' || c == '‐' || c == '‑') && Character.isLetterOrDigit(prev)) {
        if (Character.isLetterOrDigit(next)) {
          j++;
          continue;
        }
        if (Character.isLetter(prev) && (Character.isWhitespace(next) || next == ',')) {
          // A dangling compound part, as in "lager- och terminalarbete": the hyphen belongs to the word.
          j++;
        }
        break;
      }
      if ((c == '\'' || c == '’') && Character.isLetter(prev) && Character.isLetter(next)) {
        j++;
        continue;
      }
      if (c == '.' && Character.isLetter(prev) && Character.isLowerCase(next)) {
        j++;
        continue;
      }
      if ((c == ',' || c == '.' || c == ':') && Character.isDigit(prev) && Character.isDigit(next)) {
        j++;
        continue;
      }
      if (c == ':' && Character.isDigit(prev) && Character.isLetter(next)) {
        j++;
        continue;
      }
      if (c == '+' && Character.isLetter(prev)) {
        while (j < n && text.charAt(j) == '+') {
          j++;
        }
        break;
      }
      if (c == '#' && Character.isLetter(prev) && (j + 1 >= n || !Character.isLetterOrDigit(next))) {
        j++;
        break;
      }
      break;
    }
    return j;
  }

  private static boolean isNumber(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (!Character.isDigit(c) && c != ',' && c != '.' && c != ':') {
        return false;
      }
    }
    return true;
  }

  private static Result segment(String text, List<Token> tokens, List<Integer> newlinesBefore) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> words = new ArrayList<>();
    int sentenceStart = 0;
    int paragraph = 0;
    int sentenceParagraph = 0;
    boolean startsLine = true;
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      int nl = newlinesBefore.get(t);
      if (t > sentenceStart && startsSentence(tokens, t, nl)) {
        sentences.add(sentence(sentences.size(), tokens, sentenceStart, t, sentenceParagraph, startsLine, nl > 0));
        startsLine = nl > 0;
        sentenceStart = t;
      }
      if (nl >= 2) {
        paragraph++;
      }
      if (t == sentenceStart) {
        sentenceParagraph = paragraph;
      }
    }
    if (sentenceStart < tokens.size()) {
      sentences.add(sentence(sentences.size(), tokens, sentenceStart, tokens.size(), sentenceParagraph, startsLine, true));
    }
    for (Sentence s : sentences) {
      boolean breakPending = true;
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        Token token = tokens.get(t);
        token.index = t;
        token.sentence = s.index();
        if (token.isWordOrNumber()) {
          token.breakBefore = breakPending;
          token.wordIndex = words.size();
          words.add(token);
          breakPending = false;
        } else if (!isJoiner(token)) {
          breakPending = true;
        }
      }
    }
    return new Result(tokens, words, sentences);
  }

  /** Punctuation that may stand inside a phrase without ending it ("Vård & omsorg"). */
  private static boolean isJoiner(Token token) {
    return token.surface.equals("&") || token.surface.equals("-");
  }

  private static boolean startsSentence(List<Token> tokens, int t, int newlines) {
    if (newlines > 0) {
      return true;
    }
    Token token = tokens.get(t);
    if (token.type == Token.Type.PUNCT && BULLETS.indexOf(token.surface.charAt(0)) >= 0
        && t + 1 < tokens.size() && tokens.get(t + 1).isWordOrNumber()) {
      return true;
    }
    Token prev = tokens.get(t - 1);
    if (prev.type != Token.Type.PUNCT || ".!?".indexOf(prev.surface.charAt(0)) < 0) {
      return false;
    }
    if (!(token.capitalized() || token.type == Token.Type.NUMBER || token.type == Token.Type.PUNCT)) {
      return false;
    }
    if (prev.surface.equals(".") && t >= 2) {
      Token before = tokens.get(t - 2);
      if (before.end == prev.start && before.isWord()
          && (ABBREVIATIONS.contains(before.norm) || (before.norm.length() == 1 && Character.isUpperCase(before.surface.charAt(0))))) {
        return false;
      }
    }
    return true;
  }

  private static Sentence sentence(int index, List<Token> tokens, int from, int to, int paragraph, boolean startsLine,
                                   boolean endsLine) {
    int words = 0;
    for (int t = from; t < to; t++) {
      if (tokens.get(t).isWord()) {
        words++;
      }
    }
    Token last = tokens.get(to - 1);
    return new Sentence(index, from, to, tokens.get(from).start, last.end, paragraph, words, startsLine && endsLine,
        last.surface.equals(":"));
  }
}
