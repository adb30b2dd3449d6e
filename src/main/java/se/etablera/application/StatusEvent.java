package se.etablera.application;

import java.time.Instant;

/**
 * One status change, as streamed and polled. Ids sort in the order events were written, so a client resumes
 * with "everything after the last id I saw". {@code profileId} is replaced by a pseudonym on the employer's
 * stream.
 */
public record StatusEvent(String id, Instant at, String applicationId, String profileId, String opportunityId,
                          String organisationNumber, String municipality, String kind, String from, String to,
                          String combinationId) {

  public StatusEvent withProfileId(String shown) {
    return new StatusEvent(id, at, applicationId, shown, opportunityId, organisationNumber, municipality, kind, from, to,
        combinationId);
  }
}
