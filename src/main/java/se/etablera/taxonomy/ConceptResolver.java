package se.etablera.taxonomy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.etablera.common.FieldError;
import se.etablera.common.Json;

/**
 * Turns what a client wrote in a concept field (an id, a label, a code, or an object with an id) into the
 * canonical form records store, or an error naming the field with the nearest valid labels.
 */
public final class ConceptResolver {
  private static final int SUGGESTIONS = 5;

  private final Taxonomy taxonomy;

  public ConceptResolver(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** Where a concept field sits in a record: slash-separated names, '*' for every array element. */
  public record ConceptField(String path, Kind kind) {
    public static ConceptField of(String path, ConceptType type) {
      return new ConceptField(path, new Kind(type));
    }

    public static ConceptField swedishLevel(String path) {
      return new ConceptField(path, new Kind(null));
    }
  }

  /** A concept type, or (type null) a Swedish level. */
  public record Kind(ConceptType type) {
  }

  /** The outcome of resolving one value. */
  public sealed interface Resolution {
    record Resolved(Object value) implements Resolution {
    }

    record Unknown(String message, List<String> suggestions) implements Resolution {
    }
  }

  /** Replaces every concept field of {@code body} in place; returns one error per unknown value. */
  public List<FieldError> resolveAll(JsonObject body, List<ConceptField> fields) {
    List<FieldError> errors = new ArrayList<>();
    for (ConceptField field : fields) {
      visit(body, field.path().split("/"), 0, "", field.kind(), errors);
    }
    return errors;
  }

  public Resolution resolve(ConceptType type, Object raw) {
    String id = raw instanceof JsonObject o ? o.getString("id") : null;
    String given = raw instanceof String s ? s.trim() : id;
    String text = given == null && raw instanceof JsonObject o ? o.getString("label") : given;
    if (text == null || text.isEmpty()) {
      return new Resolution.Unknown("must name a " + type.noun() + " by id or label", List.of());
    }
    // An object with an id is a round-tripped reference: it must resolve by id, not by its (maybe stale) label.
    String label = id != null ? "" : text;
    Optional<Object> found = byId(type, text);
    if (found.isEmpty() && !label.isEmpty()) {
      List<String> ids = idsForLabel(type, label);
      if (ids.size() > 1) {
        List<String> labels = ids.stream().map(i -> taxonomy.label(i) + " (" + i + ")").distinct().toList();
        return new Resolution.Unknown("'" + text + "' names more than one " + type.noun() + "; give the id", labels);
      }
      found = ids.isEmpty() ? Optional.empty() : byId(type, ids.get(0));
    }
    if (found.isPresent()) {
      return new Resolution.Resolved(found.get());
    }
    return new Resolution.Unknown("unknown " + type.noun() + " '" + text + "'", suggestions(type, text));
  }

  public Resolution resolveSwedishLevel(Object raw) {
    String text = raw instanceof JsonObject o ? o.getString("code") : raw instanceof String s ? s : null;
    return SwedishLevel.parse(text)
        .or(() -> text == null ? Optional.empty() : SwedishLevel.byCode(text))
        .<Resolution>map(level -> new Resolution.Resolved(Json.toJsonObject(level)))
        .orElseGet(() -> new Resolution.Unknown("unknown Swedish level '" + text + "'; write an SFI course, a CEFR "
            + "level or SvA level", SwedishLevel.EXAMPLES));
  }

  private void visit(Object node, String[] path, int depth, String pointer, Kind kind, List<FieldError> errors) {
    if (depth == path.length - 1) {
      resolveLeaf(node, path[depth], pointer, kind, errors);
      return;
    }
    String segment = path[depth];
    if (node instanceof JsonObject object && object.getValue(segment) != null) {
      visit(object.getValue(segment), path, depth + 1, pointer + "/" + segment, kind, errors);
    } else if ("*".equals(segment) && node instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        visit(array.getValue(i), path, depth + 1, pointer + "/" + i, kind, errors);
      }
    }
  }

  private void resolveLeaf(Object parent, String name, String pointer, Kind kind, List<FieldError> errors) {
    if ("*".equals(name) && parent instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        Object replaced = resolveValue(array.getValue(i), pointer + "/" + i, kind, errors);
        if (replaced != null) {
          array.set(i, replaced);
        }
      }
    } else if (parent instanceof JsonObject object && object.getValue(name) != null) {
      Object replaced = resolveValue(object.getValue(name), pointer + "/" + name, kind, errors);
      if (replaced != null) {
        object.put(name, replaced);
      }
    }
  }

  private Object resolveValue(Object raw, String pointer, Kind kind, List<FieldError> errors) {
    Resolution r = kind.type() == null ? resolveSwedishLevel(raw) : resolve(kind.type(), raw);
    if (r instanceof Resolution.Resolved resolved) {
      return resolved.value();
    }
    Resolution.Unknown unknown = (Resolution.Unknown) r;
    errors.add(new FieldError(pointer, unknown.message(), unknown.suggestions()));
    return null;
  }

  private Optional<Object> byId(ConceptType type, String id) {
    return switch (type) {
      case OCCUPATION -> taxonomy.occupationRef(id).map(Json::toJsonObject);
      case OCCUPATION_GROUP -> taxonomy.group(id).flatMap(g -> taxonomy.occupationRef(g.id())).map(Json::toJsonObject);
      case OCCUPATION_FIELD -> taxonomy.field(id).map(Json::toJsonObject);
      case SKILL -> taxonomy.skill(id).map(Json::toJsonObject);
      case LANGUAGE -> taxonomy.language(id).map(l -> Json.toJsonObject(new Concept(l.id(), l.label())));
      case DRIVING_LICENCE -> taxonomy.drivingLicence(id).map(Json::toJsonObject);
      case MUNICIPALITY -> taxonomy.municipality(id).map(m -> Json.toJsonObject(new Concept(m.code(), m.label())));
    };
  }

  /** Concepts whose label (or, failing that, alias) is the text; occupations fall back to group labels. */
  private List<String> idsForLabel(ConceptType type, String label) {
    List<String> ids = taxonomy.index(type).exact(label);
    if (ids.isEmpty() && type == ConceptType.OCCUPATION) {
      ids = taxonomy.index(ConceptType.OCCUPATION_GROUP).exact(label);
    }
    return ids.stream().distinct().toList();
  }

  private List<String> suggestions(ConceptType type, String text) {
    List<String> out = new ArrayList<>(taxonomy.index(type).suggest(text, SUGGESTIONS));
    if (type == ConceptType.OCCUPATION && out.size() < SUGGESTIONS) {
      taxonomy.index(ConceptType.OCCUPATION_GROUP).suggest(text, SUGGESTIONS - out.size()).stream()
          .filter(s -> !out.contains(s)).forEach(out::add);
    }
    return out;
  }
}
