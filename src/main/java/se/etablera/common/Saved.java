package se.etablera.common;

/** The outcome of a create-or-replace: the stored record and whether it was new (201) or replaced (200). */
public record Saved<T>(T value, boolean created) {
}
