package se.etablera.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.etablera.opportunity.Opportunity;

/**
 * One opening scored for one person: the score (0..1 before ranking tiers), every signal that went into it,
 * the reasons it is not (yet) eligible, and the facts an explanation is made from.
 */
public record Scored(Opportunity opportunity, double score, Map<String, Double> signals, List<Reason> reasons, Details details) {

  public boolean eligible() {
    return reasons.isEmpty();
  }

  /**
   * How the opening's occupation relates to the person. {@code substituteVia} names the person's occupation when
   * the opening's ({@code substituteFor}) is one JobTech says it can substitute for and the person does not have
   * that very occupation already.
   */
  public record OccupationMatch(Kind kind, String occupationId, String viaOccupationId, double strength, String substituteVia,
                                String substituteFor) {
    public OccupationMatch(Kind kind, String occupationId, String viaOccupationId, double strength) {
      this(kind, occupationId, viaOccupationId, strength, null, null);
    }

    public boolean substitute() {
      return substituteVia != null;
    }

    public enum Kind { exact, group, substitute, field, preferred_field, entry, none }
  }

  /** A skill the opening asks for (or teaches), and how the person has it, if at all. */
  public record SkillFact(String id, String label, boolean required, String evidence) {
  }

  /** The facts behind the signals, for explanations. */
  public record Details(double distanceKm, boolean nearHome, OccupationMatch occupation, List<SkillFact> skills,
                        int swedishGap, List<String> languagesMatched, double scheduleFit, boolean hoursFit,
                        List<String> modulesFilled, LocalDate start, boolean noEducationRequired) {
    public List<SkillFact> matchedSkills() {
      return skills.stream().filter(s -> s.evidence() != null).toList();
    }

    public List<SkillFact> missingRequiredSkills() {
      return skills.stream().filter(s -> s.evidence() == null && s.required()).toList();
    }
  }
}
