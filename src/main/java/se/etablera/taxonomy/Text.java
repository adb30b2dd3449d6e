package se.etablera.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation shared by label look-up and search: case, spacing, punctuation and diacritics. */
public final class Text {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private Text() {
  }

  /** Lower case, punctuation as spaces, single spaces: "Undersköterska, hemtjänst" → "undersköterska hemtjänst". */
  public static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (char c : s.toLowerCase(SWEDISH).toCharArray()) {
      // '+', '#', '<' and '>' carry meaning in labels: "C++", "C#", "kran < 18 ton" versus "kran > 18 ton".
      if (Character.isLetterOrDigit(c) || c == '+' || c == '#' || c == '<' || c == '>') {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }

  /** {@link #normalize} without diacritics, for tolerant suggestions: "förskollärare" → "forskollarare". */
  public static String fold(String s) {
    String decomposed = Normalizer.normalize(normalize(s), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (char c : decomposed.toCharArray()) {
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
