package se.etablera.matching;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import se.etablera.access.Caller;
import se.etablera.matching.MatchList.Item;
import se.etablera.matching.MatchList.Summary;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.profile.Profile;
import se.etablera.profile.ProfileService;
import se.etablera.search.Documents;
import se.etablera.taxonomy.SwedishLevel;
import se.etablera.taxonomy.Taxonomy;

/**
 * Ranked matches for a newcomer: singles and combinations in one list (GET /api/profiles/{id}/matches), and
 * course advice (which courses would unlock the most suitable jobs nearby). Two round trips to Elasticsearch:
 * the profile, then one multi-search for jobs and courses; the rest is computed here.
 */
public final class MatchService {
  /** How many jobs and courses the retrieval fetches (public with NOT_NEEDED so the benchmark sends the same body). */
  public static final int JOB_POOL = 100;
  public static final int COURSE_POOL = 40;
  static final int MAX_COMBINATIONS = 40;
  static final int MAX_EXCLUDED = 20;
  /**
   * Fields a match never reads, left out of the retrieval's _source to keep responses small (Elasticsearch writes
   * less, the client parses less). Scoring, combining, explaining or summarising a new field means taking it off here.
   */
  public static final List<String> NOT_NEEDED = List.of("description", "search_text", "created_at", "updated_at",
      "organisation.organisation_number", "organisation.type", "location.address", "seats", "seats_taken",
      "supervisor_available", "workplace_training_weeks", "eligibility.note");

  private final ProfileService profiles;
  private final Documents<Opportunity> opportunities;
  private final Taxonomy taxonomy;
  private final Scorer scorer;
  private final Combiner combiner;
  private final Explanations explanations;
  private final Clock clock;

  public MatchService(ProfileService profiles, Documents<Opportunity> opportunities, Taxonomy taxonomy, Clock clock) {
    this.profiles = profiles;
    this.opportunities = opportunities;
    this.taxonomy = taxonomy;
    this.scorer = new Scorer(taxonomy);
    this.combiner = new Combiner(scorer);
    this.explanations = new Explanations(taxonomy);
    this.clock = clock;
  }

  /** Everything scored for one person, before paging: what both the list and the advice are made from. */
  record Ranking(MatchProfile profile, List<Scored> jobs, List<Scored> courses, List<Combination> combinations,
                 boolean educationObligation) {
  }

  /** The profile to match, if the caller may see it (a 404 otherwise): the read the audit log records. */
  public Future<Profile> profile(Caller caller, String profileId) {
    return profiles.get(caller, profileId);
  }

  /** One page of the ranked list for a profile already read: one multi-search, then scoring here. */
  public Future<MatchList> matches(Profile profile, MatchFilter filter, int offset, int limit) {
    return rank(profile, filter, filter.wants("combination")).map(r -> list(r, filter, offset, limit));
  }

  /** The ranking of an already loaded profile; combinations (4,000 course × job pairs) only when they are shown. */
  private Future<Ranking> rank(Profile profile, MatchFilter filter, boolean combine) {
    LocalDate today = LocalDate.now(clock);
    MatchProfile p = MatchProfile.of(profile, taxonomy, today);
    return opportunities.multiSearch(List.of(MatchQueries.jobs(p, filter, today), MatchQueries.courses(p, filter, today)),
            List.of(JOB_POOL, COURSE_POOL), NOT_NEEDED)
        .map(hits -> {
          List<Scored> jobs = hits.get(0).stream().map(o -> scorer.score(p, o, today)).toList();
          List<Scored> courses = hits.get(1).stream().map(o -> scorer.score(p, o, today)).toList();
          List<Combination> combinations = combine ? combiner.combine(p, courses, jobs, today, MAX_COMBINATIONS) : List.of();
          return new Ranking(p, jobs, courses, combinations, educationObligation(p, jobs));
        });
  }

  /**
   * The education obligation (utbildningsplikt): someone without upper-secondary education who cannot be
   * matched to work gets education routes first. "Matched to work" means an eligible job in an occupation
   * they know (same occupation, group or a substitute).
   */
  static boolean educationObligation(MatchProfile p, List<Scored> jobs) {
    if (!p.withoutUpperSecondary()) {
      return false;
    }
    return jobs.stream().filter(Scored::eligible).noneMatch(s -> switch (s.details().occupation().kind()) {
      case exact, group, substitute -> true;
      default -> false;
    });
  }

  /**
   * One entry of the list before paging: what the order needs (education route, score, a key for ties) and how to
   * build the item. Summaries and explanations are only built for the page shown: a list has about a hundred
   * entries, a page twenty, and the sentences are most of the work.
   */
  private record Entry(boolean educationRoute, double score, String key, IntFunction<Item> item) {
  }

  /** Education routes first under the education obligation; then by score; ties in a fixed order. */
  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::educationRoute).reversed()
      .thenComparing(Comparator.comparingDouble(Entry::score).reversed()).thenComparing(Entry::key);

  MatchList list(Ranking r, MatchFilter filter, int offset, int limit) {
    MatchProfile p = r.profile();
    List<Entry> all = new ArrayList<>();
    for (Scored s : r.jobs()) {
      if (!Eligibility.hasHard(s.reasons()) && filter.wants(s.opportunity().kind().name())) {
        all.add(single(p, s, false));
      }
    }
    for (Scored s : r.courses()) {
      if (!Eligibility.hasHard(s.reasons()) && filter.wants("course")) {
        all.add(single(p, s, r.educationObligation()));
      }
    }
    if (filter.wants("combination")) {
      r.combinations().forEach(c -> all.add(combination(p, c, r.educationObligation())));
    }
    all.sort(ORDER);
    List<Item> page = new ArrayList<>();
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      page.add(all.get(i).item().apply(i + 1));
    }
    List<MatchList.Excluded> excluded = new ArrayList<>();
    List<Scored> hard = new ArrayList<>();
    r.jobs().stream().filter(s -> Eligibility.hasHard(s.reasons())).forEach(hard::add);
    r.courses().stream().filter(s -> Eligibility.hasHard(s.reasons())).forEach(hard::add);
    hard.sort(Comparator.comparingDouble((Scored s) -> s.signals().get("occupation")).reversed()
        .thenComparingDouble(s -> s.details().distanceKm()).thenComparing(s -> s.opportunity().id()));
    hard.stream().limit(MAX_EXCLUDED).forEach(s -> excluded.add(new MatchList.Excluded(summary(s), s.reasons())));
    return new MatchList(p.profile().id(), r.educationObligation(), p.monthsLeft() == null ? null : Scorer.round(p.monthsLeft()),
        p.swedish().code(), all.size(), offset, limit, page, excluded);
  }

  private Entry single(MatchProfile p, Scored s, boolean educationObligation) {
    boolean route = s.opportunity().kind() == Kind.course && educationObligation;
    return new Entry(route, s.score(), s.opportunity().id(), rank -> new Item(rank, s.opportunity().kind().name(), s.score(),
        s.eligible(), s.reasons(), summary(s), null, null, null, s.details().occupation().substitute(), route, s.signals(),
        explanations.single(p, s).asMap()));
  }

  private Entry combination(MatchProfile p, Combination c, boolean educationObligation) {
    return new Entry(educationObligation, c.score(), c.course().opportunity().id() + "+" + c.job().opportunity().id(),
        rank -> new Item(rank, "combination", c.score(), true, List.of(), null, summary(c.course()), summary(c.job()),
            c.unlocks(), c.job().details().occupation().substitute(), educationObligation, new LinkedHashMap<>(c.signals()),
            explanations.combination(p, c).asMap()));
  }

  /**
   * Which courses would unlock the most suitable jobs nearby: for each course the person can enter now or
   * later, the jobs it unlocks (scored as if the course were done) and the validation gaps it fills, ranked
   * by the sum of the best five unlocked jobs' scores.
   */
  public Future<List<CourseAdvice>> courseAdvice(Caller caller, String profileId, int limit) {
    return profiles.get(caller, profileId).compose(profile -> rank(profile, MatchFilter.NONE, false)).map(r -> advice(r, limit));
  }

  List<CourseAdvice> advice(Ranking r, int limit) {
    MatchProfile p = r.profile();
    LocalDate today = LocalDate.now(clock);
    List<CourseAdvice> out = new ArrayList<>();
    // A job scored at a course's exit level: the same for every course with that exit level.
    Map<Opportunity, Map<SwedishLevel, Double>> unlockedScores = new java.util.IdentityHashMap<>();
    for (Scored course : r.courses()) {
      if (Eligibility.hasHard(course.reasons())) {
        continue;
      }
      Opportunity c = course.opportunity();
      Combiner.Leads leads = Combiner.Leads.of(c);
      List<CourseAdvice.Unlocked> unlocked = new ArrayList<>();
      for (Scored job : r.jobs()) {
        Opportunity j = job.opportunity();
        if (Eligibility.hasHard(job.reasons()) || job.details().swedishGap() == 0 || c.swedishExit() == null
            || j.swedishRequired() == null || c.swedishExit().scale() < j.swedishRequired().scale()
            || leads.relationTo(j) == null) {
          continue;
        }
        double score = unlockedScores.computeIfAbsent(j, x -> new java.util.HashMap<>())
            .computeIfAbsent(c.swedishExit(), level -> scorer.score(p, j, today, level).score());
        unlocked.add(new CourseAdvice.Unlocked(summary(job), score));
      }
      unlocked.sort(Comparator.comparingDouble(CourseAdvice.Unlocked::score).reversed().thenComparing(u -> u.job().id()));
      List<CourseAdvice.Unlocked> best = unlocked.subList(0, Math.min(5, unlocked.size()));
      List<String> modules = course.details().modulesFilled();
      if (best.isEmpty() && modules.isEmpty()) {
        continue;
      }
      // A course the person cannot enter yet is worth less than one they can start now.
      double value = (best.stream().mapToDouble(CourseAdvice.Unlocked::score).sum() + (modules.isEmpty() ? 0 : 0.5))
          * (course.eligible() ? 1.0 : 0.6);
      out.add(new CourseAdvice(summary(course), course.eligible(), course.reasons(), List.copyOf(best), modules,
          Scorer.round(value), adviceText(p, course, best, modules)));
    }
    out.sort(Comparator.comparingDouble(CourseAdvice::value).reversed().thenComparing(a -> a.course().id()));
    return out.subList(0, Math.min(limit, out.size()));
  }

  private static Map<String, String> adviceText(MatchProfile p, Scored course, List<CourseAdvice.Unlocked> jobs, List<String> modules) {
    Opportunity c = course.opportunity();
    StringBuilder sv = new StringBuilder(c.title() + " tar svenskan från " + p.swedish().label() + " till "
        + (c.swedishExit() == null ? "kursens nivå" : c.swedishExit().label()) + ".");
    StringBuilder en = new StringBuilder(c.title() + " takes Swedish from " + p.swedish().labelIn(java.util.Locale.ENGLISH) + " to "
        + (c.swedishExit() == null ? "the course's level" : c.swedishExit().labelIn(java.util.Locale.ENGLISH)) + ".");
    if (!jobs.isEmpty()) {
      String titles = String.join(", ", jobs.stream().map(j -> j.job().title() + " (" + j.job().municipality() + ")").toList());
      sv.append(" Det öppnar ").append(jobs.size()).append(" jobb i närheten: ").append(titles).append('.');
      en.append(" It opens ").append(jobs.size()).append(jobs.size() == 1 ? " job" : " jobs").append(" nearby: ").append(titles).append('.');
    }
    if (!modules.isEmpty()) {
      sv.append(" Den fyller valideringens luckor: ").append(String.join(", ", modules)).append('.');
      en.append(" It fills the validation's gaps: ").append(String.join(", ", modules)).append('.');
    }
    if (!course.eligible()) {
      course.reasons().forEach(reason -> {
        sv.append(' ').append(reason.sv());
        en.append(' ').append(reason.en());
      });
    }
    return Map.of("sv", sv.toString(), "en", en.toString());
  }

  static Summary summary(Scored s) {
    Opportunity o = s.opportunity();
    return new Summary(o.id(), o.kind().name(), o.title(), o.organisation().name(),
        o.occupation() == null ? null : o.occupation().label(), o.occupation() == null ? null : o.occupation().id(),
        o.location().municipality().label(), Math.round(s.details().distanceKm() * 10) / 10.0, s.details().start(),
        o.hoursPerWeek(), o.schedule(), o.seatsLeft(), o.swedishRequired() == null ? null : o.swedishRequired().label(),
        o.swedishExit() == null ? null : o.swedishExit().label());
  }
}
