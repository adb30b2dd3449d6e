package se.etablera.common;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * A weekly time block: these days, from start to end ("mon–fri 08:00–12:00"). A course or job has one or
 * more; a newcomer's availability is a list of the blocks they can attend.
 */
public record Schedule(List<Weekday> days, LocalTime start, LocalTime end) {

  /** Minutes per week this block takes. */
  public long minutesPerWeek() {
    return Duration.between(start, end).toMinutes() * days.size();
  }

  /** True when the two blocks share a day and their hours overlap (touching ends do not clash). */
  public boolean overlaps(Schedule other) {
    boolean sharedDay = days.stream().anyMatch(other.days::contains);
    return sharedDay && start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** True when this block lies inside the given blocks on each of its days (adjacent blocks join up). */
  public boolean fitsWithin(List<Schedule> windows) {
    return coveredFraction(windows) >= 1.0;
  }

  /**
   * The share of this block's minutes that fall inside the given blocks (0..1). Windows on the same day are
   * joined, so 08–12 plus 12–17 covers 10–14.
   */
  public double coveredFraction(List<Schedule> windows) {
    long total = minutesPerWeek();
    if (total <= 0) {
      return 1.0;
    }
    long covered = 0;
    for (Weekday day : days) {
      int from = start.toSecondOfDay() / 60;
      int to = end.toSecondOfDay() / 60;
      boolean[] minute = new boolean[to - from];
      for (Schedule w : windows) {
        if (w.days.contains(day)) {
          int a = Math.max(from, w.start.toSecondOfDay() / 60);
          int b = Math.min(to, w.end.toSecondOfDay() / 60);
          for (int m = a; m < b; m++) {
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

  /** True when any block of one list overlaps any block of the other. */
  public static boolean clash(List<Schedule> a, List<Schedule> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
  }

  public static long minutesPerWeek(List<Schedule> blocks) {
    return blocks.stream().mapToLong(Schedule::minutesPerWeek).sum();
  }

  public static final List<Schedule> WEEKDAY_DAYTIME = List.of(new Schedule(
      List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI), LocalTime.of(8, 0), LocalTime.of(17, 0)));
}
