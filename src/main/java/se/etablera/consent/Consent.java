package se.etablera.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.etablera.taxonomy.Concept;

/**
 * A newcomer's consent to share their name and contact data with one employer (by organisation number),
 * optionally for one opening and until a date. Revoking keeps the record (who shared what with whom, when,
 * until when) with {@code revokedAt} set; it takes effect on the next request. {@code municipality} is the
 * profile's, copied so coaches can see consents in their scope.
 */
public record Consent(String id, String profileId, String organisationNumber, String organisationName, List<String> scopes,
                      String opportunityId, String purpose, LocalDate validUntil, Instant grantedAt, String grantedBy,
                      Instant revokedAt, Concept municipality) {

  /** In force on {@code day}: not revoked and not past its end date. */
  public boolean activeOn(LocalDate day) {
    return revokedAt == null && (validUntil == null || !validUntil.isBefore(day));
  }

  public Consent revoked(Instant at) {
    return new Consent(id, profileId, organisationNumber, organisationName, scopes, opportunityId, purpose, validUntil,
        grantedAt, grantedBy, at, municipality);
  }
}
