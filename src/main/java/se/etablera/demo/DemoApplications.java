package se.etablera.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.etablera.application.Application;
import se.etablera.application.Application.FollowUp;
import se.etablera.application.Application.Status;
import se.etablera.application.Application.Transition;
import se.etablera.opportunity.Opportunity;
import se.etablera.profile.Profile;

/**
 * A year of invented application histories for the demo profiles, so follow-up lists and statistics have
 * something to show: each profile applies to openings near home, and the applications end up spread over every
 * status, with dates through 2026. Deterministic: the same profiles and openings give the same histories.
 */
final class DemoApplications {
  private static final Status[][] PATHS = {
      {Status.applied},
      {Status.applied, Status.shortlisted},
      {Status.applied, Status.offered},
      {Status.applied, Status.shortlisted, Status.offered, Status.accepted},
      {Status.applied, Status.offered, Status.accepted, Status.started},
      {Status.applied, Status.shortlisted, Status.offered, Status.accepted, Status.started, Status.completed},
      {Status.applied, Status.offered, Status.accepted, Status.started, Status.completed},
      {Status.applied, Status.rejected},
      {Status.applied, Status.withdrawn},
      {Status.applied, Status.offered, Status.offer_expired}};
  private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 12);

  private DemoApplications() {
  }

  static List<Application> generate(List<Profile> profiles, List<Opportunity> openings, int followUpDays) {
    List<Profile> people = profiles.stream().sorted(Comparator.comparing(Profile::id)).toList();
    List<Opportunity> all = openings.stream().sorted(Comparator.comparing(Opportunity::id)).toList();
    List<Application> out = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Profile p = people.get(i);
      List<Opportunity> near = all.stream()
          .filter(o -> o.location() != null && o.location().point() != null && p.home() != null
              && p.home().distanceKm(o.location().point()) < 40)
          .toList();
      if (near.isEmpty()) {
        continue;
      }
      for (int k = 0; k < 2; k++) {
        Opportunity o = near.get((i * 7 + k * 3) % near.size());
        Status[] path = PATHS[(i * 3 + k * 5) % PATHS.length];
        LocalDate first = YEAR_START.plusDays((i * 37L + k * 61L) % 240);
        out.add(history(p, o, path, first, i, k, followUpDays));
      }
    }
    return out;
  }

  private static Application history(Profile p, Opportunity o, Status[] path, LocalDate first, int i, int k, int followUpDays) {
    List<Transition> steps = new ArrayList<>();
    Status previous = null;
    LocalDate day = first;
    for (Status s : path) {
      String role = switch (s) {
        case applied, withdrawn -> "coach";
        case accepted -> "newcomer";
        case offer_expired -> "system";
        default -> "owner";
      };
      steps.add(new Transition(previous, s, at(day), role));
      previous = s;
      day = day.plusDays(s == Status.started ? 70 : 9 + (i + k) % 11);
    }
    Status last = path[path.length - 1];
    Instant end = steps.get(steps.size() - 1).at();
    LocalDate offered = steps.stream().filter(t -> t.to() == Status.offered).findFirst()
        .map(t -> t.at().atOffset(ZoneOffset.UTC).toLocalDate()).orElse(null);
    FollowUp follow = null;
    if (last == Status.completed) {
      LocalDate done = end.atOffset(ZoneOffset.UTC).toLocalDate();
      LocalDate due = done.plusDays(followUpDays);
      boolean recorded = due.isBefore(LocalDate.of(2026, 11, 1)) && (i + k) % 3 != 0;
      String outcome = List.of("work", "studies", "neither").get((i + k) % 3);
      follow = new FollowUp(due, recorded ? outcome : null, recorded ? at(due.plusDays(3)) : null);
    }
    return new Application("demo-application-" + String.format("%02d-%d", i + 1, k + 1), p.id(), o.id(), o.kind(), o.title(),
        o.organisation() == null ? null : o.organisation().organisationNumber(), p.municipality(), o.location().municipality(),
        p.gender() == null ? null : p.gender().name(), p.createdAt().isAfter(at(first)) ? at(first).minus(30, ChronoUnit.DAYS) : p.createdAt(),
        null, null, null, last, offered == null ? null : offered.plusDays(7), List.copyOf(steps), follow, at(first), end);
  }

  private static Instant at(LocalDate day) {
    return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
  }
}
