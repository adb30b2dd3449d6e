package se.etablera.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Ranked candidates for an opening. For an employer each candidate is a pseudonym, stable per opening, with
 * no name, contact data, identity number, residence details or notes — until the newcomer consents to share
 * with that employer; then name and contact data appear for that employer alone. Coaches see the profile id.
 */
public record CandidateList(String opportunityId, long total, int offset, int limit, List<Candidate> items) {

  public record Candidate(int rank, String pseudonym, String profileId, double score, Map<String, Double> signals,
                          Summary summary, Contact contact, Map<String, String> explanation) {
  }

  /** What anyone allowed to see the candidate sees: the facts of the match, never identity or residence. */
  public record Summary(String swedishLevel, String educationLevel, List<String> experience, List<Skill> matchedSkills,
                        List<String> languages, String distance, LocalDate availableFrom, Integer hoursPerWeek) {
  }

  /** A matched skill and how it is known. */
  public record Skill(String label, String evidence) {
  }

  /** Shown only with the newcomer's consent (or to their coach). */
  public record Contact(String name, String email, String phone) {
  }
}
