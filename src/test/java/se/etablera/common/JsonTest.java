package se.etablera.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates and times read on the fast path come out, or fail, exactly as with the standard deserializers. */
class JsonTest {
  private static final ObjectMapper STANDARD = new ObjectMapper().registerModule(new JavaTimeModule());

  private static Object outcome(ObjectMapper mapper, String text, Class<?> type) {
    try {
      return mapper.readValue('"' + text + '"', type);
    } catch (Exception e) {
      return e.getClass();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-01-18", "2024-02-29", "0001-12-31", "9999-01-01", "2027-02-30", "2027-13-01", "2027-00-10",
      "2027-01-1x", "2027-1-18", " 2027-01-18", "2027-01-18T10:00:00", "20270118", ""})
  void datesAsTheStandardDeserializerReadsThem(String text) {
    assertEquals(outcome(STANDARD, text, LocalDate.class), outcome(Json.MAPPER, text, LocalDate.class), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"08:30", "08:30:00", "00:00", "23:59:59", "17:05:30.5", "24:00", "12:60", "12:30:61", "ab:cd",
      "8:30", " 08:30", "08:30:0", ""})
  void timesAsTheStandardDeserializerReadsThem(String text) {
    assertEquals(outcome(STANDARD, text, LocalTime.class), outcome(Json.MAPPER, text, LocalTime.class), text);
  }
}
