package se.etablera.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.etablera.common.Schedule;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.taxonomy.OccupationRef;
import se.etablera.taxonomy.SwedishLevel;

/**
 * Pairs courses with placements or extra jobs into combinations, by the rules of municipal practice: the
 * course leads to the job's occupation or field; the schedules never clash; the hours together fit the
 * person's week; both are reachable; they start within {@value #MAX_START_GAP_DAYS} days of each other; and
 * when the person's Swedish is below the job's requirement, the course reaches it (the course unlocks the
 * job). A combination scores as its better part plus a bonus, so one that unlocks a job ranks above either
 * part alone.
 */
public final class Combiner {
  static final int MAX_START_GAP_DAYS = 60;
  static final double UNLOCK_BONUS = 0.15;
  static final double FIT_BONUS = 0.05;

  private final Scorer scorer;

  public Combiner(Scorer scorer) {
    this.scorer = scorer;
  }

  public List<Combination> combine(MatchProfile p, List<Scored> courses, List<Scored> jobs, LocalDate today, int max) {
    List<Combination> all = new ArrayList<>();
    for (Scored course : courses) {
      if (!course.eligible()) {
        continue;
      }
      for (Scored job : jobs) {
        if (Eligibility.hasHard(job.reasons())) {
          continue;
        }
        combination(p, course, job, today).ifPresent(all::add);
      }
    }
    all.sort(Comparator.comparingDouble(Combination::score).reversed()
        .thenComparing(c -> c.course().opportunity().id()).thenComparing(c -> c.job().opportunity().id()));
    // At most two combinations per job and per course, so one good course does not fill the whole list.
    List<Combination> out = new ArrayList<>();
    Map<String, Integer> perJob = new java.util.HashMap<>();
    Map<String, Integer> perCourse = new java.util.HashMap<>();
    for (Combination c : all) {
      String j = c.job().opportunity().id();
      String k = c.course().opportunity().id();
      if (perJob.getOrDefault(j, 0) < 2 && perCourse.getOrDefault(k, 0) < 2) {
        out.add(c);
        perJob.merge(j, 1, Integer::sum);
        perCourse.merge(k, 1, Integer::sum);
      }
      if (out.size() >= max) {
        break;
      }
    }
    return out;
  }

  java.util.Optional<Combination> combination(MatchProfile p, Scored courseScored, Scored jobScored, LocalDate today) {
    Opportunity course = courseScored.opportunity();
    Opportunity job = jobScored.opportunity();
    if (job.kind() == Kind.extra_job && Boolean.FALSE.equals(job.combinableWithStudies())) {
      return java.util.Optional.empty();
    }
    String relation = relation(course, job);
    if (relation == null) {
      return java.util.Optional.empty();
    }
    boolean schedulesKnown = course.schedule() != null && !course.schedule().isEmpty() && job.schedule() != null
        && !job.schedule().isEmpty();
    if (schedulesKnown && Schedule.clash(course.schedule(), job.schedule())) {
      return java.util.Optional.empty();
    }
    int hours = (course.hoursPerWeek() == null ? 0 : course.hoursPerWeek()) + (job.hoursPerWeek() == null ? 0 : job.hoursPerWeek());
    if (hours > p.hoursPerWeek()) {
      return java.util.Optional.empty();
    }
    LocalDate courseStart = course.firstStartOnOrAfter(p.availableFrom());
    LocalDate jobStart = job.firstStartOnOrAfter(p.availableFrom());
    long gap = courseStart == null || jobStart == null ? 0 : Math.abs(ChronoUnit.DAYS.between(courseStart, jobStart));
    if (gap > MAX_START_GAP_DAYS) {
      return java.util.Optional.empty();
    }
    SwedishLevel required = job.swedishRequired() == null ? SwedishLevel.NONE : job.swedishRequired();
    boolean needsLift = p.swedish().scale() < required.scale();
    SwedishLevel exit = course.swedishExit() == null ? p.swedish() : course.swedishExit();
    if (needsLift && exit.scale() < required.scale()) {
      return java.util.Optional.empty();
    }
    Scored unlockedJob = needsLift ? scorer.score(p, job, today, exit) : jobScored;
    double relationStrength = switch (relation) {
      case "occupation" -> 1.0;
      case "group" -> 0.8;
      default -> 0.6;
    };
    double startFit = 1.0 - (double) gap / MAX_START_GAP_DAYS;
    double scheduleFit = schedulesKnown ? 1.0 : 0.5;
    double fit = (relationStrength + startFit + scheduleFit) / 3;
    double score = Math.max(courseScored.score(), unlockedJob.score()) + FIT_BONUS * fit + (needsLift ? UNLOCK_BONUS : 0);
    Map<String, Double> signals = new LinkedHashMap<>();
    signals.put("course", courseScored.score());
    signals.put("job", unlockedJob.score());
    signals.put("relation", relationStrength);
    signals.put("start_gap", Scorer.round(startFit));
    signals.put("schedule", scheduleFit);
    signals.put("unlocks", needsLift ? 1.0 : 0.0);
    return java.util.Optional.of(new Combination(courseScored, unlockedJob, Scorer.round(score), needsLift, relation, gap, hours, signals));
  }

  /** How the course relates to the job: it leads to the occupation, to its group, or to its field; else null. */
  static String relation(Opportunity course, Opportunity job) {
    if (job.occupation() == null) {
      return null;
    }
    List<OccupationRef> leads = new ArrayList<>();
    if (course.occupation() != null) {
      leads.add(course.occupation());
    }
    if (course.leadsTo() != null) {
      leads.addAll(course.leadsTo());
    }
    OccupationRef target = job.occupation();
    if (leads.stream().anyMatch(l -> l.id().equals(target.id()))) {
      return "occupation";
    }
    if (leads.stream().anyMatch(l -> l.group().equals(target.group()))) {
      return "group";
    }
    Set<String> fields = new HashSet<>();
    leads.forEach(l -> fields.add(l.field()));
    if (course.occupationField() != null) {
      fields.add(course.occupationField().id());
    }
    return fields.contains(target.field()) ? "field" : null;
  }
}
