package se.etablera.consent;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.etablera.access.Caller;
import se.etablera.common.ApiException;
import se.etablera.common.Ids;
import se.etablera.input.Intake;
import se.etablera.profile.ProfileService;
import se.etablera.search.Documents;
import se.etablera.search.Page;
import se.etablera.search.Queries;
import se.etablera.search.Versioned;

/**
 * Consents: granted and revoked by the newcomer, readable by the newcomer and the coaches of their
 * municipality, and consulted on every candidate request so a revocation takes effect at once.
 */
public final class ConsentService {
  public static final Intake.Form<Consent> FORM = new Intake.Form<>("consent", List.of(), Consent.class, c -> List.of(),
      List.of("id", "profile_id", "granted_at", "granted_by", "revoked_at", "municipality"));
  private static final int MAX_PER_PROFILE = 1000;

  private final Documents<Consent> consents;
  private final ProfileService profiles;
  private final Intake intake;
  private final Clock clock;

  public ConsentService(Documents<Consent> consents, ProfileService profiles, Intake intake, Clock clock) {
    this.consents = consents;
    this.profiles = profiles;
    this.intake = intake;
    this.clock = clock;
  }

  /** The newcomer shares their contact data with an employer. */
  public Future<Consent> grant(Caller caller, String profileId, JsonObject body) {
    if (!caller.isProfile(profileId)) {
      return profiles.get(caller, profileId).compose(p -> Future.failedFuture(
          new ApiException.Forbidden("Only the newcomer can grant consent to share their data")));
    }
    return Future.<Consent>future(p -> p.complete(intake.read(FORM, body)))
        .compose(input -> profiles.get(caller, profileId).compose(profile -> {
          if (input.validUntil() != null && input.validUntil().isBefore(LocalDate.now(clock))) {
            return Future.failedFuture(new ApiException.Invalid("/valid_until", "is in the past"));
          }
          Consent consent = new Consent(Ids.newId(), profileId, Caller.normalizeOrganisationNumber(input.organisationNumber()),
              input.organisationName(), input.scopes() == null || input.scopes().isEmpty() ? List.of("contact") : input.scopes(),
              input.opportunityId(), input.purpose(), input.validUntil(), clock.instant(), caller.subject(), null,
              profile.municipality());
          return consents.create(consent.id(), consent, Refresh.WaitFor).map(Versioned::value);
        }));
  }

  /** All consents of a profile, newest first, revoked ones included (the record of what was shared). */
  public Future<Page<Consent>> list(Caller caller, String profileId, int offset, int limit) {
    return profiles.get(caller, profileId).compose(p -> consents.search(Queries.term("profile_id", profileId), offset, limit,
        List.of(SortOptions.of(s -> s.field(f -> f.field("granted_at").order(SortOrder.Desc))))));
  }

  /** Revocation: effective for the very next request. */
  public Future<Consent> revoke(Caller caller, String profileId, String consentId) {
    return profiles.get(caller, profileId).compose(p -> consents.get(consentId)).compose(found -> {
      Consent c = found.map(Versioned::value).filter(v -> v.profileId().equals(profileId))
          .orElseThrow(() -> new ApiException.NotFound("consent", consentId));
      if (!caller.isProfile(profileId)) {
        return Future.failedFuture(new ApiException.Forbidden("Only the newcomer can revoke their consent"));
      }
      if (c.revokedAt() != null) {
        return Future.succeededFuture(c);
      }
      Consent revoked = c.revoked(clock.instant());
      return consents.putIfUnchanged(consentId, revoked, found.get().seqNo(), found.get().primaryTerm(), Refresh.WaitFor)
          .map(Versioned::value);
    });
  }

  /** Which of these profiles share their contact data with the organisation today. */
  public Future<Set<String>> sharingWith(String organisationNumber, Collection<String> profileIds) {
    if (organisationNumber == null || profileIds.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    LocalDate today = LocalDate.now(clock);
    return consents.all(Queries.allOf(List.of(Queries.term("organisation_number", organisationNumber),
            Queries.terms("profile_id", List.copyOf(profileIds)))), MAX_PER_PROFILE)
        .map(list -> {
          Set<String> out = new HashSet<>();
          list.stream().filter(c -> c.activeOn(today) && c.scopes().contains("contact")).forEach(c -> out.add(c.profileId()));
          return out;
        });
  }

  /** Erasure: every consent of the profile, revoked or not, is deleted. */
  public Future<Void> deleteAllOf(String profileId) {
    return consents.ids(Queries.term("profile_id", profileId), MAX_PER_PROFILE)
        .compose(ids -> ids.isEmpty() ? Future.succeededFuture()
            : consents.bulk(b -> ids.forEach(id -> b.operations(o -> o.delete(d -> d.id(id)))), Refresh.WaitFor).mapEmpty());
  }
}
