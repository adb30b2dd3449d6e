package se.etablera.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.taxonomy.Concept;

/**
 * An application by a newcomer to an opening, followed from "applied" to its outcome 90 days after completion.
 * A combination creates two applications with the same {@code combinationId}; while {@code linked} they are
 * accepted or withdrawn together.
 *
 * <p>{@code municipality} (the newcomer's), {@code gender} and {@code profileCreatedAt} are copied from the
 * profile for scoping and equity statistics; erasure removes the profile id and gender and keeps only what
 * anonymous counts need.
 */
public record Application(
    String id,
    String profileId,
    String opportunityId,
    Kind kind,
    String opportunityTitle,
    String organisationNumber,
    Concept municipality,
    Concept opportunityMunicipality,
    String gender,
    Instant profileCreatedAt,
    String combinationId,
    Boolean linked,
    String allocationId,
    Status status,
    LocalDate offerExpiresOn,
    List<Transition> history,
    FollowUp followUp,
    Instant createdAt,
    Instant updatedAt) {

  public enum Status {
    applied, shortlisted, offered, accepted, started, completed, rejected, withdrawn, offer_expired;

    public boolean terminal() {
      return this == completed || this == rejected || this == withdrawn || this == offer_expired;
    }

    /** States in which the application holds a seat of the opening. */
    public boolean holdsSeat() {
      return this == accepted || this == started;
    }
  }

  /** One change of status: from, to, when, by which role (never by whom: the audit log has that). */
  public record Transition(Status from, Status to, Instant at, String role) {
  }

  /** The outcome 90 days after completion: work, studies or neither. */
  public record FollowUp(LocalDate dueOn, String outcome, Instant recordedAt) {
  }

  /** This application moved to {@code to}, with the change recorded. */
  public Application moved(Status to, String role, Instant at, LocalDate offerExpires, FollowUp follow) {
    List<Transition> h = new ArrayList<>(history == null ? List.of() : history);
    h.add(new Transition(status, to, at, role));
    return new Application(id, profileId, opportunityId, kind, opportunityTitle, organisationNumber, municipality,
        opportunityMunicipality, gender, profileCreatedAt, combinationId, linked, allocationId, to, offerExpires, List.copyOf(h),
        follow, createdAt, at);
  }

  public Application withFollowUp(FollowUp follow, Instant at) {
    return new Application(id, profileId, opportunityId, kind, opportunityTitle, organisationNumber, municipality,
        opportunityMunicipality, gender, profileCreatedAt, combinationId, linked, allocationId, status, offerExpiresOn, history,
        follow, createdAt, at);
  }

  public Application unlinked(Instant at) {
    return new Application(id, profileId, opportunityId, kind, opportunityTitle, organisationNumber, municipality,
        opportunityMunicipality, gender, profileCreatedAt, combinationId, false, allocationId, status, offerExpiresOn, history,
        followUp, createdAt, at);
  }

  /** What is left after the newcomer's erasure: no profile id, no gender, no roles in the history. */
  public Application anonymised(Instant at) {
    return new Application(id, null, opportunityId, kind, opportunityTitle, organisationNumber, municipality,
        opportunityMunicipality, null, profileCreatedAt, combinationId, linked, allocationId, status, offerExpiresOn, history,
        followUp, createdAt, at);
  }

  /** When the status first became {@code s}, if it did. */
  public java.util.Optional<Instant> firstTime(Status s) {
    return history == null ? java.util.Optional.empty()
        : history.stream().filter(t -> t.to() == s).map(Transition::at).findFirst();
  }
}
