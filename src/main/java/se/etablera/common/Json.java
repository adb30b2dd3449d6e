package se.etablera.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
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
      .registerModule(storedDatesAndTimes())
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

  /**
   * Dates and times in the form records are stored in ("2027-01-18"; "08:30" or "08:30:00") are read without a
   * DateTimeFormatter, which builds a map for every value: a match reads about a thousand of them from Elasticsearch.
   * Any other form, or an impossible date, goes to the standard deserializers, which succeed or fail as before.
   */
  private static SimpleModule storedDatesAndTimes() {
    SimpleModule module = new SimpleModule("stored-dates-and-times");
    module.addDeserializer(LocalDate.class, new StdScalarDeserializer<LocalDate>(LocalDate.class) {
      @Override
      public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String s = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null;
        if (s != null && s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
            && digits(s, 8, 10)) {
          try {
            return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
          } catch (DateTimeException e) {
            // not a real date: the standard deserializer reports it
          }
        }
        return LocalDateDeserializer.INSTANCE.deserialize(p, ctx);
      }
    });
    module.addDeserializer(LocalTime.class, new StdScalarDeserializer<LocalTime>(LocalTime.class) {
      @Override
      public LocalTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String s = p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null;
        if (s != null && (s.length() == 5 || s.length() == 8 && s.charAt(5) == ':' && digits(s, 6, 8)) && s.charAt(2) == ':'
            && digits(s, 0, 2) && digits(s, 3, 5)) {
          try {
            return LocalTime.of(number(s, 0, 2), number(s, 3, 5), s.length() == 8 ? number(s, 6, 8) : 0);
          } catch (DateTimeException e) {
            // not a real time: the standard deserializer reports it
          }
        }
        return LocalTimeDeserializer.INSTANCE.deserialize(p, ctx);
      }
    });
    return module;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + s.charAt(i) - '0';
    }
    return n;
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
