package se.etablera.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
    // Every course meets every job (40 × 100 pairs): what depends on one side only is worked out once per side.
    List<Scored> open = jobs.stream().filter(job -> !Eligibility.hasHard(job.reasons())).toList();
    Map<Scored, Map<SwedishLevel, Scored>> rescored = new IdentityHashMap<>();
    Rescore rescore = (job, level) -> rescored.computeIfAbsent(job, j -> new HashMap<>())
        .computeIfAbsent(level, l -> scorer.score(p, job.opportunity(), today, l));
    for (Scored course : courses) {
      if (!course.eligible()) {
        continue;
      }
      Leads leads = Leads.of(course.opportunity());
      for (Scored job : open) {
        combination(p, course, leads, job, today, rescore).ifPresent(all::add);
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

  /** Scores a job as if the person's Swedish were {@code level}: the same answer for the same job and level. */
  private interface Rescore {
    Scored at(Scored job, SwedishLevel level);
  }

  private java.util.Optional<Combination> combination(MatchProfile p, Scored courseScored, Leads leads, Scored jobScored,
                                                      LocalDate today, Rescore rescore) {
    Opportunity course = courseScored.opportunity();
    Opportunity job = jobScored.opportunity();
    if (job.kind() == Kind.extra_job && Boolean.FALSE.equals(job.combinableWithStudies())) {
      return java.util.Optional.empty();
    }
    String relation = leads.relationTo(job);
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
    // The scorer found each one's first start on or after the person's availability already.
    LocalDate courseStart = courseScored.details().start();
    LocalDate jobStart = jobScored.details().start();
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
    Scored unlockedJob = needsLift ? rescore.at(jobScored, exit) : jobScored;
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

  /** The occupations, groups and fields a course leads to (its main occupation included). */
  record Leads(Set<String> occupations, Set<String> groups, Set<String> fields) {
    static Leads of(Opportunity course) {
      List<OccupationRef> leads = course.occupations();
      Set<String> occupations = new HashSet<>();
      Set<String> groups = new HashSet<>();
      Set<String> fields = new HashSet<>();
      leads.forEach(l -> {
        occupations.add(l.id());
        groups.add(l.group());
        fields.add(l.field());
      });
      if (course.occupationField() != null) {
        fields.add(course.occupationField().id());
      }
      return new Leads(occupations, groups, fields);
    }

    /** How the course relates to the job: it leads to the occupation, to its group, or to its field; else null. */
    String relationTo(Opportunity job) {
      if (job.occupation() == null) {
        return null;
      }
      OccupationRef target = job.occupation();
      if (occupations.contains(target.id())) {
        return "occupation";
      }
      if (groups.contains(target.group())) {
        return "group";
      }
      return fields.contains(target.field()) ? "field" : null;
    }
  }
}
