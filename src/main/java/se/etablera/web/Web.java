package se.etablera.web;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.etablera.access.Caller;
import se.etablera.common.ApiException;
import se.etablera.common.FieldError;
import se.etablera.common.Json;
import se.etablera.common.Saved;
import se.etablera.search.Page;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.ConceptType;

/** Small helpers every handler uses: the caller, the body, paging, concept filters, rendering. */
public final class Web {
  static final String CALLER = "etablera.caller";
  public static final String JSON = "application/json; charset=utf-8";

  private Web() {
  }

  public static Caller caller(RoutingContext ctx) {
    Caller caller = ctx.get(CALLER);
    if (caller == null) {
      throw new ApiException.Unauthorized("A bearer token is required");
    }
    return caller;
  }

  /** The request body as a JSON object; malformed or missing is a 400. */
  public static JsonObject body(RoutingContext ctx) {
    Buffer buffer = ctx.body() == null ? null : ctx.body().buffer();
    if (buffer == null || buffer.length() == 0) {
      throw new ApiException.Invalid("", "a JSON object body is required");
    }
    return parseObject(buffer.toString(), "");
  }

  /** Parses one JSON object; {@code where} names it in the error (a pointer, or a bulk line). */
  public static JsonObject parseObject(String text, String where) {
    Object value;
    try {
      value = io.vertx.core.json.Json.decodeValue(text);
    } catch (DecodeException e) {
      throw new ApiException.Invalid(where, "is not well-formed JSON: " + shortReason(e));
    }
    if (!(value instanceof JsonObject object)) {
      throw new ApiException.Invalid(where, "must be a JSON object");
    }
    return object;
  }

  private static String shortReason(DecodeException e) {
    String m = String.valueOf(e.getMessage()).replace("Failed to decode:", "").strip();
    int newline = m.indexOf('\n');
    m = newline > 0 ? m.substring(0, newline) : m;
    int cut = m.indexOf(" at [Source");
    m = cut > 0 ? m.substring(0, cut) : m;
    return m.length() > 200 ? m.substring(0, 200) : m;
  }

  /** Paging from ?offset= and ?limit= within the configured maximum and Elasticsearch's window. */
  public record Paging(int offset, int limit) {
  }

  public static Paging paging(RoutingContext ctx, int maxPageSize) {
    List<FieldError> errors = new ArrayList<>();
    int offset = intParam(ctx, "offset", 0, 0, 9_999, errors);
    int limit = intParam(ctx, "limit", Math.min(20, maxPageSize), 1, maxPageSize, errors);
    if (errors.isEmpty() && offset + limit > 10_000) {
      errors.add(FieldError.parameter("offset", "offset + limit may be at most 10000; narrow the filters", List.of()));
    }
    if (!errors.isEmpty()) {
      throw new ApiException.Invalid(errors);
    }
    return new Paging(offset, limit);
  }

  /**
   * A query parameter as text. Clients should percent-encode, but curl and browsers' address bars send "Malmö"
   * as raw UTF-8 bytes, which the HTTP decoder reads one byte per character; such text is read back as UTF-8.
   */
  public static String param(RoutingContext ctx, String name) {
    return utf8(ctx.request().getParam(name));
  }

  /** Text decoded one byte per character that is in fact UTF-8, read back as UTF-8; anything else unchanged. */
  static String utf8(String raw) {
    if (raw == null || raw.chars().noneMatch(c -> c >= 0x80 && c <= 0xFF) || raw.chars().anyMatch(c -> c > 0xFF)) {
      return raw;
    }
    byte[] bytes = raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try {
      return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return raw;
    }
  }

  public static int intParam(RoutingContext ctx, String name, int fallback, int min, int max, List<FieldError> errors) {
    String raw = ctx.request().getParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        errors.add(FieldError.parameter(name, "must be between " + min + " and " + max, List.of()));
      }
      return value;
    } catch (NumberFormatException e) {
      errors.add(FieldError.parameter(name, "must be a whole number", List.of()));
      return fallback;
    }
  }

  /**
   * Query parameters that name concepts, resolved to ids; an unknown value is a 400 naming the parameter
   * with the nearest valid labels, never an empty result.
   */
  public static final class ConceptParams {
    private final RoutingContext ctx;
    private final ConceptResolver resolver;
    private final List<FieldError> errors = new ArrayList<>();

    public ConceptParams(RoutingContext ctx, ConceptResolver resolver) {
      this.ctx = ctx;
      this.resolver = resolver;
    }

    /** The concept id for the parameter, or null when absent. */
    public String id(String name, ConceptType type) {
      String raw = param(ctx, name);
      if (raw == null || raw.isBlank()) {
        return null;
      }
      ConceptResolver.Resolution r = resolver.resolve(type, raw.trim());
      if (r instanceof ConceptResolver.Resolution.Resolved resolved) {
        return ((JsonObject) resolved.value()).getString("id");
      }
      ConceptResolver.Resolution.Unknown unknown = (ConceptResolver.Resolution.Unknown) r;
      errors.add(FieldError.parameter(name, unknown.message(), unknown.suggestions()));
      return null;
    }

    public List<FieldError> errors() {
      return errors;
    }

    public void add(FieldError error) {
      errors.add(error);
    }

    /** Throws the collected errors, if any. */
    public void check() {
      if (!errors.isEmpty()) {
        throw new ApiException.Invalid(errors);
      }
    }
  }

  public static void json(RoutingContext ctx, int status, Object value) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", JSON).end(Json.encodeForApi(value));
  }

  public static void ok(RoutingContext ctx, Object value) {
    json(ctx, 200, value);
  }

  public static void page(RoutingContext ctx, Page<?> page) {
    json(ctx, 200, Map.of("items", page.items(), "total", page.total(), "offset", page.offset(), "limit", page.limit()));
  }

  public static void created(RoutingContext ctx, String location, Object value) {
    ctx.response().putHeader("Location", location);
    json(ctx, 201, value);
  }

  /** 201 with Location for a new record, 200 for a replaced one. */
  public static void saved(RoutingContext ctx, String location, Saved<?> saved) {
    if (saved.created()) {
      created(ctx, location, saved.value());
    } else {
      ok(ctx, saved.value());
    }
  }

  public static void noContent(RoutingContext ctx) {
    ctx.response().setStatusCode(204).end();
  }

  /** Ends the request with the future's value, or fails it into the problem renderer. */
  public static <T> void respond(RoutingContext ctx, Future<T> future, java.util.function.BiConsumer<RoutingContext, T> render) {
    future.onComplete(ar -> {
      if (ar.succeeded()) {
        render.accept(ctx, ar.result());
      } else {
        ctx.fail(ar.cause());
      }
    });
  }
}
