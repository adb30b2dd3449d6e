package se.etablera.nlp;

import java.util.List;

/** One text being analysed: the original string, its tokens and sentences, shared by the extraction steps. */
final class Doc {
  final String text;
  final List<Token> tokens;
  final List<Token> words;
  final List<Sentence> sentences;
  /** Index of the headline sentence (a short first line), or -1 when the text has none. */
  final int headline;

  Doc(String text, Tokenizer.Result split) {
    this.text = text;
    this.tokens = split.tokens();
    this.words = split.words();
    this.sentences = split.sentences();
    this.headline = findHeadline();
  }

  /**
   * An ad's headline, a CV's title: the first sentence when it has a line of its own and at most fifteen
   * words, or ends within the first line.
   */
  private int findHeadline() {
    if (sentences.isEmpty()) {
      return -1;
    }
    Sentence first = sentences.get(0);
    int newline = text.indexOf('\n');
    boolean ownLine = newline < 0 ? sentences.size() == 1 : first.end() <= newline;
    return ownLine && first.words() <= 15 ? 0 : -1;
  }

  /** The word at a word index, or null outside the text. */
  Token word(int index) {
    return index >= 0 && index < words.size() ? words.get(index) : null;
  }

  /** The word at {@code index} when it is in the same sentence as {@code anchor}, else null. */
  Token wordInSentence(int index, Token anchor) {
    Token t = word(index);
    return t != null && t.sentence == anchor.sentence ? t : null;
  }

  String span(int start, int end) {
    return text.substring(start, end);
  }
}
