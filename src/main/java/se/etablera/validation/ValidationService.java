package se.etablera.validation;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import se.etablera.access.AccessPolicy;
import se.etablera.access.Caller;
import se.etablera.common.ApiException;
import se.etablera.common.FieldError;
import se.etablera.common.Ids;
import se.etablera.common.Saved;
import se.etablera.input.Intake;
import se.etablera.profile.Profile;
import se.etablera.profile.ProfileService;
import se.etablera.search.Documents;
import se.etablera.search.Page;
import se.etablera.search.Queries;
import se.etablera.search.Versioned;
import se.etablera.taxonomy.ConceptResolver.ConceptField;
import se.etablera.taxonomy.ConceptType;

/**
 * Validation results. Each attaches to a profile and changes that profile's evidence: after every write the
 * profile's validated skills are recomputed from all its results. If that second step fails, the first is
 * undone, so a 503 never leaves a result the profile does not reflect. Writes refresh at once (they are few,
 * and the profile update searches for them straight after).
 */
public final class ValidationService {
  private static final Logger LOG = Logger.getLogger(ValidationService.class.getName());
  public static final Intake.Form<ValidationResult> FORM = new Intake.Form<>("validation", List.of(
      ConceptField.of("occupation", ConceptType.OCCUPATION),
      ConceptField.of("validated_skills/*", ConceptType.SKILL)), ValidationResult.class, ValidationService::check,
      List.of("id", "created_at", "updated_at", "municipality"));

  private final Documents<ValidationResult> validations;
  private final ProfileService profiles;
  private final Intake intake;
  private final Clock clock;

  public ValidationService(Documents<ValidationResult> validations, ProfileService profiles, Intake intake, Clock clock) {
    this.validations = validations;
    this.profiles = profiles;
    this.intake = intake;
    this.clock = clock;
  }

  /** Filters of GET /api/validations; values are resolved ids. */
  public record Filter(String profileId, String municipality, String occupation, String result) {
  }

  static List<FieldError> check(ValidationResult v) {
    List<FieldError> errors = new ArrayList<>();
    if (v.date() != null && v.date().isAfter(LocalDate.now().plusDays(1))) {
      errors.add(new FieldError("/date", "is in the future"));
    }
    if (v.result() == ValidationResult.Outcome.full && v.modulesMissing() != null && !v.modulesMissing().isEmpty()) {
      errors.add(new FieldError("/modules_missing", "must be empty when the result is full"));
    }
    return errors;
  }

  public Future<ValidationResult> create(Caller caller, JsonObject body) {
    return save(caller, Ids.newId(), body).map(Saved::value);
  }

  public Future<Saved<ValidationResult>> put(Caller caller, String id, JsonObject body) {
    Ids.require(id, "id");
    return save(caller, id, body);
  }

  private Future<Saved<ValidationResult>> save(Caller caller, String id, JsonObject body) {
    return Future.<ValidationResult>future(p -> p.complete(intake.read(FORM, body)))
        .compose(input -> profileInScope(caller, input.profileId())
            .compose(profile -> validations.get(id).compose(existing -> {
              if (existing.isPresent() && !AccessPolicy.canWriteValidation(caller, existing.get().value())) {
                return Future.failedFuture(new ApiException.NotFound("validation result", id));
              }
              ValidationResult old = existing.map(Versioned::value).orElse(null);
              ValidationResult stored = new ValidationResult(id, input.profileId(), input.occupation(), input.standard(),
                  input.validatedSkills() == null ? List.of() : input.validatedSkills(), input.result(),
                  input.modulesMissing() == null ? List.of() : input.modulesMissing(), input.organisation(), input.date(),
                  profile.municipality(), old == null ? clock.instant() : old.createdAt(), clock.instant());
              return validations.put(id, stored, Refresh.True)
                  .compose(v -> refreshProfiles(stored, old))
                  .recover(e -> undo(id, old).transform(ignored -> Future.failedFuture(e)))
                  .map(v -> new Saved<>(stored, old == null));
            })));
  }

  public Future<ValidationResult> get(Caller caller, String id) {
    return validations.get(id).compose(found -> found.map(Versioned::value)
        .filter(v -> AccessPolicy.canReadValidation(caller, v))
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(new ApiException.NotFound("validation result", id))));
  }

  public Future<Page<ValidationResult>> list(Caller caller, Filter filter, int offset, int limit) {
    List<Query> filters = new ArrayList<>();
    filters.add(AccessPolicy.validationScope(caller));
    Queries.termIfPresent("profile_id", filter.profileId()).ifPresent(filters::add);
    Queries.termIfPresent("municipality.id", filter.municipality()).ifPresent(filters::add);
    Optional.ofNullable(filter.occupation())
        .map(o -> Queries.anyTerm(List.of("occupation.id", "occupation.group"), o)).ifPresent(filters::add);
    Queries.termIfPresent("result", filter.result()).ifPresent(filters::add);
    return validations.search(Queries.allOf(filters), offset, limit,
        List.of(SortOptions.of(s -> s.field(f -> f.field("date").order(SortOrder.Desc)))));
  }

  /** Deletes the result and takes its skills off the profile; on failure the result is put back. */
  public Future<Void> delete(Caller caller, String id) {
    return get(caller, id).compose(v -> {
      if (!AccessPolicy.canWriteValidation(caller, v)) {
        return Future.failedFuture(new ApiException.Forbidden("Only a coach of the profile's municipality may delete its validation results"));
      }
      return validations.delete(id, Refresh.True)
          .compose(deleted -> profiles.refreshValidatedSkills(v.profileId()))
          .recover(e -> validations.put(id, v, Refresh.True).transform(ignored -> Future.failedFuture(e)));
    });
  }

  /** A profile the caller may record validations for; otherwise the body's profile_id is reported unknown. */
  private Future<Profile> profileInScope(Caller caller, String profileId) {
    return profiles.find(profileId).compose(found -> found
        .filter(p -> caller.coversMunicipality(p.municipality().id()))
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(new ApiException.Invalid("/profile_id",
            "no profile with id " + profileId + " in your municipalities"))));
  }

  private Future<Void> refreshProfiles(ValidationResult stored, ValidationResult old) {
    Future<Void> refreshed = profiles.refreshValidatedSkills(stored.profileId());
    if (old != null && !old.profileId().equals(stored.profileId())) {
      return refreshed.compose(v -> profiles.refreshValidatedSkills(old.profileId()));
    }
    return refreshed;
  }

  /** Restores the state before a failed save: the old version back, or the new one removed. */
  private Future<Void> undo(String id, ValidationResult old) {
    Future<?> undo = old == null ? validations.delete(id, Refresh.True) : validations.put(id, old, Refresh.True);
    return undo.<Void>mapEmpty().recover(e -> {
      LOG.severe(() -> "could not undo validation result " + id + " after a failed profile update: " + e.getMessage());
      return Future.succeededFuture();
    });
  }
}
