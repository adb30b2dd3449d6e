package se.etablera.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import se.etablera.access.Caller;
import se.etablera.common.GeoPoint;
import se.etablera.common.Schedule;
import se.etablera.common.Weekday;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.opportunity.OpportunityRules;
import se.etablera.profile.Profile;
import se.etablera.profile.ProfileRules;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.OccupationRef;
import se.etablera.taxonomy.SwedishLevel;
import se.etablera.taxonomy.Taxonomy;
import se.etablera.validation.ValidationResult;

/**
 * Synthetic openings and profiles for the benchmark, drawn from the real taxonomy: municipalities with their
 * coordinates and neighbours, SSYK-4 groups with their occupations and related skills, the substitutability
 * relation, the "no education required" collection, languages and licences. Record {@code i} depends only on
 * the seed and {@code i}, so a run is reproducible and records can be made in any order.
 *
 * <p>The repository has no population or job-ad counts, so two proxies stand in for them. A municipality weighs
 * more the more municipalities lie within 40 km (metropolitan density) and when SCB's code marks it as a town
 * (xx80 and up; the county seat xx80 most): Stockholm county gets about a quarter of everything. An occupation
 * weighs more in the SSYK major groups newcomers' openings are found in (elementary, service and care, drivers
 * and operators, crafts), much more in JobTech's collection of occupations without an education requirement, and
 * more the more substitutability relations JobTech computed for it (those come from job-ad data, so they mark
 * occupations with many ads). Derived fields are filled by the service's own rules (ProfileRules.normalize,
 * OpportunityRules.normalize), so the documents are what the API would have stored.
 */
final class BenchData {
  /** Mother tongues of people in the establishment programme, by share (Migrationsverket's main groups). */
  private static final Map<String, Double> MOTHER_TONGUES = linked(
      "Arabiska", 34, "Tigrinska/Tigrinja", 11, "Dari", 10, "Somaliska", 9, "Ukrainska", 10, "Persiska/Farsi", 6,
      "Kurdiska - Sorani", 5, "Kurdiska - Kurmanji", 3, "Pashto", 4, "Amhariska/Amarinja", 3, "Ryska", 2, "Turkiska", 2,
      "Engelska", 1);
  private static final List<String> ASSET_LANGUAGES = List.of("Arabiska", "Somaliska", "Tigrinska/Tigrinja", "Dari",
      "Persiska/Farsi", "Ukrainska", "Kurdiska - Sorani", "Engelska");
  private static final List<String> COUNTRIES = List.of("Syrien", "Afghanistan", "Eritrea", "Somalia", "Ukraina", "Irak",
      "Iran", "Etiopien", "Sverige");
  private static final List<String> SWEDISH_JOB = List.of("none", "sfi-b", "sfi-c", "sfi-c", "sfi-c", "sfi-d", "sfi-d",
      "sva-grund");
  private static final String[] FIRST_NAMES = {"Amina", "Omar", "Fatima", "Yonas", "Hawa", "Ahmad", "Olena", "Mohammed",
      "Sara", "Dawit", "Leyla", "Hassan", "Mariam", "Ali", "Nadia", "Andrii"};
  private static final String[] LAST_NAMES = {"Hassan", "Haile", "Ahmadi", "Abdi", "Kovalenko", "Karimi", "Mohammed",
      "Tesfay", "Ali", "Rahimi", "Osman", "Shevchenko", "Yusuf", "Hosseini"};

  private final Taxonomy taxonomy;
  private final long seed;
  private final LocalDate today;
  private final Instant now;
  private final Weighted<Taxonomy.Municipality> municipalities;
  private final Weighted<String> jobOccupations;
  private final Weighted<Taxonomy.OccupationGroup> courseGroups;
  private final Weighted<String> backgroundOccupations;
  private final Weighted<Concept> motherTongues;
  private final List<Concept> assetLanguages;
  private final Map<String, List<String>> skillsOfGroup = new HashMap<>();
  private final Map<String, Concept> licences = new HashMap<>();
  private final List<Concept> fields;
  private final Concept english;

  BenchData(Taxonomy taxonomy, long seed, LocalDate today, Instant now) {
    this.taxonomy = taxonomy;
    this.seed = seed;
    this.today = today;
    this.now = now;
    List<Taxonomy.Municipality> all = sorted(taxonomy.municipalities(), Taxonomy.Municipality::code);
    municipalities = new Weighted<>(all, m -> municipalityWeight(m, all));
    Map<String, Taxonomy.OccupationGroup> groupOf = new HashMap<>();
    taxonomy.groups().forEach(g -> g.occupationIds().forEach(o -> groupOf.put(o, g)));
    List<String> occupations = taxonomy.occupations().stream().map(Taxonomy.Occupation::id).sorted().toList();
    jobOccupations = new Weighted<>(occupations, o -> jobWeight(o, groupOf.get(o)));
    backgroundOccupations = new Weighted<>(occupations, o -> backgroundWeight(o, groupOf.get(o)));
    List<Taxonomy.OccupationGroup> groups = sorted(taxonomy.groups(), Taxonomy.OccupationGroup::id);
    courseGroups = new Weighted<>(groups, g -> g.occupationIds().stream().mapToDouble(o -> jobWeight(o, g)).sum());
    for (Taxonomy.OccupationGroup g : groups) {
      skillsOfGroup.put(g.id(), g.skillIds().stream().filter(s -> taxonomy.skill(s).isPresent()).sorted().toList());
    }
    Map<String, Concept> languageByLabel = new HashMap<>();
    taxonomy.languages().forEach(l -> languageByLabel.put(l.label(), new Concept(l.id(), l.label())));
    List<Concept> tongues = MOTHER_TONGUES.keySet().stream().map(l -> require(languageByLabel, l)).toList();
    motherTongues = new Weighted<>(tongues, c -> MOTHER_TONGUES.get(c.label()));
    assetLanguages = ASSET_LANGUAGES.stream().map(l -> require(languageByLabel, l)).toList();
    english = require(languageByLabel, "Engelska");
    taxonomy.drivingLicences().forEach(l -> licences.put(l.label(), l));
    fields = sorted(taxonomy.fields(), Concept::id);
  }

  /** Kinds in the proportions municipal job centres see: many placements, fewer extra jobs, fewer courses. */
  static Kind kindOf(int i) {
    int slot = Math.floorMod(i * 37 + 11, 20);
    return slot < 12 ? Kind.placement : slot < 17 ? Kind.extra_job : Kind.course;
  }

  String opportunityId(int i) {
    return UUID.nameUUIDFromBytes(("opportunity-" + seed + "-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
  }

  String profileId(int i) {
    return UUID.nameUUIDFromBytes(("profile-" + seed + "-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
  }

  Opportunity opportunity(int i) {
    SplittableRandom r = random(1, i);
    Kind kind = kindOf(i);
    Taxonomy.Municipality m = municipalities.pick(r);
    Concept municipality = new Concept(m.code(), m.label());
    GeoPoint point = r.nextInt(10) < 8 ? jitter(m, r, 6) : null;
    OccupationRef occupation;
    List<OccupationRef> leadsTo = null;
    if (kind == Kind.course) {
      Taxonomy.OccupationGroup g = courseGroups.pick(r);
      Set<String> ids = new LinkedHashSet<>();
      int n = 1 + r.nextInt(Math.min(3, g.occupationIds().size()));
      for (int k = 0; k < 6 && ids.size() < n; k++) {
        ids.add(g.occupationIds().get(r.nextInt(g.occupationIds().size())));
      }
      leadsTo = ids.stream().map(id -> taxonomy.occupationRef(id).orElseThrow()).toList();
      occupation = leadsTo.get(0);
    } else {
      occupation = taxonomy.occupationRef(jobOccupations.pick(r)).orElseThrow();
    }
    List<String> groupSkills = skillsOfGroup.getOrDefault(occupation.group(), List.of());
    List<Opportunity.SkillWanted> skills = pickSome(groupSkills, kind == Kind.course ? 3 + r.nextInt(4) : 1 + r.nextInt(5), r)
        .stream().map(s -> new Opportunity.SkillWanted(skill(s), kind != Kind.course && r.nextInt(10) < 4)).toList();
    String trade = occupation.label();
    Opportunity.Organisation organisation = organisation(kind, m, r);
    String title;
    SwedishLevel required;
    SwedishLevel exit = null;
    List<Concept> accepts = null;
    Integer seats;
    int taken;
    LocalDate start = null;
    LocalDate end = null;
    List<LocalDate> starts = null;
    int weeks;
    int hours;
    List<Schedule> schedule;
    Opportunity.Eligibility eligibility = null;
    Boolean combinable = null;
    List<String> certificates = null;
    Integer trainingWeeks = null;
    List<String> modules = null;
    switch (kind) {
      case placement -> {
        title = "Praktik som " + lower(trade);
        required = level(SWEDISH_JOB.get(r.nextInt(SWEDISH_JOB.size())));
        seats = 1 + r.nextInt(4);
        taken = r.nextInt(10) == 0 ? seats : r.nextInt(seats);
        weeks = 4 + r.nextInt(13);
        hours = List.of(12, 16, 20, 20, 25, 30, 37, 40).get(r.nextInt(8));
        start = today.plusDays(r.nextInt(200) - 40);
        end = r.nextInt(25) == 0 ? today.minusDays(1 + r.nextInt(30)) : start.plusWeeks(weeks);
        schedule = jobSchedule(hours, r);
      }
      case extra_job -> {
        title = "Extratjänst som " + lower(trade);
        required = level(SWEDISH_JOB.get(r.nextInt(SWEDISH_JOB.size() - 2)));
        seats = 1 + r.nextInt(5);
        taken = r.nextInt(12) == 0 ? seats : r.nextInt(seats);
        weeks = 26 + r.nextInt(27);
        hours = List.of(20, 25, 30, 35, 40).get(r.nextInt(5));
        start = today.plusDays(r.nextInt(200) - 40);
        end = r.nextInt(25) == 0 ? today.minusDays(1 + r.nextInt(30)) : start.plusWeeks(weeks);
        schedule = jobSchedule(hours, r);
        boolean programme = r.nextBoolean();
        Integer months = r.nextInt(10) < 4 ? 36 : null;
        eligibility = new Opportunity.Eligibility(programme, months, programme ? "För dig i etableringsprogrammet." : null);
        combinable = r.nextInt(10) < 7;
      }
      default -> {
        String groupLabel = taxonomy.group(occupation.group()).map(Taxonomy.OccupationGroup::label).orElse(trade);
        title = "Yrkes-SFI " + lower(groupLabel);
        int entry = 1 + r.nextInt(3);
        required = SwedishLevel.sfiCourse(entry).orElseThrow();
        int reached = entry + 1 + r.nextInt(2);
        exit = reached <= 4 ? SwedishLevel.sfiCourse(reached).orElseThrow() : level("sva-grund");
        if (r.nextInt(10) < 7) {
          List<Concept> near = new ArrayList<>();
          near.add(municipality);
          m.neighbours().forEach(code -> taxonomy.municipality(code).ifPresent(x -> near.add(new Concept(x.code(), x.label()))));
          accepts = near;
        }
        seats = 12 + r.nextInt(19);
        taken = r.nextInt(15) == 0 ? seats : r.nextInt(seats / 2);
        weeks = 10 + r.nextInt(31);
        hours = 15 + r.nextInt(11);
        starts = new ArrayList<>();
        LocalDate first = today.plusDays(r.nextInt(150) - 20);
        for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
          starts.add(first.plusWeeks(8L * k));
        }
        schedule = courseSchedule(r);
        certificates = r.nextInt(10) < 4 ? List.of("Intyg " + lower(groupLabel)) : List.of();
        trainingWeeks = r.nextInt(9);
        modules = modulesOf(occupation.group(), groupLabel).subList(0, 2 + r.nextInt(3));
      }
    }
    List<Concept> languages = r.nextInt(100) < 15 ? pickSome(assetLanguages, 1 + r.nextInt(2), r) : null;
    List<Concept> driving = null;
    if (kind != Kind.course && occupation.ssyk() != null && occupation.ssyk().startsWith("83")) {
      driving = List.of(licences.get(r.nextInt(3) == 0 ? "C" : "B"));
    } else if (kind != Kind.course && r.nextInt(20) == 0) {
      driving = List.of(licences.get("B"));
    }
    String description = title + " hos " + organisation.name() + " i " + m.label() + ". Du arbetar med "
        + String.join(", ", skills.stream().map(s -> lower(s.skill().label())).toList()) + " tillsammans med en handledare. "
        + (required.scale() == 0 ? "Inga krav på svenska." : "Krav: " + required.label() + ".");
    Opportunity in = new Opportunity(null, kind, title, organisation, kind == Kind.course && r.nextInt(5) == 0 ? null : occupation,
        leadsTo, null, skills, required, exit, languages, driving,
        new Opportunity.Location(municipality, point, "Storgatan " + (1 + r.nextInt(90)) + ", " + m.label()), accepts, seats,
        null, null, start, end, starts, weeks, hours, schedule, kind == Kind.course ? null : r.nextInt(10) < 9, eligibility,
        combinable, certificates, trainingWeeks, modules, description, null, null, null, null, null);
    Opportunity stored = OpportunityRules.normalize(opportunityId(i), kind, in, null, Caller.SYSTEM, taxonomy, now);
    return stored.withSeatsTaken(taken, now);
  }

  Profile profile(int i) {
    SplittableRandom r = random(2, i);
    String id = profileId(i);
    Taxonomy.Municipality m = municipalities.pick(r);
    Concept municipality = new Concept(m.code(), m.label());
    GeoPoint home = r.nextInt(10) < 7 ? jitter(m, r, 5) : null;
    String first = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)];
    String last = LAST_NAMES[r.nextInt(LAST_NAMES.length)];
    Profile.Personal personal = new Profile.Personal(first + " " + last, "bench." + i + "@example.com",
        String.format("070-%03d %02d %02d", r.nextInt(1000), r.nextInt(100), r.nextInt(100)),
        String.format("19%02d%02d%02d-%04d", 60 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(10000)),
        "Bänkgatan " + (1 + r.nextInt(90)) + ", " + m.label());
    Profile.Gender gender = Profile.Gender.values()[r.nextInt(10) < 9 ? r.nextInt(2) : 2 + r.nextInt(2)];
    Concept tongue = motherTongues.pick(r);
    List<Profile.OtherLanguage> other = new ArrayList<>();
    if (r.nextInt(10) < 3 && !tongue.equals(english)) {
      other.add(new Profile.OtherLanguage(english, List.of("A2", "B1", "B2", "C1").get(r.nextInt(4))));
    }
    if (r.nextInt(10) < 2) {
      Concept second = motherTongues.pick(r);
      if (!second.equals(tongue) && !second.equals(english)) {
        other.add(new Profile.OtherLanguage(second, List.of("B1", "B2", "native").get(r.nextInt(3))));
      }
    }
    int path = r.nextInt(100) < 20 ? 1 : r.nextInt(100) < 55 ? 2 : 3;
    int passed = r.nextInt(100);
    String course = passed < 20 ? null : passed < 40 ? "A" : passed < 65 ? "B" : passed < 85 ? "C" : "D";
    SwedishLevel assessed = r.nextInt(20) == 0 ? level(List.of("cefr-a2", "cefr-b1", "sva-grund").get(r.nextInt(3))) : null;
    Profile.Languages languages = new Profile.Languages(List.of(tongue), new Profile.Swedish(path, course, assessed, null), other);
    int levelDraw = r.nextInt(100);
    Profile.Education.Level educationLevel = levelDraw < 35 ? Profile.Education.Level.forgymnasial
        : levelDraw < 75 ? Profile.Education.Level.gymnasial : Profile.Education.Level.eftergymnasial;
    Profile.Education education = new Profile.Education(educationLevel,
        educationLevel == Profile.Education.Level.forgymnasial ? 3 + r.nextInt(7) : 10 + r.nextInt(8),
        educationLevel != Profile.Education.Level.forgymnasial && r.nextInt(5) == 0, null);
    int jobs = r.nextInt(10) == 0 ? 0 : r.nextInt(10) < 6 ? 1 : r.nextInt(10) < 8 ? 2 : 3;
    List<Profile.Experience> experience = new ArrayList<>();
    for (int k = 0; k < jobs; k++) {
      OccupationRef o = taxonomy.occupationRef(backgroundOccupations.pick(r)).orElseThrow();
      experience.add(new Profile.Experience(o, r.nextInt(8) == 0 ? 0.5 : 1.0 + r.nextInt(15),
          COUNTRIES.get(r.nextInt(COUNTRIES.size())), "Arbetade som " + lower(o.label()) + "."));
    }
    Set<String> claimed = new LinkedHashSet<>();
    for (Profile.Experience e : experience) {
      claimed.addAll(pickSome(skillsOfGroup.getOrDefault(e.occupation().group(), List.of()), 1 + r.nextInt(4), r));
    }
    List<Profile.SkillClaim> skills = claimed.stream()
        .map(s -> new Profile.SkillClaim(skill(s), r.nextInt(10) < 6 ? Profile.Evidence.self_reported : Profile.Evidence.coach_assessed))
        .toList();
    List<Concept> driving = new ArrayList<>();
    if (r.nextInt(10) < 3) {
      driving.add(licences.get("B"));
      if (r.nextInt(6) == 0) {
        driving.add(licences.get("C"));
        driving.add(licences.get("CE"));
      }
    }
    boolean childcare = r.nextInt(4) == 0;
    List<Schedule> slots = childcare ? List.of(block(WEEKDAYS, "08:30", "15:00"))
        : r.nextInt(10) < 6 ? null : r.nextBoolean() ? List.of(block(WEEKDAYS, "08:00", "21:00"), block(WEEKEND, "10:00", "21:00"))
        : List.of(block(WEEKDAYS, "08:00", "12:00"));
    Profile.Availability availability = new Profile.Availability(today.plusDays(r.nextInt(120) - 30),
        childcare ? 20 + r.nextInt(11) : List.of(20, 25, 30, 35, 40, 40, 40).get(r.nextInt(7)), slots, childcare);
    List<Concept> preferredFields = new ArrayList<>();
    if (r.nextInt(10) < 5) {
      preferredFields.add(experience.isEmpty() || r.nextBoolean() ? fields.get(r.nextInt(fields.size()))
          : taxonomy.field(experience.get(0).occupation().field()).orElseThrow());
    }
    List<OccupationRef> preferredOccupations = r.nextInt(10) < 3
        ? List.of(taxonomy.occupationRef(jobOccupations.pick(r)).orElseThrow()) : null;
    Integer minutes = r.nextInt(10) < 6 ? List.of(20, 30, 45, 60, 90).get(r.nextInt(5)) : null;
    Integer km = r.nextInt(10) < 5 ? List.of(10, 20, 30, 40, 60).get(r.nextInt(5)) : null;
    Profile.Preferences preferences = new Profile.Preferences(preferredFields, preferredOccupations, minutes, km);
    LocalDate programmeStart = today.minusDays(r.nextInt(700));
    Profile.Programme programme = new Profile.Programme(programmeStart, r.nextInt(100) < 85,
        programmeStart.minusDays(20 + r.nextInt(300)));
    String cv = r.nextBoolean() ? null : "Jag heter " + first + " och kommer från " + COUNTRIES.get(r.nextInt(COUNTRIES.size()))
        + ". " + String.join(" ", experience.stream().map(e -> "Jag har arbetat som " + lower(e.occupation().label())
            + " i " + e.years().intValue() + " år.").toList()) + " Jag vill gärna arbeta och lära mig svenska.";
    Profile in = new Profile(null, municipality, home, personal, gender, languages, education, experience, skills, driving,
        availability, preferences, programme, cv, null, null, null, null, null, null, null);
    return ProfileRules.normalize(id, in, null, validations(id, municipality, experience, r), taxonomy, now);
  }

  /** About one profile in twelve has a validation result; a partial one names modules that courses teach. */
  private List<ValidationResult> validations(String profileId, Concept municipality, List<Profile.Experience> experience,
                                             SplittableRandom r) {
    if (experience.isEmpty() || r.nextInt(12) != 0) {
      return List.of();
    }
    OccupationRef o = experience.get(0).occupation();
    List<Concept> validated = pickSome(skillsOfGroup.getOrDefault(o.group(), List.of()), 2 + r.nextInt(3), r).stream()
        .map(this::skill).toList();
    boolean partial = r.nextBoolean();
    String groupLabel = taxonomy.group(o.group()).map(Taxonomy.OccupationGroup::label).orElse(o.label());
    List<String> missing = partial ? modulesOf(o.group(), groupLabel).subList(1, 3) : null;
    return List.of(new ValidationResult(profileId + "-v1", profileId, o, "Branschstandard " + groupLabel, validated,
        partial ? ValidationResult.Outcome.partial : ValidationResult.Outcome.full, missing, "Valideringscentrum",
        today.minusDays(30 + r.nextInt(300)), municipality, now, now));
  }

  private static List<String> modulesOf(String group, String groupLabel) {
    return List.of(groupLabel + " 1", groupLabel + " 2", "Arbetsmiljö och säkerhet", "Svenska inom " + lower(groupLabel),
        "Praktiskt arbete " + group);
  }

  private Opportunity.Organisation organisation(Kind kind, Taxonomy.Municipality m, SplittableRandom r) {
    int draw = r.nextInt(10);
    if (kind == Kind.course) {
      return draw < 5 ? new Opportunity.Organisation(m.label() + "s kommun, Komvux", "212000" + digits(4, r), "municipality")
          : new Opportunity.Organisation(List.of("Hermods", "Lernia", "Folkuniversitetet", "NTI").get(r.nextInt(4)),
              "556" + digits(7, r), "education_provider");
    }
    if (kind == Kind.extra_job || draw < 4) {
      return draw < 8 ? new Opportunity.Organisation(m.label() + "s kommun", "212000" + digits(4, r), "municipality")
          : new Opportunity.Organisation("Föreningen " + m.label(), "802" + digits(7, r), "non_profit");
    }
    return new Opportunity.Organisation(m.label() + " " + List.of("Service", "Bygg", "Logistik", "Omsorg", "Kök").get(r.nextInt(5))
        + " AB " + (1 + r.nextInt(400)), "559" + digits(7, r), "company");
  }

  private static final List<Weekday> WEEKDAYS = List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI);
  private static final List<Weekday> WEEKEND = List.of(Weekday.SAT, Weekday.SUN);

  private static List<Schedule> jobSchedule(int hours, SplittableRandom r) {
    int draw = r.nextInt(20);
    if (draw < 2) {
      return null;
    }
    if (hours <= 20) {
      return draw < 12 ? List.of(block(WEEKDAYS, "13:00", "17:00")) : draw < 16 ? List.of(block(WEEKDAYS, "08:00", "12:00"))
          : List.of(block(List.of(Weekday.THU, Weekday.FRI, Weekday.SAT, Weekday.SUN), "16:00", "21:00"));
    }
    return draw < 15 ? List.of(block(WEEKDAYS, "08:00", hours >= 37 ? "16:00" : "14:00"))
        : draw < 18 ? List.of(block(WEEKDAYS, "12:00", "18:00"))
        : List.of(block(List.of(Weekday.WED, Weekday.THU, Weekday.FRI, Weekday.SAT, Weekday.SUN), "14:00", "22:00"));
  }

  private static List<Schedule> courseSchedule(SplittableRandom r) {
    int draw = r.nextInt(20);
    return draw < 12 ? List.of(block(WEEKDAYS, "08:30", "12:00")) : draw < 17 ? List.of(block(WEEKDAYS, "13:00", "16:30"))
        : List.of(block(WEEKDAYS, "08:30", "15:00"));
  }

  private static Schedule block(List<Weekday> days, String from, String to) {
    return new Schedule(days, LocalTime.parse(from), LocalTime.parse(to));
  }

  private Concept skill(String id) {
    return taxonomy.skill(id).orElseThrow();
  }

  private static SwedishLevel level(String code) {
    return SwedishLevel.byCode(code).orElseThrow();
  }

  private SplittableRandom random(int stream, int i) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + i);
  }

  /** A point within about {@code km} of the municipality's, so distances vary inside a municipality too. */
  private static GeoPoint jitter(Taxonomy.Municipality m, SplittableRandom r, double km) {
    double dLat = (r.nextDouble() * 2 - 1) * km / 111.0;
    double dLon = (r.nextDouble() * 2 - 1) * km / (111.0 * Math.cos(Math.toRadians(m.lat())));
    return new GeoPoint(Math.round((m.lat() + dLat) * 1e6) / 1e6, Math.round((m.lon() + dLon) * 1e6) / 1e6);
  }

  private static double municipalityWeight(Taxonomy.Municipality m, List<Taxonomy.Municipality> all) {
    GeoPoint here = new GeoPoint(m.lat(), m.lon());
    long near = all.stream().filter(o -> o != m && here.distanceKm(new GeoPoint(o.lat(), o.lon())) <= 40).count();
    int suffix = Integer.parseInt(m.code().substring(2));
    return (1 + near) * (suffix >= 80 ? 3 : 1) * (suffix == 80 ? 2 : 1);
  }

  /** Openings for newcomers: elementary, service and care, drivers and operators, crafts; entry-level jobs most. */
  private double jobWeight(String occupation, Taxonomy.OccupationGroup g) {
    double major = switch (g == null ? '0' : g.ssyk().charAt(0)) {
      case '9', '5' -> 6;
      case '8' -> 4;
      case '7' -> 3;
      case '4' -> 2;
      case '3', '6' -> 1;
      case '2' -> 0.7;
      case '1' -> 0.2;
      default -> 0.05;
    };
    return major * (taxonomy.requiresNoEducation(occupation) ? 5 : 1) * (1 + Math.log1p(substitutability(occupation)));
  }

  /** What newcomers have done before: a broader spread than the openings, professions included. */
  private double backgroundWeight(String occupation, Taxonomy.OccupationGroup g) {
    double major = switch (g == null ? '0' : g.ssyk().charAt(0)) {
      case '9', '5', '7' -> 4;
      case '8' -> 3;
      case '2', '3', '4', '6' -> 2;
      case '1' -> 0.5;
      default -> 0.05;
    };
    return major * (taxonomy.requiresNoEducation(occupation) ? 2 : 1) * (1 + Math.log1p(substitutability(occupation)));
  }

  private int substitutability(String occupation) {
    return taxonomy.canTake(occupation).size() + taxonomy.takenBy(occupation).size();
  }

  private static <T> List<T> pickSome(List<T> from, int n, SplittableRandom r) {
    if (from.isEmpty()) {
      return List.of();
    }
    Set<T> out = new LinkedHashSet<>();
    for (int k = 0; k < n * 3 && out.size() < Math.min(n, from.size()); k++) {
      out.add(from.get(r.nextInt(from.size())));
    }
    return List.copyOf(out);
  }

  private static String digits(int n, SplittableRandom r) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < n; k++) {
      s.append(r.nextInt(10));
    }
    return s.toString();
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> List<T> sorted(Collection<T> items, java.util.function.Function<T, String> key) {
    return items.stream().sorted(Comparator.comparing(key)).toList();
  }

  private static Concept require(Map<String, Concept> byLabel, String label) {
    Concept c = byLabel.get(label);
    if (c == null) {
      throw new IllegalStateException("language not in the taxonomy: " + label);
    }
    return c;
  }

  private static Map<String, Double> linked(Object... pairs) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (int k = 0; k < pairs.length; k += 2) {
      out.put((String) pairs[k], ((Number) pairs[k + 1]).doubleValue());
    }
    return out;
  }

  /** Items picked with probability proportional to their weight. */
  static final class Weighted<T> {
    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, ToDoubleFunction<T> weight) {
      this.items = List.copyOf(items);
      this.cumulative = new double[items.size()];
      double sum = 0;
      for (int k = 0; k < items.size(); k++) {
        sum += Math.max(0, weight.applyAsDouble(items.get(k)));
        cumulative[k] = sum;
      }
    }

    T pick(SplittableRandom r) {
      double x = r.nextDouble() * cumulative[cumulative.length - 1];
      int at = java.util.Arrays.binarySearch(cumulative, x);
      return items.get(Math.min(items.size() - 1, at >= 0 ? at + 1 : -at - 1));
    }
  }
}
