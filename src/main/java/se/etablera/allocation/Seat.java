package se.etablera.allocation;

import java.util.Objects;

/**
 * An opening (work placement, extra job or course) and how many free seats it has. Named {@code Seat} to keep
 * the API agreed for the batch endpoint; each instance describes a whole opening, not a single seat. Zero seats
 * is allowed (nobody is placed there); negative seats are rejected by {@link Allocator}.
 */
public record Seat(String openingId, int seats) {
  public Seat {
    Objects.requireNonNull(openingId, "opening id");
  }
}
