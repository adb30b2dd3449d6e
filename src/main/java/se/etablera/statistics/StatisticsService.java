package se.etablera.statistics;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.etablera.access.Caller;
import se.etablera.access.Role;
import se.etablera.application.Application;
import se.etablera.application.Application.Status;
import se.etablera.common.ApiException;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.profile.Profile;
import se.etablera.search.Documents;
import se.etablera.search.Queries;
import se.etablera.taxonomy.Taxonomy;

/**
 * Statistics per municipality and period, from profiles and applications: profiles by gender; median days from
 * profile creation to first offer and first start; offers, starts and completions per kind by gender; women's
 * share among starts against their share among profiles; yrkes-SFI applications per course by gender. Admins see
 * any municipality, coaches their own.
 */
public final class StatisticsService {
  public static final int THRESHOLD = 5;
  /** The marker of a hidden cell, as in Swedish official statistics ("uppgift kan inte redovisas"). */
  static final String SUPPRESSED = "..";
  static final List<String> GENDERS = List.of("female", "male", "other", "unspecified", "unknown");
  private static final int MAX_APPLICATIONS = 10_000;

  private final Documents<Profile> profiles;
  private final Documents<Application> applications;
  private final Taxonomy taxonomy;

  public StatisticsService(Documents<Profile> profiles, Documents<Application> applications, Taxonomy taxonomy) {
    this.profiles = profiles;
    this.applications = applications;
    this.taxonomy = taxonomy;
  }

  public Future<Statistics> compute(Caller caller, String municipality, LocalDate from, LocalDate to) {
    if (caller.role() == Role.coach && !caller.coversMunicipality(municipality)) {
      return Future.failedFuture(new ApiException.Forbidden("Coaches see statistics of their own municipalities"));
    }
    Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Query inMunicipality = Queries.term("municipality.id", municipality);
    Query created = Query.of(q -> q.range(r -> r.date(d -> d.field("created_at").gte(start.toString()).lt(end.toString()))));
    Future<Map<String, Long>> profileCounts = profiles.refresh()
        .compose(v -> profiles.countBy(Queries.allOf(List.of(inMunicipality, created)), "gender"));
    // Application writes wait for the refresh; profiles may come from bulk loads written without one.
    Future<List<Application>> apps = applications.all(inMunicipality, MAX_APPLICATIONS);
    return Future.all(profileCounts, apps).map(all -> build(municipality, from, to, start, end, all.resultAt(0), all.resultAt(1)));
  }

  Statistics build(String municipality, LocalDate from, LocalDate to, Instant start, Instant end, Map<String, Long> profileCounts,
                   List<Application> apps) {
    Map<String, Long> profileByGender = new TreeMap<>(profileCounts);
    long profileTotal = profileByGender.values().stream().mapToLong(Long::longValue).sum();

    Map<String, Map<String, Long>> offers = new LinkedHashMap<>();
    Map<String, Map<String, Long>> starts = new LinkedHashMap<>();
    Map<String, Map<String, Long>> completions = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      offers.put(k.name(), new TreeMap<>());
      starts.put(k.name(), new TreeMap<>());
      completions.put(k.name(), new TreeMap<>());
    }
    Map<String, Instant> firstOffer = new HashMap<>();
    Map<String, Instant> firstStart = new HashMap<>();
    Map<String, Instant> created = new HashMap<>();
    Map<String, Map<String, Long>> perCourse = new TreeMap<>();
    Map<String, String> courseTitles = new HashMap<>();
    for (Application a : apps) {
      String gender = a.gender() == null ? "unknown" : a.gender();
      Optional<Instant> offered = a.firstTime(Status.offered);
      Optional<Instant> started = a.firstTime(Status.started);
      count(offers.get(a.kind().name()), gender, within(offered, start, end));
      count(starts.get(a.kind().name()), gender, within(started, start, end));
      count(completions.get(a.kind().name()), gender, within(a.firstTime(Status.completed), start, end));
      if (a.profileId() != null && a.profileCreatedAt() != null) {
        created.putIfAbsent(a.profileId(), a.profileCreatedAt());
        offered.ifPresent(t -> firstOffer.merge(a.profileId(), t, (x, y) -> x.isBefore(y) ? x : y));
        started.ifPresent(t -> firstStart.merge(a.profileId(), t, (x, y) -> x.isBefore(y) ? x : y));
      }
      if (a.kind() == Kind.course && !a.createdAt().isBefore(start) && a.createdAt().isBefore(end)) {
        perCourse.computeIfAbsent(a.opportunityId(), k -> new TreeMap<>()).merge(gender, 1L, Long::sum);
        courseTitles.putIfAbsent(a.opportunityId(), a.opportunityTitle());
      }
    }
    long startsTotal = starts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    long womenStarts = starts.values().stream().mapToLong(m -> m.getOrDefault("female", 0L)).sum();
    long womenProfiles = profileByGender.getOrDefault("female", 0L);
    Statistics.WomenShare share = new Statistics.WomenShare(
        startsTotal >= THRESHOLD && (womenStarts == 0 || womenStarts >= THRESHOLD) ? round((double) womenStarts / startsTotal) : null,
        profileTotal >= THRESHOLD && (womenProfiles == 0 || womenProfiles >= THRESHOLD) ? round((double) womenProfiles / profileTotal) : null);
    // perCourse is sorted by course id
    List<Statistics.CourseApplications> courses = new ArrayList<>();
    perCourse.forEach((id, byGender) -> courses.add(new Statistics.CourseApplications(id, courseTitles.get(id), split(byGender))));
    return new Statistics(municipality, taxonomy.municipality(municipality).map(Taxonomy.Municipality::label).orElse(municipality),
        from, to, THRESHOLD, split(profileByGender), median(created, firstOffer, start, end), median(created, firstStart, start, end),
        splits(offers), splits(starts), splits(completions), share, courses);
  }

  private static boolean within(Optional<Instant> at, Instant start, Instant end) {
    return at.isPresent() && !at.get().isBefore(start) && at.get().isBefore(end);
  }

  private static void count(Map<String, Long> counts, String gender, boolean include) {
    if (include) {
      counts.merge(gender, 1L, Long::sum);
    }
  }

  /** Days from profile creation to the first event, for people whose first event fell in the period. */
  static Double median(Map<String, Instant> created, Map<String, Instant> first, Instant start, Instant end) {
    List<Long> days = new ArrayList<>();
    first.forEach((profile, at) -> {
      if (!at.isBefore(start) && at.isBefore(end) && created.containsKey(profile)) {
        days.add(ChronoUnit.DAYS.between(created.get(profile), at));
      }
    });
    if (days.size() < THRESHOLD) {
      return null;
    }
    days.sort(Long::compare);
    int n = days.size();
    return n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
  }

  private static Map<String, Statistics.Split> splits(Map<String, Map<String, Long>> byKind) {
    Map<String, Statistics.Split> out = new LinkedHashMap<>();
    byKind.forEach((k, v) -> out.put(k, split(v)));
    return out;
  }

  /**
   * Suppresses every cell from 1 to 4; if exactly one cell is hidden while the total shows, the smallest other
   * non-zero cell is hidden too, so the hidden one cannot be worked out by subtraction.
   */
  static Statistics.Split split(Map<String, Long> byGender) {
    long total = byGender.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> cells = new LinkedHashMap<>();
    List<String> hidden = new ArrayList<>();
    for (String g : GENDERS) {
      long n = byGender.getOrDefault(g, 0L);
      if (n > 0 && n < THRESHOLD) {
        hidden.add(g);
      }
      cells.put(g, n);
    }
    boolean totalShown = total == 0 || total >= THRESHOLD;
    if (hidden.size() == 1 && totalShown) {
      GENDERS.stream().filter(g -> !hidden.contains(g) && byGender.getOrDefault(g, 0L) > 0)
          .min(Comparator.comparingLong(g -> byGender.get(g))).ifPresent(hidden::add);
    }
    hidden.forEach(g -> cells.put(g, SUPPRESSED));
    return new Statistics.Split(totalShown ? total : SUPPRESSED, cells);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
