package se.etablera.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.etablera.common.GeoPoint;
import se.etablera.common.Schedule;
import se.etablera.profile.Profile;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.OccupationRef;
import se.etablera.taxonomy.SwedishLevel;
import se.etablera.taxonomy.Taxonomy;

/**
 * What a profile means for matching, computed once per request: the occupations the person can take (with
 * how strongly, and why), skills with the weight of their evidence, Swedish level, languages, reach,
 * availability and programme time. Gender, origin and religion are not read here, so they cannot become
 * signals.
 */
public record MatchProfile(
    Profile profile,
    GeoPoint home,
    String municipality,
    Set<String> nearMunicipalities,
    SwedishLevel swedish,
    int sfiPath,
    Map<String, Interest> occupations,
    Map<String, Interest> groups,
    Set<String> experienceFields,
    Set<String> preferredFields,
    Map<String, Evidence> skills,
    Set<String> languages,
    Set<String> licences,
    List<Schedule> slots,
    int hoursPerWeek,
    double maxKm,
    Double monthsLeft,
    boolean withoutUpperSecondary,
    boolean recognisedEducation,
    LocalDate availableFrom,
    Set<String> missingModules,
    boolean registered,
    LocalDate residencePermitDate) {

  /** The establishment programme runs about 24 months. */
  public static final double PROGRAMME_MONTHS = 24.0;
  /** Without a stated limit, a commute of up to this many kilometres is assumed. */
  public static final double DEFAULT_MAX_KM = 30.0;
  /**
   * Door-to-door speed by public transport assumed to turn commute minutes into kilometres (regional Skåne
   * traffic, waiting included); there is no timetable data behind it, and explanations say "about".
   */
  public static final double COMMUTE_KM_PER_MINUTE = 0.5;
  public static final int DEFAULT_HOURS = 40;

  /** Why an occupation (or group) is of interest: the strongest source wins. */
  public enum Source { validated, experience, preference, substitute, extracted }

  /** An occupation the person can take, how strongly (0..1), and the occupation of theirs it comes from. */
  public record Interest(String id, double strength, Source source, String via) {
  }

  /** How a skill is known: the weight matching gives it and the evidence behind it. */
  public record Evidence(double weight, String kind) {
  }

  /** Weights of skill evidence: validated above coach-assessed above self-reported above extracted from text. */
  public static double evidenceWeight(String kind) {
    return switch (kind) {
      case "validated" -> 1.0;
      case "coach_assessed" -> 0.8;
      case "self_reported" -> 0.6;
      default -> 0.4;
    };
  }

  public static MatchProfile of(Profile p, Taxonomy taxonomy, LocalDate today) {
    Map<String, Interest> occupations = new LinkedHashMap<>();
    Map<String, Interest> groups = new LinkedHashMap<>();
    Set<String> experienceFields = new HashSet<>();
    Set<String> rejected = p.rejectedConcepts() == null ? Set.of() : Set.copyOf(p.rejectedConcepts());
    if (p.validatedSkills() != null) {
      p.validatedSkills().stream().map(Profile.ValidatedSkill::occupation).filter(o -> o != null)
          .forEach(o -> addOccupation(o, 1.0, Source.validated, occupations, groups, experienceFields, taxonomy));
    }
    if (p.experience() != null) {
      for (Profile.Experience e : p.experience()) {
        if (e.occupation() != null) {
          double strength = e.years() == null || e.years() >= 1 ? 1.0 : 0.85;
          addOccupation(e.occupation(), strength, Source.experience, occupations, groups, experienceFields, taxonomy);
        }
      }
    }
    if (p.extracted() != null) {
      // Named in free text: weaker evidence than stated experience, weighted by how sure the analysis is.
      p.extracted().stream().filter(c -> "OCCUPATION".equals(c.kind()) && !rejected.contains(c.id()))
          .forEach(c -> taxonomy.occupationRef(c.id()).ifPresent(o ->
              addOccupation(o, 0.5 + 0.3 * c.confidence(), Source.extracted, occupations, groups, experienceFields, taxonomy)));
    }
    Set<String> preferredFields = new HashSet<>();
    if (p.preferences() != null) {
      if (p.preferences().occupations() != null) {
        p.preferences().occupations().forEach(o -> {
          put(occupations, new Interest(o.id(), 0.85, Source.preference, o.id()));
          put(groups, new Interest(o.group(), 0.85, Source.preference, o.id()));
          preferredFields.add(o.field());
        });
      }
      if (p.preferences().occupationFields() != null) {
        p.preferences().occupationFields().stream().map(Concept::id).forEach(preferredFields::add);
      }
    }
    Map<String, Evidence> skills = new HashMap<>();
    if (p.extracted() != null) {
      p.extracted().stream().filter(c -> "SKILL".equals(c.kind()) && !rejected.contains(c.id()))
          .forEach(c -> putSkill(skills, c.id(), "extracted"));
    }
    if (p.skills() != null) {
      p.skills().forEach(s -> putSkill(skills, s.skill().id(), s.evidence() == null ? "self_reported" : s.evidence().name()));
    }
    if (p.validatedSkills() != null) {
      p.validatedSkills().forEach(s -> putSkill(skills, s.skill().id(), "validated"));
    }
    Set<String> languages = new HashSet<>();
    Profile.Languages l = p.languages();
    if (l != null && l.motherTongues() != null) {
      l.motherTongues().forEach(c -> languages.add(c.id()));
    }
    if (l != null && l.other() != null) {
      l.other().stream().filter(o -> o.cefr() == null || !o.cefr().startsWith("A")).forEach(o -> languages.add(o.language().id()));
    }
    if (p.extracted() != null) {
      p.extracted().stream().filter(c -> "LANGUAGE".equals(c.kind()) && !rejected.contains(c.id())).forEach(c -> languages.add(c.id()));
    }
    SwedishLevel swedish = l == null || l.swedish() == null || l.swedish().effective() == null ? SwedishLevel.NONE : l.swedish().effective();
    int path = l == null || l.swedish() == null || l.swedish().sfiPath() == null ? 2 : l.swedish().sfiPath();
    Set<String> licences = new HashSet<>();
    if (p.drivingLicences() != null) {
      p.drivingLicences().forEach(c -> licences.add(c.id()));
    }
    Profile.Availability a = p.availability();
    List<Schedule> slots = a == null || a.slots() == null || a.slots().isEmpty() ? Schedule.WEEKDAY_DAYTIME : a.slots();
    int hours = a == null || a.hoursPerWeek() == null ? DEFAULT_HOURS : a.hoursPerWeek();
    LocalDate from = a == null || a.startDate() == null || a.startDate().isBefore(today) ? today : a.startDate();
    Double monthsLeft = null;
    boolean registered = false;
    LocalDate permit = null;
    if (p.programme() != null) {
      registered = Boolean.TRUE.equals(p.programme().registered());
      permit = p.programme().residencePermitDate();
      if (p.programme().startDate() != null) {
        double used = ChronoUnit.DAYS.between(p.programme().startDate(), today) / 30.44;
        monthsLeft = Math.max(0, PROGRAMME_MONTHS - used);
      }
    }
    Profile.Education e = p.education();
    boolean withoutUpperSecondary = e != null && e.level() == Profile.Education.Level.forgymnasial;
    boolean recognised = e != null && Boolean.TRUE.equals(e.recognised()) && e.level() != Profile.Education.Level.forgymnasial;
    Set<String> near = new HashSet<>();
    near.add(p.municipality().id());
    taxonomy.municipality(p.municipality().id()).ifPresent(m -> near.addAll(m.neighbours()));
    Set<String> missingModules = new HashSet<>();
    if (p.missingModules() != null) {
      p.missingModules().forEach(m -> missingModules.add(normaliseModule(m)));
    }
    return new MatchProfile(p, p.home(), p.municipality().id(), Set.copyOf(near), swedish, path, occupations, groups,
        experienceFields, preferredFields, skills, languages, licences, slots, hours, maxKm(p), monthsLeft,
        withoutUpperSecondary, recognised, from, Set.copyOf(missingModules), registered, permit);
  }

  /** A module name as compared: a partial validation's missing modules against a course's modules. */
  public static String normaliseModule(String module) {
    return module.toLowerCase(Locale.forLanguageTag("sv")).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** The furthest the person can travel: the stated kilometres, or the minutes at the assumed speed, whichever is less. */
  static double maxKm(Profile p) {
    if (p.preferences() == null) {
      return DEFAULT_MAX_KM;
    }
    Integer km = p.preferences().maxCommuteKm();
    Integer minutes = p.preferences().maxCommuteMinutes();
    if (km == null && minutes == null) {
      return DEFAULT_MAX_KM;
    }
    double fromMinutes = minutes == null ? Double.MAX_VALUE : minutes * COMMUTE_KM_PER_MINUTE;
    return Math.max(1, Math.min(km == null ? Double.MAX_VALUE : km, fromMinutes));
  }

  /** Estimated door-to-door minutes for a distance, for explanations. */
  public static int commuteMinutes(double km) {
    return (int) Math.round(5 + km / COMMUTE_KM_PER_MINUTE);
  }

  /** An occupation from experience, validation or text makes its group, field and substitutes interesting too. */
  private static void addOccupation(OccupationRef o, double strength, Source source, Map<String, Interest> occupations,
                                    Map<String, Interest> groups, Set<String> fields, Taxonomy taxonomy) {
    if (!o.isGroupOnly()) {
      put(occupations, new Interest(o.id(), strength, source, o.id()));
      for (Taxonomy.Substitute s : taxonomy.canTake(o.id())) {
        // 75 % substitutability is "much relevant experience", 25 % "some": 0.7 and 0.3 of a full match.
        double substitute = strength * (0.1 + 0.8 * s.percentage() / 100.0);
        put(occupations, new Interest(s.occupationId(), substitute, Source.substitute, o.id()));
      }
    }
    put(groups, new Interest(o.group(), strength, source, o.id()));
    fields.add(o.field());
  }

  private static void put(Map<String, Interest> map, Interest interest) {
    map.merge(interest.id(), interest, (a, b) -> b.strength() > a.strength() ? b : a);
  }

  private static void putSkill(Map<String, Evidence> skills, String id, String kind) {
    Evidence e = new Evidence(evidenceWeight(kind), kind);
    skills.merge(id, e, (a, b) -> b.weight() > a.weight() ? b : a);
  }
}
