package se.etablera.common;

import java.util.List;

/**
 * One bad part of a request: a JSON pointer into the body, or the name of a query parameter; why it is
 * wrong; and, for unknown codes or labels, the nearest valid values.
 */
public record FieldError(String pointer, String parameter, String message, List<String> suggestions) {
  public FieldError(String pointer, String message) {
    this(pointer, null, message, List.of());
  }

  public FieldError(String pointer, String message, List<String> suggestions) {
    this(pointer, null, message, suggestions);
  }

  public static FieldError parameter(String name, String message, List<String> suggestions) {
    return new FieldError(null, name, message, suggestions);
  }

  /** Where the error is, for messages: the pointer or the parameter. */
  public String location() {
    return pointer != null ? (pointer.isEmpty() ? "body" : pointer) : "?" + parameter;
  }
}
