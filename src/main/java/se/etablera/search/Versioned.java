package se.etablera.search;

/** A document with the sequence number and primary term that optimistic concurrency checks against. */
public record Versioned<T>(T value, long seqNo, long primaryTerm) {
}
