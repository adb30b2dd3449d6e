package se.etablera.allocation;

import java.util.Objects;

/**
 * A person–opening combination the coach allows, with its match score. Only listed pairs can be assigned, so
 * eligibility rules stay with whoever builds the list. The score must be positive and at most a million, and is
 * used to a millionth; {@link Allocator} rejects anything else rather than guessing what it means.
 */
public record Pair(String personId, String openingId, double score) {
  public Pair {
    Objects.requireNonNull(personId, "pair person id");
    Objects.requireNonNull(openingId, "pair opening id");
  }
}
