package se.etablera.input;

import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.etablera.common.FieldError;

/**
 * The JSON Schemas request bodies are checked against (resources/schemas), and the translation of
 * validator output into one error per bad field, each with a JSON pointer.
 */
public final class Schemas {
  private static final String BASE = "https://etablera.se/schemas/";
  public static final List<String> NAMES = List.of("profile", "validation", "placement", "extra-job", "course", "consent",
      "application", "transition", "follow-up", "allocation", "rejection", "analyze");
  private static final Pattern REQUIRED = Pattern.compile("required property \"?([A-Za-z_]+)\"?");

  private final Map<String, Validator> validators = new HashMap<>();

  private Schemas() {
  }

  /** Loads common.json and every schema named in {@link #NAMES} plus any extra ones. */
  public static Schemas load(List<String> extra) {
    JsonSchemaOptions options = new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri(BASE)
        .setOutputFormat(OutputFormat.Basic);
    SchemaRepository repository = SchemaRepository.create(options);
    repository.dereference(BASE + "common.json", JsonSchema.of(read("common")));
    Schemas schemas = new Schemas();
    List<String> all = new ArrayList<>(NAMES);
    all.addAll(extra);
    for (String name : all) {
      repository.dereference(BASE + name + ".json", JsonSchema.of(read(name)));
    }
    for (String name : all) {
      schemas.validators.put(name, repository.validator(BASE + name + ".json"));
    }
    return schemas;
  }

  /** The errors for one body, one per bad field; empty when valid. */
  public List<FieldError> validate(String schema, Object body) {
    Validator validator = validators.get(schema);
    if (validator == null) {
      throw new IllegalArgumentException("no schema " + schema);
    }
    OutputUnit result = validator.validate(body);
    if (Boolean.TRUE.equals(result.getValid())) {
      return List.of();
    }
    List<OutputUnit> units = result.getErrors() == null || result.getErrors().isEmpty() ? List.of(result) : result.getErrors();
    Map<String, FieldError> errors = new LinkedHashMap<>();
    Map<String, List<String>> oneOfRequired = new LinkedHashMap<>();
    List<String> unknownCandidates = new ArrayList<>();
    for (OutputUnit unit : units) {
      String pointer = unit.getInstanceLocation() == null ? "" : unit.getInstanceLocation().replaceFirst("^#", "");
      String keyword = unit.getKeywordLocation() == null ? "" : unit.getKeywordLocation();
      String absolute = unit.getAbsoluteKeywordLocation() == null ? "" : unit.getAbsoluteKeywordLocation();
      String message = unit.getError() == null ? "is invalid" : unit.getError();
      Matcher required = REQUIRED.matcher(message);
      if (keyword.endsWith("additionalProperties")) {
        // This validator also reports a declared property whose value failed; only a lone report means "unknown".
        unknownCandidates.add(pointer);
      } else if (keyword.contains("/anyOf/") && keyword.endsWith("/required") && required.find()) {
        oneOfRequired.computeIfAbsent(pointer, k -> new ArrayList<>()).add(required.group(1));
      } else if (keyword.endsWith("/required") && required.find()) {
        errors.putIfAbsent(pointer + "/" + required.group(1), new FieldError(pointer + "/" + required.group(1), "is required"));
      } else if (!isWrapper(keyword, message)) {
        errors.putIfAbsent(pointer, new FieldError(pointer, humanize(message, keyword, absolute)));
      }
    }
    oneOfRequired.forEach((pointer, names) -> errors.putIfAbsent(pointer,
        new FieldError(pointer, "needs at least one of: " + String.join(", ", names))));
    for (String pointer : unknownCandidates) {
      boolean explained = errors.keySet().stream().anyMatch(p -> p.equals(pointer) || p.startsWith(pointer + "/"));
      if (!explained) {
        errors.put(pointer, new FieldError(pointer, "is not a known field"));
      }
    }
    if (errors.isEmpty()) {
      errors.put("", new FieldError("", "does not match the " + schema + " schema"));
    }
    return List.copyOf(errors.values());
  }

  private static boolean isWrapper(String keyword, String message) {
    return keyword.endsWith("/properties") || keyword.endsWith("/$ref") || keyword.endsWith("/items")
        || keyword.endsWith("/anyOf") || keyword.endsWith("/allOf") || message.startsWith("A subschema had errors");
  }

  /** Plain words for the validator's messages; the shared definition a failure came from says what was expected. */
  private static String humanize(String message, String keyword, String absolute) {
    if (keyword.endsWith("/pattern")) {
      if (absolute.contains("$defs/date/")) {
        return "must be a date written YYYY-MM-DD";
      }
      if (absolute.contains("$defs/time/")) {
        return "must be a time written HH:MM";
      }
      return "has the wrong format";
    }
    if (keyword.endsWith("/minItems")) {
      return "needs at least " + message.replaceAll(".*< ?([0-9]+).*", "$1") + " item(s)";
    }
    if (message.startsWith("Instance type")) {
      return message.replace("Instance type", "type").replace(". Expected", "; expected");
    }
    return message.replace("Instance", "value");
  }

  private static JsonObject read(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("missing schema schemas/" + name + ".json");
      }
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
