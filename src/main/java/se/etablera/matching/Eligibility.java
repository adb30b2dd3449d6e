package se.etablera.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.SwedishLevel;
import se.etablera.taxonomy.Taxonomy;

/**
 * The rules that decide whether an opening can be offered at all. A hard reason excludes it (and is shown to
 * the coach); a soft one (Swedish below a course's entry level) keeps it as "reachable", ranked lower.
 */
public final class Eligibility {
  /** Months of SFI per course step, by study path: path 1 goes slowest, path 3 fastest. */
  private static final int[] MONTHS_PER_STEP = {0, 6, 4, 3};

  private Eligibility() {
  }

  public static List<Reason> check(MatchProfile p, Opportunity o, double distanceKm, LocalDate today, Taxonomy taxonomy) {
    List<Reason> reasons = new ArrayList<>();
    if (o.seatsLeft() != null && o.seatsLeft() <= 0) {
      reasons.add(Reason.noSeatsLeft());
    }
    if (o.endDate() != null && o.endDate().isBefore(today)) {
      reasons.add(Reason.periodEnded());
    }
    if (distanceKm > p.maxKm()) {
      reasons.add(Reason.outsideCommute(distanceKm, p.maxKm()));
    }
    if (o.kind() == Kind.course && o.acceptsResidentsOf() != null && !o.acceptsResidentsOf().isEmpty()
        && o.acceptsResidentsOf().stream().noneMatch(m -> m.id().equals(p.municipality()))) {
      reasons.add(Reason.notOpenToHomeMunicipality(p.profile().municipality().label()));
    }
    if (o.kind() == Kind.extra_job && o.eligibility() != null) {
      reasons.addAll(extraJobRules(p, o.eligibility(), today));
    }
    if (o.drivingLicences() != null && !o.drivingLicences().isEmpty()) {
      List<Concept> missing = o.drivingLicences().stream().filter(l -> !p.licences().contains(l.id())).toList();
      if (!missing.isEmpty()) {
        reasons.add(Reason.drivingLicenceMissing(missing.stream().map(Concept::label).collect(Collectors.joining(", "))));
      }
    }
    if (o.kind() == Kind.course && o.swedishRequired() != null && p.swedish().scale() < o.swedishRequired().scale()) {
      reasons.add(Reason.swedishBelowEntry(o.swedishRequired().label(), p.swedish().label(),
          monthsToReach(p, o.swedishRequired())));
    }
    return reasons;
  }

  /**
   * Extra jobs were open to people registered in the establishment programme or with a residence permit at
   * most N months old; an opening may state either rule or both (then either suffices).
   */
  static List<Reason> extraJobRules(MatchProfile p, Opportunity.Eligibility rules, LocalDate today) {
    boolean needsProgramme = Boolean.TRUE.equals(rules.requiresEstablishmentProgramme());
    Integer maxMonths = rules.maxResidencePermitMonths();
    if (!needsProgramme && maxMonths == null) {
      return List.of();
    }
    boolean byProgramme = needsProgramme && p.registered();
    boolean byPermit = maxMonths != null && p.residencePermitDate() != null
        && ChronoUnit.MONTHS.between(p.residencePermitDate(), today) <= maxMonths;
    if (byProgramme || byPermit) {
      return List.of();
    }
    List<Reason> reasons = new ArrayList<>();
    if (needsProgramme) {
      reasons.add(Reason.notInEstablishmentProgramme());
    }
    if (maxMonths != null) {
      reasons.add(Reason.residencePermitTooOld(maxMonths));
    }
    return reasons;
  }

  /** A rough estimate from the SFI study path's pace; shown as "about". */
  public static int monthsToReach(MatchProfile p, SwedishLevel target) {
    int steps = Math.max(0, target.scale() - p.swedish().scale());
    return steps * MONTHS_PER_STEP[Math.max(1, Math.min(3, p.sfiPath()))];
  }

  public static boolean hasHard(List<Reason> reasons) {
    return reasons.stream().anyMatch(Reason::hard);
  }
}
