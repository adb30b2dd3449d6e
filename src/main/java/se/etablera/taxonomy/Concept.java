package se.etablera.taxonomy;

/** A reference to a taxonomy concept as stored in records: the canonical id and its Swedish label. */
public record Concept(String id, String label) {
}
