package se.etablera.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weekly time blocks: clashes, fitting inside availability, and hours per week. */
class ScheduleTest {

  /** "mon,tue 08:00-12:00". */
  private static Schedule block(String text) {
    String[] parts = text.trim().split(" ");
    String[] hours = parts[1].split("-");
    List<Weekday> days = Arrays.stream(parts[0].split(",")).map(Weekday::of).toList();
    return new Schedule(days, LocalTime.parse(hours[0]), LocalTime.parse(hours[1]));
  }

  private static List<Schedule> blocks(String text) {
    return Arrays.stream(text.split(";")).map(ScheduleTest::block).toList();
  }

  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "mon 08:00-12:00             | mon 11:00-13:00     | true",
      "mon 08:00-12:00             | mon 09:00-10:00     | true",
      "mon 08:00-12:00             | mon 08:00-12:00     | true",
      "mon,wed 08:00-12:00         | tue,wed 11:59-13:00 | true",
      "mon 08:00-12:00             | mon 12:00-13:00     | false",
      "mon 08:00-12:00             | mon 07:00-08:00     | false",
      "mon 08:00-12:00             | tue 08:00-12:00     | false",
      "mon,tue,wed 08:00-12:00     | thu,fri 08:00-12:00 | false",
      "sat 13:00-17:00             | sat 08:00-12:00     | false"})
  void twoBlocksClashOnlyOnASharedDayWithOverlappingHours(String a, String b, boolean clash) {
    assertEquals(clash, block(a).overlaps(block(b)));
    assertEquals(clash, block(b).overlaps(block(a)), "overlap is symmetric");
  }

  @ParameterizedTest(name = "{0} within {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "mon,tue 13:00-17:00         | mon,tue,wed,thu,fri 08:00-17:00           | true",
      "mon 08:00-17:00             | mon 08:00-17:00                           | true",
      "mon 07:30-12:00             | mon,tue,wed,thu,fri 08:00-17:00           | false",
      "mon 13:00-17:30             | mon,tue,wed,thu,fri 08:00-17:00           | false",
      "sat 10:00-12:00             | mon,tue,wed,thu,fri 08:00-17:00           | false",
      "mon,tue 09:00-11:00         | mon 08:00-12:00;tue 09:00-11:00           | true",
      "mon,tue 09:00-11:00         | mon 08:00-12:00;wed 09:00-11:00           | false",
      "mon 09:00-14:00             | mon 08:00-12:00;mon 12:00-17:00           | true",
      "mon 09:00-14:00             | mon 08:00-12:00;mon 12:30-17:00           | false"})
  void aBlockFitsWhenTheWindowsCoverItOnEachOfItsDaysAdjacentOnesJoined(String block, String windows, boolean fits) {
    assertEquals(fits, block(block).fitsWithin(blocks(windows)));
  }

  @Test
  void nothingFitsWithinNoWindows() {
    assertEquals(false, block("mon 09:00-10:00").fitsWithin(List.of()));
  }

  @ParameterizedTest(name = "{0} → {1} min")
  @CsvSource({
      "'mon 08:00-12:00', 240",
      "'mon,tue,wed,thu,fri 08:30-12:00', 1050",
      "'sat 13:15-13:45', 30"})
  void minutesPerWeekIsTheLengthTimesTheDays(String block, long minutes) {
    assertEquals(minutes, block(block).minutesPerWeek());
  }

  @Test
  void theDefaultAvailabilityIsWeekdaysEightToFive() {
    assertEquals(blocks("mon,tue,wed,thu,fri 08:00-17:00"), Schedule.WEEKDAY_DAYTIME);
    assertEquals(45 * 60, Schedule.WEEKDAY_DAYTIME.get(0).minutesPerWeek());
  }
}
