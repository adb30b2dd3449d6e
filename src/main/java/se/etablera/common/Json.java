package se.etablera.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one Jackson mapper: snake_case field names, ISO dates, nulls left out. Records are the API
 * representation and the Elasticsearch document alike.
 */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new JavaTimeModule()
          // Times of day are written as clients write them in schedules: "08:30", not "08:30:00".
          .addSerializer(java.time.LocalTime.class,
              new com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /**
   * What API answers are written with: the same, minus fields that exist only for the index (an opening's
   * analysed {@code search_text}).
   */
  public static final ObjectMapper API = MAPPER.copy().addMixIn(se.etablera.opportunity.Opportunity.class, IndexOnly.class);

  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = "search_text", allowGetters = false)
  private abstract static class IndexOnly {
  }

  private Json() {
  }

  /** An API answer as bytes. */
  public static Buffer encodeForApi(Object value) {
    try {
      return Buffer.buffer(API.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  public static Buffer encode(Object value) {
    try {
      return Buffer.buffer(MAPPER.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  public static String encodeToString(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  /** Maps already-validated JSON onto a record; a failure here is a gap between schema and record. */
  public static <T> T convert(JsonObject json, Class<T> type) {
    return MAPPER.convertValue(json.getMap(), type);
  }

  @SuppressWarnings("unchecked")
  public static JsonObject toJsonObject(Object value) {
    return new JsonObject(MAPPER.convertValue(value, Map.class));
  }

  public static <T> T read(String text, Class<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
