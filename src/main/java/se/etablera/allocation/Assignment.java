package se.etablera.allocation;

/** One proposed place: the person, the opening and the score of that pair (the higher one if it was listed twice). */
public record Assignment(String personId, String openingId, double score) {
}
