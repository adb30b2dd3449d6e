package se.etablera.allocation;

import java.util.Objects;

/**
 * A person to place. {@code group} is what the optional share constraint counts (e.g. "female" or "male"); it
 * is null when not recorded, and such people are placed without counting towards any share.
 */
public record Candidate(String id, String group) {
  public Candidate {
    Objects.requireNonNull(id, "candidate id");
  }
}
