package se.etablera.nlp;

/**
 * A concept found in a record's free text, stored beside what the user gave explicitly: which field it came
 * from, the character span there, how sure the analysis is, and (for openings) whether the text made it a
 * requirement ("krav") or an asset ("meriterande"). Explicit data always wins over these; a user can reject
 * one by id, and the rejection outlives re-analysis.
 */
public record ExtractedConcept(String kind, String id, String label, double confidence, String source, int start, int end,
                               String requirement, String level, String group, String field) {
}
