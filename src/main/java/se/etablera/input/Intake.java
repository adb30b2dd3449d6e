package se.etablera.input;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.etablera.common.ApiException;
import se.etablera.common.FieldError;
import se.etablera.common.Json;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.ConceptResolver.ConceptField;

/**
 * Turns a request body into a record in four steps, each reporting every bad field it finds: JSON Schema,
 * concept resolution (ids or labels to canonical concepts, with suggestions), record-specific checks, and
 * mapping onto the record. Any failure is one {@link ApiException.Invalid}; nothing is written before this
 * succeeds.
 */
public final class Intake {
  private final Schemas schemas;
  private final ConceptResolver resolver;

  public Intake(Schemas schemas, ConceptResolver resolver) {
    this.schemas = schemas;
    this.resolver = resolver;
  }

  /**
   * How one record kind is read: its schema, its concept fields, its record type, extra checks, and the
   * server-owned fields a client may send back unchanged (from a GET) but never sets: they are dropped.
   */
  public record Form<T>(String schema, List<ConceptField> conceptFields, Class<T> type, Function<T, List<FieldError>> checks,
                        List<String> serverOwned) {
  }

  /**
   * Validates and resolves a copy of {@code body}; the caller's object is left as it was. A field set to null
   * counts as absent, as many clients write optional fields that way.
   */
  public <T> T read(Form<T> form, JsonObject body) {
    JsonObject resolved = withoutNulls(body);
    List<FieldError> errors = new ArrayList<>(schemas.validate(form.schema(), resolved));
    if (!errors.isEmpty()) {
      throw new ApiException.Invalid(errors);
    }
    form.serverOwned().forEach(path -> remove(resolved, path.split("/"), 0));
    errors.addAll(resolver.resolveAll(resolved, form.conceptFields()));
    if (!errors.isEmpty()) {
      throw new ApiException.Invalid(errors);
    }
    T value;
    try {
      // Forms without a record type (small command bodies) keep the validated JSON as it is.
      value = form.type() == JsonObject.class ? form.type().cast(resolved) : Json.MAPPER.readValue(resolved.encode(), form.type());
    } catch (JsonMappingException e) {
      throw new ApiException.Invalid(List.of(mappingError(e)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    errors.addAll(form.checks().apply(value));
    if (!errors.isEmpty()) {
      throw new ApiException.Invalid(errors);
    }
    return value;
  }

  private static JsonObject withoutNulls(JsonObject object) {
    JsonObject out = new JsonObject();
    object.forEach(e -> {
      if (e.getValue() != null) {
        out.put(e.getKey(), withoutNulls(e.getValue()));
      }
    });
    return out;
  }

  private static Object withoutNulls(Object value) {
    if (value instanceof JsonObject o) {
      return withoutNulls(o);
    }
    if (value instanceof io.vertx.core.json.JsonArray a) {
      io.vertx.core.json.JsonArray out = new io.vertx.core.json.JsonArray();
      a.forEach(v -> out.add(withoutNulls(v)));
      return out;
    }
    return value;
  }

  private static void remove(JsonObject node, String[] path, int depth) {
    if (depth == path.length - 1) {
      node.remove(path[depth]);
    } else if (node.getValue(path[depth]) instanceof JsonObject child) {
      remove(child, path, depth + 1);
    }
  }

  /** A value the schema let through but the record cannot hold, e.g. the 30th of February. */
  private static FieldError mappingError(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
    }
    String text = String.valueOf(e.getMessage());
    String why = text.contains("Invalid date") || text.contains("DateTimeParseException") ? "is not a valid date or time"
        : "has a value that cannot be read";
    return new FieldError(pointer.toString(), why);
  }
}
