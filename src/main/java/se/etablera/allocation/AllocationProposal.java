package se.etablera.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A stored batch allocation: the optimal proposal beside the greedy baseline computed in the same call, for the
 * coach to review. Nothing happens until the coach confirms; then one application per assignment is created and
 * listed here. {@code municipalities} are the profiles' municipalities: any coach covering all of them may see
 * and confirm it.
 */
public record AllocationProposal(String id, String createdBy, Set<String> municipalities, Instant createdAt, String status,
                                 Double shareTolerance, int people, int openings, int pairs, Allocation proposal,
                                 Allocation greedy, Instant confirmedAt, List<Created> applications) {

  /** What confirming did for one assignment: the application created, or why none was. */
  public record Created(String profileId, String openingId, String applicationId, String problem) {
  }

  public AllocationProposal confirmed(Instant at, List<Created> created) {
    return new AllocationProposal(id, createdBy, municipalities, createdAt, "confirmed", shareTolerance, people, openings, pairs,
        proposal, greedy, at, created);
  }
}
