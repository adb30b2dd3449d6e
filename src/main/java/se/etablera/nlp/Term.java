package se.etablera.nlp;

import java.util.List;

/**
 * What a dictionary phrase stands for.
 *
 * @param kind    the kind of concept
 * @param id      concept id for skills, kommunkod for municipalities and places; null for occupation terms,
 *                whose meaning is the list of senses
 * @param label   the concept's label
 * @param weight  how specific the phrase is for the concept: 1 for a full label, less for a label head,
 *                an ontology synonym or a compound head
 * @param writing how the text must be written for the phrase to count: abbreviations in capitals, product
 *                names with a capital
 * @param senses  for occupation terms: the SSYK-4 groups the term may mean, strongest first
 */
record Term(Extracted.Kind kind, String id, String label, double weight, Writing writing, List<Sense> senses) {

  /** How a phrase must be written in the text to count. */
  enum Writing { ANY, CAPITALIZED, UPPER_CASE }

  /**
   * One reading of an occupation term.
   *
   * @param groupId      SSYK-4 group id
   * @param occupationId occupation name id in the current taxonomy, or null when only the group is known
   * @param label        the occupation (or group) label this reading came from
   * @param share        the strength of this reading relative to the term's strongest, which has 1
   * @param qualifier    keys of the label's qualifier ("psykiatrisk vård" in "Sjuksköterska, psykiatrisk vård"):
   *                     the reading gains when the text uses them
   */
  record Sense(String groupId, String occupationId, String label, double share, List<String> qualifier) {
  }

  static Term concept(Extracted.Kind kind, String id, String label, double weight, Writing writing) {
    return new Term(kind, id, label, weight, writing, List.of());
  }
}
