package se.etablera.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.etablera.common.GeoPoint;
import se.etablera.common.Schedule;
import se.etablera.matching.Scored.OccupationMatch;
import se.etablera.matching.Scored.SkillFact;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.taxonomy.OccupationRef;
import se.etablera.taxonomy.SwedishLevel;
import se.etablera.taxonomy.Taxonomy;

/**
 * Scores one opening for one person from named signals, each 0..1, combined with fixed weights:
 * occupation (through the taxonomy: same occupation > same group > substitutable > same field), skills
 * (weighted by evidence), Swedish fit or gap, distance, schedule and hours fit, start date, languages that are
 * an asset, seats left, and entry-level fit for people without recognised education. Programme time left
 * tilts the list towards work. Pure: no I/O, no clock of its own.
 */
public final class Scorer {
  static final Map<String, Double> WEIGHTS = weights();

  private final Taxonomy taxonomy;

  public Scorer(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  private static Map<String, Double> weights() {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("occupation", 0.30);
    w.put("skills", 0.18);
    w.put("swedish", 0.15);
    w.put("distance", 0.10);
    w.put("schedule", 0.08);
    w.put("hours", 0.05);
    w.put("start", 0.05);
    w.put("languages", 0.03);
    w.put("seats", 0.02);
    w.put("education_fit", 0.02);
    w.put("time_left", 0.02);
    return Map.copyOf(w);
  }

  /** Scores an opening as offered on its own. */
  public Scored score(MatchProfile p, Opportunity o, LocalDate today) {
    return score(p, o, today, p.swedish());
  }

  /**
   * Scores with the person's Swedish taken to be {@code swedish}: a combination scores its job at the level
   * the course reaches.
   */
  public Scored score(MatchProfile p, Opportunity o, LocalDate today, SwedishLevel swedish) {
    double km = distanceKm(p.home(), o);
    boolean near = o.location() != null && p.nearMunicipalities().contains(o.location().municipality().id());
    List<Reason> reasons = Eligibility.check(p, o, km, today, taxonomy);
    Map<String, Double> s = new LinkedHashMap<>();
    OccupationMatch occupation = occupation(p, o);
    s.put("occupation", occupation.strength());
    List<SkillFact> skills = skills(p, o);
    List<String> modulesFilled = modulesFilled(p, o);
    s.put("skills", o.kind() == Kind.course ? courseSkills(skills, modulesFilled) : jobSkills(skills));
    int gap = swedishGap(swedish, o);
    s.put("swedish", swedishSignal(swedish, o, gap));
    s.put("distance", Math.min(1.0, Math.exp(-Math.log(2) * Math.pow(km / Math.max(1, p.maxKm() / 2), 2)) + (near ? 0.1 : 0)));
    double scheduleFit = o.schedule() == null || o.schedule().isEmpty() ? 0.8
        : o.schedule().stream().mapToDouble(b -> b.coveredFraction(p.slots()) * b.minutesPerWeek()).sum()
            / Math.max(1, Schedule.minutesPerWeek(o.schedule()));
    s.put("schedule", scheduleFit);
    boolean hoursFit = o.hoursPerWeek() == null || o.hoursPerWeek() <= p.hoursPerWeek();
    double hours = hoursFit ? 1.0 : (double) p.hoursPerWeek() / o.hoursPerWeek();
    s.put("hours", hours);
    LocalDate start = o.firstStartOnOrAfter(p.availableFrom());
    s.put("start", startSignal(p.availableFrom(), start));
    List<String> languages = o.languagesAsset() == null ? List.of()
        : o.languagesAsset().stream().filter(l -> p.languages().contains(l.id())).map(l -> l.label()).toList();
    s.put("languages", o.languagesAsset() == null || o.languagesAsset().isEmpty() ? 0.5 : languages.isEmpty() ? 0.0 : 1.0);
    s.put("seats", o.seatsLeft() == null ? 0.8 : Math.min(1.0, 0.4 + 0.2 * o.seatsLeft()));
    boolean noEducation = occupationIds(o).stream().anyMatch(taxonomy::requiresNoEducation);
    s.put("education_fit", !p.recognisedEducation() && noEducation ? 1.0 : 0.5);
    s.put("time_left", timeLeft(p, o));
    double base = 0;
    for (Map.Entry<String, Double> e : s.entrySet()) {
      base += WEIGHTS.get(e.getKey()) * e.getValue();
    }
    double score = base * urgency(p, o) * fit(scheduleFit, hours)
        * (Eligibility.hasHard(reasons) ? 0 : reasons.isEmpty() ? 1.0 : 0.6);
    Scored.Details details = new Scored.Details(km, near, occupation, skills, gap, languages, scheduleFit, hoursFit,
        modulesFilled, start, noEducation);
    s.replaceAll((signal, value) -> round(value));
    return new Scored(o, round(score), s, reasons, details);
  }

  public static double distanceKm(GeoPoint home, Opportunity o) {
    if (home == null || o.location() == null || o.location().point() == null) {
      return 0;
    }
    return home.distanceKm(o.location().point());
  }

  /** The opening's occupations: a job's own, a course's main one and those it leads to. */
  static List<String> occupationIds(Opportunity o) {
    return o.occupations().stream().map(OccupationRef::id).toList();
  }

  /** The best relation between any of the opening's occupations and the person's interests. */
  OccupationMatch occupation(MatchProfile p, Opportunity o) {
    List<OccupationRef> refs = o.occupations();
    OccupationMatch best = new OccupationMatch(OccupationMatch.Kind.none, null, null, 0);
    String substituteVia = null;
    String substituteFor = null;
    for (OccupationRef ref : refs) {
      MatchProfile.Interest exact = p.occupations().get(ref.id());
      if (exact != null && exact.source() == MatchProfile.Source.substitute && substituteVia == null) {
        substituteVia = exact.via();
        substituteFor = ref.id();
      }
      if (exact != null) {
        OccupationMatch.Kind kind = exact.source() == MatchProfile.Source.substitute ? OccupationMatch.Kind.substitute
            : OccupationMatch.Kind.exact;
        best = better(best, new OccupationMatch(kind, ref.id(), exact.via(), exact.strength()));
      }
      MatchProfile.Interest group = p.groups().get(ref.group());
      if (group != null) {
        best = better(best, new OccupationMatch(OccupationMatch.Kind.group, ref.id(), group.via(), 0.75 * group.strength()));
      }
      if (p.preferredFields().contains(ref.field())) {
        // A course into a field someone wants is a good route even without experience.
        best = better(best, new OccupationMatch(OccupationMatch.Kind.preferred_field, ref.id(), null,
            o.kind() == Kind.course ? 0.7 : 0.55));
      }
      if (p.experienceFields().contains(ref.field())) {
        best = better(best, new OccupationMatch(OccupationMatch.Kind.field, ref.id(), null, 0.45));
      }
      if (taxonomy.requiresNoEducation(ref.id())) {
        best = better(best, new OccupationMatch(OccupationMatch.Kind.entry, ref.id(), null, 0.35));
      }
    }
    if (best.kind() == OccupationMatch.Kind.none && o.occupationField() != null) {
      String field = o.occupationField().id();
      if (p.preferredFields().contains(field)) {
        best = new OccupationMatch(OccupationMatch.Kind.preferred_field, null, null, o.kind() == Kind.course ? 0.7 : 0.55);
      } else if (p.experienceFields().contains(field)) {
        best = new OccupationMatch(OccupationMatch.Kind.field, null, null, 0.45);
      }
    }
    boolean alreadyTheirs = best.kind() == OccupationMatch.Kind.exact;
    return new OccupationMatch(best.kind(), best.occupationId(), best.viaOccupationId(), best.strength(),
        alreadyTheirs ? null : substituteVia, alreadyTheirs ? null : substituteFor);
  }

  private static OccupationMatch better(OccupationMatch a, OccupationMatch b) {
    return b.strength() > a.strength() ? b : a;
  }

  /** The opening's skills (stated, and extracted from its text unless rejected), each with the person's evidence. */
  static List<SkillFact> skills(MatchProfile p, Opportunity o) {
    List<SkillFact> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    if (o.skills() != null) {
      for (Opportunity.SkillWanted w : o.skills()) {
        if (seen.add(w.skill().id())) {
          MatchProfile.Evidence e = p.skills().get(w.skill().id());
          out.add(new SkillFact(w.skill().id(), w.skill().label(), !Boolean.FALSE.equals(w.required()), e == null ? null : e.kind()));
        }
      }
    }
    if (o.extracted() != null) {
      Set<String> rejected = o.rejectedConcepts() == null ? Set.of() : Set.copyOf(o.rejectedConcepts());
      o.extracted().stream().filter(c -> "SKILL".equals(c.kind()) && !rejected.contains(c.id()) && seen.add(c.id()))
          .forEach(c -> {
            MatchProfile.Evidence e = p.skills().get(c.id());
            out.add(new SkillFact(c.id(), c.label(), "MUST".equals(c.requirement()), e == null ? null : e.kind()));
          });
    }
    return out;
  }

  /** Required skills count fully, assets half; each matched skill counts by the weight of its evidence. */
  static double jobSkills(List<SkillFact> skills) {
    if (skills.isEmpty()) {
      return 0.5;
    }
    double wanted = 0;
    double had = 0;
    for (SkillFact s : skills) {
      double w = s.required() ? 1.0 : 0.5;
      wanted += w;
      had += s.evidence() == null ? 0 : w * MatchProfile.evidenceWeight(s.evidence());
    }
    return had / wanted;
  }

  /** A course adds skills: it scores by how much it teaches that the person lacks, and by validation gaps it fills. */
  static double courseSkills(List<SkillFact> skills, List<String> modulesFilled) {
    double newSkills = skills.isEmpty() ? 0.5 : (double) skills.stream().filter(s -> s.evidence() == null).count() / skills.size();
    return Math.min(1.0, 0.3 + 0.5 * newSkills + (modulesFilled.isEmpty() ? 0 : 0.4));
  }

  /** Course modules that a partial validation of the person named as missing. */
  static List<String> modulesFilled(MatchProfile p, Opportunity o) {
    if (o.kind() != Kind.course || o.modules() == null || p.missingModules().isEmpty()) {
      return List.of();
    }
    return o.modules().stream().filter(m -> p.missingModules().contains(MatchProfile.normaliseModule(m))).toList();
  }

  /** Steps on the Swedish scale the person lacks for a job (0 when enough); for a course, for its entry. */
  static int swedishGap(SwedishLevel swedish, Opportunity o) {
    SwedishLevel required = o.swedishRequired() == null ? SwedishLevel.NONE : o.swedishRequired();
    return Math.max(0, required.scale() - swedish.scale());
  }

  static double swedishSignal(SwedishLevel swedish, Opportunity o, int gap) {
    if (o.kind() == Kind.course) {
      if (gap > 0) {
        return 0.3;
      }
      // A course that lifts the person's Swedish is worth more than one below their level.
      return o.swedishExit() != null && o.swedishExit().scale() > swedish.scale() ? 1.0 : 0.6;
    }
    return Math.max(0, 1.0 - 0.25 * gap);
  }

  /**
   * Hours outside the person's times or beyond their hours a week are not a detail to be outweighed: someone
   * whose childcare ends at three cannot take evening shifts. The weighted signals say how well it fits; this
   * factor keeps a poor fit from ranking high on the strength of everything else.
   */
  static double fit(double scheduleFit, double hoursRatio) {
    return (0.5 + 0.5 * scheduleFit) * (0.6 + 0.4 * Math.min(1.0, hoursRatio));
  }

  /** Starting soon after the person can is best; months of waiting count against. */
  static double startSignal(LocalDate availableFrom, LocalDate start) {
    if (start == null) {
      return 0.8;
    }
    long wait = ChronoUnit.DAYS.between(availableFrom, start);
    if (wait <= 14) {
      return 1.0;
    }
    return Math.exp(-Math.log(2) * Math.pow((wait - 14) / 60.0, 2));
  }

  /** A course longer than the programme time left is a poorer fit; work is never penalised here. */
  static double timeLeft(MatchProfile p, Opportunity o) {
    if (o.kind() != Kind.course || p.monthsLeft() == null || o.durationWeeks() == null) {
      return 1.0;
    }
    double months = o.durationWeeks() / 4.345;
    return months <= p.monthsLeft() ? 1.0 : Math.max(0.2, p.monthsLeft() / months);
  }

  /**
   * Less programme time left puts work first: jobs gain up to a quarter as the 24 months run out (the
   * "workplace first" practice), courses keep their score.
   */
  static double urgency(MatchProfile p, Opportunity o) {
    if (o.kind() == Kind.course || p.monthsLeft() == null) {
      return 1.0;
    }
    return 1.0 + 0.25 * (1.0 - Math.min(1.0, p.monthsLeft() / MatchProfile.PROGRAMME_MONTHS));
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
