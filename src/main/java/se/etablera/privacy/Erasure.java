package se.etablera.privacy;

import io.vertx.core.Future;
import java.util.List;
import java.util.function.Function;
import se.etablera.access.Caller;
import se.etablera.audit.AuditLog;
import se.etablera.consent.ConsentService;
import se.etablera.profile.ProfileService;

/**
 * Erasure of a newcomer (right to erasure): what refers to the person goes first — personal data in
 * applications, consents — then validation results and the profile itself, so a retry after a failure
 * finds the profile and finishes the job. What remains is an audit entry naming the action and the (random)
 * profile id, and anonymous counts in statistics.
 */
public final class Erasure {
  private final ProfileService profiles;
  private final ConsentService consents;
  private final List<Function<String, Future<Void>>> dependents;
  private final AuditLog audit;

  /** {@code dependents} erase what other features keep about a profile id (applications' personal data). */
  public Erasure(ProfileService profiles, ConsentService consents, List<Function<String, Future<Void>>> dependents, AuditLog audit) {
    this.profiles = profiles;
    this.consents = consents;
    this.dependents = List.copyOf(dependents);
    this.audit = audit;
  }

  public Future<Void> erase(Caller caller, String profileId) {
    Future<Void> chain = profiles.get(caller, profileId).mapEmpty();
    for (Function<String, Future<Void>> step : dependents) {
      chain = chain.compose(v -> step.apply(profileId));
    }
    return chain
        .compose(v -> consents.deleteAllOf(profileId))
        .compose(v -> profiles.delete(caller, profileId))
        .compose(v -> audit.record(caller, "profile.erase", "profile", profileId));
  }
}
