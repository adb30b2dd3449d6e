package se.etablera.nlp;

/**
 * A sentence or a line of the text (ads put headings and bullet points on lines of their own).
 *
 * @param index      position in the text, 0-based
 * @param firstToken index of its first token in the token list
 * @param endToken   index after its last token
 * @param start      character offset of its first token
 * @param end        character offset after its last token
 * @param paragraph  paragraph number: a blank line starts a new one
 * @param words      number of word tokens
 * @param ownLine    nothing else shares its line, as with headings and bullet points
 * @param colon      ends with a colon, as headings of requirement lists do
 */
record Sentence(int index, int firstToken, int endToken, int start, int end, int paragraph, int words, boolean ownLine,
                boolean colon) {
}
