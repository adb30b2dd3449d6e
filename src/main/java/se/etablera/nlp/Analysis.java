package se.etablera.nlp;

import java.util.List;

/**
 * The result of analysing one text.
 *
 * @param language           ISO 639-3 code as OpenNLP gives it ("swe", "eng", "nob", ...)
 * @param languageConfidence 0..1: the best language's share of the two best OpenNLP scores. OpenNLP's own
 *                           probability spreads over 103 languages and stays near 0.2 even for clear Swedish
 * @param languageReliable   false for texts of fewer than two sentences or an unclear margin; the reason is
 *                           in {@code notes}
 * @param concepts           occupations first, best first (ranked candidates), then the other concepts in
 *                           text order
 * @param notes              human-readable remarks about the analysis, e.g. why the language is unreliable
 */
public record Analysis(String language, double languageConfidence, boolean languageReliable, List<Extracted> concepts,
                       List<String> notes) {

  /** The concepts of one kind, in the order of {@link #concepts()}. */
  public List<Extracted> concepts(Extracted.Kind kind) {
    return concepts.stream().filter(c -> c.kind() == kind).toList();
  }
}
