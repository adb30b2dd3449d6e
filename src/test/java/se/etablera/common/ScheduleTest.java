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

  /** The share counted minute by minute, as coveredFraction did before it merged intervals instead. */
  private static double coveredMinuteByMinute(Schedule block, List<Schedule> windows) {
    long total = block.minutesPerWeek();
    if (total <= 0) {
      return 1.0;
    }
    long covered = 0;
    int from = block.start().toSecondOfDay() / 60;
    int to = block.end().toSecondOfDay() / 60;
    for (Weekday day : block.days()) {
      boolean[] minute = new boolean[to - from];
      for (Schedule w : windows) {
        if (w.days().contains(day)) {
          for (int m = Math.max(from, w.start().toSecondOfDay() / 60); m < Math.min(to, w.end().toSecondOfDay() / 60); m++) {
            minute[m - from] = true;
          }
        }
      }
      for (boolean m : minute) {
        covered += m ? 1 : 0;
      }
    }
    return (double) covered / total;
  }

  @Test
  void theCoveredShareIsTheMinuteByMinuteCountForRandomBlocks() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    Weekday[] all = Weekday.values();
    for (int round = 0; round < 20_000; round++) {
      List<Schedule> windows = new java.util.ArrayList<>();
      for (int w = random.nextInt(5); w > 0; w--) {
        windows.add(randomBlock(random, all));
      }
      Schedule block = randomBlock(random, all);
      assertEquals(coveredMinuteByMinute(block, windows), block.coveredFraction(windows), block + " in " + windows);
      boolean clash = windows.stream().anyMatch(w -> block.days().stream().anyMatch(w.days()::contains)
          && block.start().isBefore(w.end()) && w.start().isBefore(block.end()));
      assertEquals(clash, Schedule.clash(List.of(block), windows), block + " vs " + windows);
    }
  }

  private static Schedule randomBlock(java.util.SplittableRandom random, Weekday[] all) {
    List<Weekday> days = Arrays.stream(all).filter(d -> random.nextInt(3) == 0).toList();
    int start = random.nextInt(24 * 4 - 1) * 15 + (random.nextInt(4) == 0 ? random.nextInt(15) : 0);
    int end = start + 1 + random.nextInt(24 * 60 - 1 - start);
    return new Schedule(days.isEmpty() ? List.of(Weekday.MON) : days, LocalTime.ofSecondOfDay(start * 60L),
        LocalTime.ofSecondOfDay(end * 60L));
  }

  @Test
  void theDefaultAvailabilityIsWeekdaysEightToFive() {
    assertEquals(blocks("mon,tue,wed,thu,fri 08:00-17:00"), Schedule.WEEKDAY_DAYTIME);
    assertEquals(45 * 60, Schedule.WEEKDAY_DAYTIME.get(0).minutesPerWeek());
  }
}
