package se.etablera.nlp;

/**
 * One token of the analysed text with its character span in the original string. Words carry their
 * normalised form and the morphological key that dictionary look-ups compare, so no later step needs to
 * re-derive them.
 */
final class Token {
  enum Type { WORD, NUMBER, PUNCT }

  final int start;
  final int end;
  final String surface;
  final String norm;
  final Type type;
  /** Index in the token list, punctuation included. */
  int index;
  int sentence;
  /** A comma, colon, bracket or similar stands between this token and the previous word: phrases stop there. */
  boolean breakBefore;
  /** Index among the word and number tokens only, or -1 for punctuation. */
  int wordIndex = -1;
  WordForm form;

  Token(int start, int end, String surface, String norm, Type type) {
    this.start = start;
    this.end = end;
    this.surface = surface;
    this.norm = norm;
    this.type = type;
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isWordOrNumber() {
    return type != Type.PUNCT;
  }

  boolean capitalized() {
    return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
  }

  boolean allCaps() {
    boolean letter = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  String key() {
    return form == null ? norm : form.key();
  }

  @Override
  public String toString() {
    return surface + "[" + start + "," + end + ")";
  }
}
