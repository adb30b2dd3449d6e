package se.etablera.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Days of the week as written in schedules: "mon" … "sun". */
public enum Weekday {
  MON, TUE, WED, THU, FRI, SAT, SUN;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Weekday of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
