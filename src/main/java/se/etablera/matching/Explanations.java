package se.etablera.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.etablera.common.Schedule;
import se.etablera.common.Weekday;
import se.etablera.matching.Scored.OccupationMatch;
import se.etablera.matching.Scored.SkillFact;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.taxonomy.SwedishLevel;
import se.etablera.taxonomy.Taxonomy;

/**
 * Sentences a coach can read aloud, in Swedish and English: what the opening is and where, which experience
 * and skills matched and with what evidence, what is missing, what a course adds, how far it is, and how the
 * hours fit. Built only from the facts the score used.
 */
public final class Explanations {
  private static final Locale SV = Locale.forLanguageTag("sv-SE");
  private static final DateTimeFormatter SV_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SV);
  private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Taxonomy taxonomy;

  public Explanations(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** Swedish and English text. */
  public record Text(String sv, String en) {
    public Map<String, String> asMap() {
      return Map.of("sv", sv, "en", en);
    }
  }

  public Text single(MatchProfile p, Scored s) {
    Opportunity o = s.opportunity();
    List<String> sv = new ArrayList<>();
    List<String> en = new ArrayList<>();
    sv.add(kindSv(o.kind()) + " " + whatSv(o) + " hos " + o.organisation().name() + " i " + o.location().municipality().label()
        + ", " + distanceSv(s.details()) + ".");
    en.add(kindEn(o.kind()) + " " + whatEn(o) + " at " + o.organisation().name() + " in " + o.location().municipality().label()
        + ", " + distanceEn(s.details()) + ".");
    occupation(p, s.details().occupation(), sv, en);
    skills(o.kind(), s.details(), sv, en);
    swedish(p, o, s.details().swedishGap(), sv, en);
    if (!s.details().modulesFilled().isEmpty()) {
      sv.add("Kursen innehåller " + String.join(", ", s.details().modulesFilled()) + ", som saknas i valideringen.");
      en.add("The course covers " + String.join(", ", s.details().modulesFilled()) + ", missing from the validation.");
    }
    if (!s.details().languagesMatched().isEmpty()) {
      sv.add("Meriterande språk som personen har: " + String.join(", ", s.details().languagesMatched()) + ".");
      en.add("Languages the workplace values that the person speaks: " + String.join(", ", s.details().languagesMatched()) + ".");
    }
    hours(p, o, s.details(), sv, en);
    start(s.details().start(), sv, en);
    if (o.kind() == Kind.course && o.certificates() != null && !o.certificates().isEmpty()) {
      sv.add("Ger intyg: " + String.join(", ", o.certificates()) + ".");
      en.add("Certificates gained: " + String.join(", ", o.certificates()) + ".");
    }
    for (Reason r : s.reasons()) {
      sv.add(r.sv());
      en.add(r.en());
    }
    return new Text(String.join(" ", sv), String.join(" ", en));
  }

  public Text combination(MatchProfile p, Combination c) {
    Opportunity course = c.course().opportunity();
    Opportunity job = c.job().opportunity();
    List<String> sv = new ArrayList<>();
    List<String> en = new ArrayList<>();
    sv.add("Kombination: " + course.title() + " (" + scheduleSv(course.schedule()) + ") och " + kindSv(job.kind()).toLowerCase(SV)
        + " " + whatSv(job) + " hos " + job.organisation().name() + " (" + scheduleSv(job.schedule()) + ").");
    en.add("Combination: " + course.title() + " (" + scheduleEn(course.schedule()) + ") with " + kindEn(job.kind()).toLowerCase(Locale.ENGLISH)
        + " " + whatEn(job) + " at " + job.organisation().name() + " (" + scheduleEn(job.schedule()) + ").");
    if (c.unlocks()) {
      sv.add("Kursen lyfter svenskan från " + p.swedish().label() + " till " + course.swedishExit().label() + ", vilket räcker för "
          + "jobbets krav " + job.swedishRequired().label() + ".");
      en.add("The course lifts Swedish from " + p.swedish().labelIn(Locale.ENGLISH) + " to " + course.swedishExit().labelIn(Locale.ENGLISH)
          + ", enough for the job's requirement of " + job.swedishRequired().labelIn(Locale.ENGLISH) + ".");
    } else {
      sv.add("Svenska och yrke parallellt i samma område.");
      en.add("Swedish and the trade in parallel, in the same field.");
    }
    occupation(p, c.job().details().occupation(), sv, en);
    skills(job.kind(), c.job().details(), sv, en);
    sv.add("Schemana krockar inte; tillsammans " + c.totalHours() + " timmar i veckan av " + p.hoursPerWeek() + " möjliga.");
    en.add("The schedules do not clash; together " + c.totalHours() + " hours a week of the " + p.hoursPerWeek() + " available.");
    sv.add("Kursen ligger " + distanceSv(c.course().details()) + ", jobbet " + distanceSv(c.job().details()) + ".");
    en.add("The course is " + distanceEn(c.course().details()) + ", the job " + distanceEn(c.job().details()) + ".");
    sv.add(c.startGapDays() == 0 ? "De startar samtidigt." : "Starterna ligger " + c.startGapDays() + " dagar isär.");
    en.add(c.startGapDays() == 0 ? "They start together." : "The starts are " + c.startGapDays() + " days apart.");
    return new Text(String.join(" ", sv), String.join(" ", en));
  }

  /**
   * Why a candidate suits an opening, for the employer: occupation, skills with evidence, Swedish and
   * availability; never where the person lives beyond a distance band.
   */
  public Text candidate(MatchProfile p, Scored s) {
    Opportunity o = s.opportunity();
    List<String> sv = new ArrayList<>();
    List<String> en = new ArrayList<>();
    occupation(p, s.details().occupation(), sv, en);
    skills(Kind.placement, s.details(), sv, en);
    swedish(p, o, s.details().swedishGap(), sv, en);
    if (!s.details().languagesMatched().isEmpty()) {
      sv.add("Talar " + String.join(", ", s.details().languagesMatched()) + ", som arbetsplatsen värdesätter.");
      en.add("Speaks " + String.join(", ", s.details().languagesMatched()) + ", which the workplace values.");
    }
    sv.add("Avstånd: " + CandidateService.distanceBand(s.details().distanceKm()).replace("over", "över") + ".");
    en.add("Distance: " + CandidateService.distanceBand(s.details().distanceKm()) + ".");
    return new Text(String.join(" ", sv), String.join(" ", en));
  }

  private void occupation(MatchProfile p, OccupationMatch m, List<String> sv, List<String> en) {
    String via = m.viaOccupationId() == null ? null : taxonomy.label(m.viaOccupationId());
    String target = m.occupationId() == null ? null : taxonomy.label(m.occupationId());
    switch (m.kind()) {
      case exact -> {
        MatchProfile.Interest i = p.occupations().get(m.occupationId());
        MatchProfile.Source source = i == null ? MatchProfile.Source.experience : i.source();
        sv.add(switch (source) {
          case validated -> "Samma yrke som personens validerade kompetens (" + target + ").";
          case preference -> "Samma yrke som personen önskar (" + target + ").";
          case extracted -> "Samma yrke som nämns i cv eller anteckningar (" + target + ").";
          default -> "Samma yrke som personens erfarenhet (" + target + ").";
        });
        en.add(switch (source) {
          case validated -> "The same occupation as the person's validated competence (" + target + ").";
          case preference -> "The occupation the person wishes for (" + target + ").";
          case extracted -> "The same occupation as mentioned in the CV or notes (" + target + ").";
          default -> "The same occupation as the person's experience (" + target + ").";
        });
      }
      case group -> {
        sv.add("Samma yrkesgrupp som erfarenheten som " + via + ".");
        en.add("Same occupation group as the experience as " + via + ".");
      }
      case substitute -> {
        sv.add("Närliggande yrke: erfarenhet som " + via + " räknas enligt JobTechs släktskap som relevant för " + target
            + " (ersättningsyrke).");
        en.add("Related occupation: experience as " + via + " counts as relevant for " + target
            + " by JobTech's substitutability (a substitute).");
      }
      case field -> {
        sv.add("Inom samma yrkesområde som personens erfarenhet.");
        en.add("In the same occupational field as the person's experience.");
      }
      case preferred_field -> {
        sv.add("Inom ett yrkesområde som personen vill arbeta i.");
        en.add("In an occupational field the person wants to work in.");
      }
      case entry -> {
        sv.add("Ett yrke utan krav på formell utbildning.");
        en.add("An occupation with no formal education requirement.");
      }
      case none -> {
        sv.add("Ingen tydlig koppling till personens erfarenhet eller önskemål.");
        en.add("No clear link to the person's experience or wishes.");
      }
    }
    if (m.substitute() && m.kind() != OccupationMatch.Kind.substitute) {
      sv.add("Erfarenheten som " + taxonomy.label(m.substituteVia()) + " räknas enligt JobTechs släktskap också som relevant för "
          + taxonomy.label(m.substituteFor()) + " (ersättningsyrke).");
      en.add("Experience as " + taxonomy.label(m.substituteVia()) + " also counts as relevant for " + taxonomy.label(m.substituteFor())
          + " by JobTech's substitutability (a substitute).");
    }
  }

  private static void skills(Kind kind, Scored.Details d, List<String> sv, List<String> en) {
    List<SkillFact> matched = d.matchedSkills();
    if (kind == Kind.course) {
      List<String> taught = d.skills().stream().filter(s -> s.evidence() == null).map(SkillFact::label).limit(5).toList();
      if (!taught.isEmpty()) {
        sv.add("Kursen lär ut: " + String.join(", ", taught) + ".");
        en.add("The course teaches: " + String.join(", ", taught) + ".");
      }
      return;
    }
    if (!matched.isEmpty()) {
      sv.add("Färdigheter som matchar: " + matched.stream().map(s -> s.label() + " (" + evidenceSv(s.evidence()) + ")")
          .collect(Collectors.joining(", ")) + ".");
      en.add("Matching skills: " + matched.stream().map(s -> s.label() + " (" + s.evidence().replace('_', '-') + ")")
          .collect(Collectors.joining(", ")) + ".");
    }
    List<SkillFact> missing = d.missingRequiredSkills();
    if (!missing.isEmpty()) {
      sv.add("Saknas: " + missing.stream().map(SkillFact::label).collect(Collectors.joining(", ")) + ".");
      en.add("Missing: " + missing.stream().map(SkillFact::label).collect(Collectors.joining(", ")) + ".");
    }
  }

  private static void swedish(MatchProfile p, Opportunity o, int gap, List<String> sv, List<String> en) {
    SwedishLevel required = o.swedishRequired();
    if (o.kind() == Kind.course) {
      if (o.swedishExit() != null && o.swedishExit().scale() > p.swedish().scale()) {
        sv.add("Kursen lyfter svenskan från " + p.swedish().label() + " till " + o.swedishExit().label() + ".");
        en.add("The course lifts Swedish from " + p.swedish().labelIn(Locale.ENGLISH) + " to " + o.swedishExit().labelIn(Locale.ENGLISH) + ".");
      }
      return;
    }
    if (required == null || required.scale() == 0) {
      return;
    }
    if (gap == 0) {
      sv.add("Svenskan räcker (" + p.swedish().label() + ", krav " + required.label() + ").");
      en.add("Swedish is sufficient (" + p.swedish().labelIn(Locale.ENGLISH) + ", required " + required.labelIn(Locale.ENGLISH) + ").");
    } else {
      sv.add("Kräver " + required.label() + "; personen har " + p.swedish().label() + " (" + gap + " steg kvar).");
      en.add("Requires " + required.labelIn(Locale.ENGLISH) + "; the person has " + p.swedish().labelIn(Locale.ENGLISH) + " (" + gap
          + (gap == 1 ? " step" : " steps") + " to go).");
    }
  }

  private static void hours(MatchProfile p, Opportunity o, Scored.Details d, List<String> sv, List<String> en) {
    if (o.hoursPerWeek() == null) {
      return;
    }
    String when = o.schedule() == null || o.schedule().isEmpty() ? "" : ", " + scheduleSv(o.schedule());
    String whenEn = o.schedule() == null || o.schedule().isEmpty() ? "" : ", " + scheduleEn(o.schedule());
    boolean scheduleFits = d.scheduleFit() >= 0.999;
    if (d.hoursFit() && scheduleFits) {
      sv.add("Tiderna (" + o.hoursPerWeek() + " h/v" + when + ") ryms i personens tillgänglighet.");
      en.add("The hours (" + o.hoursPerWeek() + " h/week" + whenEn + ") fit the person's availability.");
      return;
    }
    if (!d.hoursFit()) {
      sv.add(o.hoursPerWeek() + " h/v är mer än personens " + p.hoursPerWeek() + " h/v.");
      en.add(o.hoursPerWeek() + " h/week is more than the person's " + p.hoursPerWeek() + " h/week.");
    }
    if (!scheduleFits) {
      int outside = (int) Math.round(100 * (1 - d.scheduleFit()));
      sv.add("Schemat (" + scheduleSv(o.schedule()) + ") ligger till " + outside + " % utanför personens tider ("
          + scheduleSv(p.slots()) + ")" + (Boolean.TRUE.equals(p.profile().availability() == null ? null
              : p.profile().availability().childcareConstraint()) ? ", som styrs av barnomsorgen." : "."));
      en.add("The schedule (" + scheduleEn(o.schedule()) + ") is " + outside + " % outside the person's times ("
          + scheduleEn(p.slots()) + ")" + (Boolean.TRUE.equals(p.profile().availability() == null ? null
              : p.profile().availability().childcareConstraint()) ? ", which childcare sets." : "."));
    }
  }

  private static void start(LocalDate start, List<String> sv, List<String> en) {
    if (start != null) {
      sv.add("Start " + SV_DATE.format(start) + ".");
      en.add("Starts " + EN_DATE.format(start) + ".");
    }
  }

  /** "som Undersköterska" for a job; for a course its title and what it leads to. */
  private static String whatSv(Opportunity o) {
    if (o.kind() == Kind.course) {
      return "\"" + o.title() + "\"" + (o.occupation() == null ? "" : " (leder till " + o.occupation().label() + ")");
    }
    return o.occupation() != null ? "som " + o.occupation().label() : "\"" + o.title() + "\"";
  }

  private static String whatEn(Opportunity o) {
    if (o.kind() == Kind.course) {
      return "\"" + o.title() + "\"" + (o.occupation() == null ? "" : " (leads to " + o.occupation().label() + ")");
    }
    return o.occupation() != null ? "as " + o.occupation().label() : "\"" + o.title() + "\"";
  }

  static String distanceSv(Scored.Details d) {
    return d.distanceKm() < 1 ? "nära hemmet" : String.format(SV, "%.0f km hemifrån (cirka %d min)", d.distanceKm(),
        MatchProfile.commuteMinutes(d.distanceKm()));
  }

  static String distanceEn(Scored.Details d) {
    return d.distanceKm() < 1 ? "close to home" : String.format(Locale.ENGLISH, "%.0f km from home (about %d min)", d.distanceKm(),
        MatchProfile.commuteMinutes(d.distanceKm()));
  }

  private static String kindSv(Kind kind) {
    return switch (kind) {
      case placement -> "Praktik";
      case extra_job -> "Extratjänst";
      case course -> "Kurs";
    };
  }

  private static String kindEn(Kind kind) {
    return switch (kind) {
      case placement -> "Work placement";
      case extra_job -> "Extra job";
      case course -> "Course";
    };
  }

  private static String evidenceSv(String evidence) {
    return switch (evidence) {
      case "validated" -> "validerad";
      case "coach_assessed" -> "bedömd av coach";
      case "self_reported" -> "självskattad";
      default -> "ur text";
    };
  }

  static String scheduleSv(List<Schedule> blocks) {
    return schedule(blocks, List.of("mån", "tis", "ons", "tor", "fre", "lör", "sön"), "schema ej angivet");
  }

  static String scheduleEn(List<Schedule> blocks) {
    return schedule(blocks, List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), "schedule not given");
  }

  private static String schedule(List<Schedule> blocks, List<String> names, String none) {
    if (blocks == null || blocks.isEmpty()) {
      return none;
    }
    return blocks.stream().map(b -> days(b.days(), names) + " " + b.start() + "–" + b.end()).collect(Collectors.joining(", "));
  }

  private static String days(List<Weekday> days, List<String> names) {
    List<Integer> idx = days.stream().map(Weekday::ordinal).sorted().toList();
    boolean consecutive = idx.size() > 2 && idx.get(idx.size() - 1) - idx.get(0) == idx.size() - 1;
    return consecutive ? names.get(idx.get(0)) + "–" + names.get(idx.get(idx.size() - 1))
        : idx.stream().map(names::get).collect(Collectors.joining(", "));
  }
}
