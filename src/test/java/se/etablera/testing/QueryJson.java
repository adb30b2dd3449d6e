package se.etablera.testing;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import se.etablera.common.Json;

/**
 * A query as the JSON Elasticsearch receives, and small builders for the JSON a test expects, so query tests
 * compare plain JSON objects.
 */
public final class QueryJson {
  private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper(Json.MAPPER);

  private QueryJson() {
  }

  /** The request JSON of a query, serialised by the Elasticsearch client itself. */
  public static JsonObject of(Query query) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MAPPER.jsonProvider().createGenerator(out)) {
      query.serialize(generator, MAPPER);
    }
    return new JsonObject(out.toString());
  }

  public static JsonObject term(String field, String value) {
    return new JsonObject().put("term", new JsonObject().put(field, new JsonObject().put("value", value)));
  }

  public static JsonObject terms(String field, String... values) {
    return new JsonObject().put("terms", new JsonObject().put(field, new JsonArray(Arrays.asList(values))));
  }

  /** Any one of the fields holds the value. */
  public static JsonObject anyTerm(String value, String... fields) {
    JsonArray should = new JsonArray();
    for (String field : fields) {
      should.add(term(field, value));
    }
    return new JsonObject().put("bool", new JsonObject().put("should", should).put("minimum_should_match", "1"));
  }

  /** Every query as a filter of one bool. */
  public static JsonObject filter(List<JsonObject> filters) {
    return new JsonObject().put("bool", new JsonObject().put("filter", new JsonArray(List.copyOf(filters))));
  }

  public static JsonObject filter(JsonObject... filters) {
    return filter(List.of(filters));
  }

  public static JsonObject matchAll() {
    return new JsonObject().put("match_all", new JsonObject());
  }

  public static JsonObject matchNone() {
    return new JsonObject().put("match_none", new JsonObject());
  }
}
