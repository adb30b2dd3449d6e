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
    if (!start.isBefore(other.end) || !other.start.isBefore(end)) {
      return false;
    }
    for (Weekday day : days) {
      if (other.days.contains(day)) {
        return true;
      }
    }
    return false;
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
    int from = start.toSecondOfDay() / 60;
    int to = end.toSecondOfDay() / 60;
    // Per day: the union of the windows' stretches inside [from, to), in whole minutes. Matching asks this for every
    // opening against every person, so it neither allocates per minute nor streams.
    int[] starts = new int[windows.size()];
    int[] ends = new int[windows.size()];
    long covered = 0;
    for (Weekday day : days) {
      int n = 0;
      for (Schedule w : windows) {
        if (w.days.contains(day)) {
          int a = Math.max(from, w.start.toSecondOfDay() / 60);
          int b = Math.min(to, w.end.toSecondOfDay() / 60);
          if (a < b) {
            int i = n++;
            for (; i > 0 && starts[i - 1] > a; i--) {
              starts[i] = starts[i - 1];
              ends[i] = ends[i - 1];
            }
            starts[i] = a;
            ends[i] = b;
          }
        }
      }
      int reached = from;
      for (int i = 0; i < n; i++) {
        int a = Math.max(reached, starts[i]);
        if (ends[i] > a) {
          covered += ends[i] - a;
          reached = ends[i];
        }
      }
    }
    return (double) covered / total;
  }

  /** True when any block of one list overlaps any block of the other. */
  public static boolean clash(List<Schedule> a, List<Schedule> b) {
    for (Schedule x : a) {
      for (Schedule y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }

  public static long minutesPerWeek(List<Schedule> blocks) {
    return blocks.stream().mapToLong(Schedule::minutesPerWeek).sum();
  }

  public static final List<Schedule> WEEKDAY_DAYTIME = List.of(new Schedule(
      List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI), LocalTime.of(8, 0), LocalTime.of(17, 0)));
}
