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

  /** True when this block lies inside one of the given blocks on each of its days. */
  public boolean fitsWithin(List<Schedule> windows) {
    for (Weekday day : days) {
      boolean covered = windows.stream().anyMatch(w -> w.days.contains(day) && !w.start.isAfter(start) && !w.end.isBefore(end));
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  public static final List<Schedule> WEEKDAY_DAYTIME = List.of(new Schedule(
      List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI), LocalTime.of(8, 0), LocalTime.of(17, 0)));
}
