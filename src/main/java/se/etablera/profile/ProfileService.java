package se.etablera.profile;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import se.etablera.access.AccessPolicy;
import se.etablera.access.Caller;
import se.etablera.common.ApiException;
import se.etablera.common.Ids;
import se.etablera.common.Saved;
import se.etablera.input.Intake;
import se.etablera.nlp.Rejections;
import se.etablera.nlp.TextExtraction;
import se.etablera.search.Documents;
import se.etablera.search.Elastic;
import se.etablera.search.Page;
import se.etablera.search.Queries;
import se.etablera.search.Versioned;
import se.etablera.taxonomy.Taxonomy;
import se.etablera.validation.ValidationResult;

/** Newcomer profiles: create, replace, read, list and delete, within the caller's scope. */
public final class ProfileService {
  public static final Intake.Form<Profile> FORM =
      new Intake.Form<>("profile", ProfileRules.CONCEPT_FIELDS, Profile.class, ProfileRules::check, ProfileRules.SERVER_OWNED);
  private static final int MAX_VALIDATIONS = 500;
  private static final int CONFLICT_RETRIES = 8;

  private final Documents<Profile> profiles;
  private final Documents<ValidationResult> validations;
  private final Intake intake;
  private final Taxonomy taxonomy;
  private final TextExtraction extraction;
  private final Clock clock;

  public ProfileService(Documents<Profile> profiles, Documents<ValidationResult> validations, Intake intake,
                        Taxonomy taxonomy, TextExtraction extraction, Clock clock) {
    this.profiles = profiles;
    this.validations = validations;
    this.intake = intake;
    this.taxonomy = taxonomy;
    this.extraction = extraction;
    this.clock = clock;
  }

  /**
   * The profile with the concepts its free text names (CV, coach notes, experience descriptions), leaving out
   * what it states explicitly and what users rejected. Runs on a worker thread, unordered so that requests analyse
   * side by side: analysis is CPU-bound.
   */
  private Future<Profile> analysed(Profile p) {
    List<String> rejected = p.rejectedConcepts() == null ? List.of() : p.rejectedConcepts();
    return profiles.vertx().executeBlocking(() -> p.withExtracted(extraction.forProfile(p, rejected), rejected, p.updatedAt()),
        false);
  }

  /** Registers a profile under a new id. {@code refresh} WaitFor makes it visible to the next search. */
  public Future<Profile> create(Caller caller, JsonObject body, Refresh refresh) {
    return Future.<Profile>future(p -> p.complete(intake.read(FORM, body)))
        .compose(input -> {
          if (!AccessPolicy.canCreateProfileIn(caller, input.municipality().id())) {
            return Future.failedFuture(new ApiException.Forbidden("You may register profiles only in your own municipalities"));
          }
          Profile profile = ProfileRules.normalize(Ids.newId(), input, null, List.of(), taxonomy, clock.instant());
          return analysed(profile).compose(p -> profiles.create(p.id(), p, refresh)).map(Versioned::value);
        });
  }

  /**
   * Creates or replaces the profile with this id. Derived fields are recomputed (validated skills from the
   * validation index); a replace that changes nothing writes nothing. The write is conditional on the version
   * read, so a concurrent validation update is never lost: on a conflict the whole step is redone.
   */
  public Future<Saved<Profile>> put(Caller caller, String id, JsonObject body, Refresh refresh) {
    Ids.require(id, "id");
    return Future.<Profile>future(p -> p.complete(intake.read(FORM, body)))
        .compose(input -> putAttempt(caller, id, input, refresh, 0));
  }

  private Future<Saved<Profile>> putAttempt(Caller caller, String id, Profile input, Refresh refresh, int attempt) {
    // The stored profile and its validations do not depend on each other: both reads at once.
    Future<Optional<Versioned<Profile>>> read = profiles.get(id);
    Future<List<ValidationResult>> validationsRead = validationsOf(id);
    return Future.all(read, validationsRead)
        .compose(both -> {
          Optional<Versioned<Profile>> existing = read.result();
          List<ValidationResult> list = validationsRead.result();
          if (existing.isPresent() && !AccessPolicy.canWriteProfile(caller, existing.get().value())) {
            return Future.failedFuture(new ApiException.NotFound("profile", id));
          }
          if (!caller.isProfile(id) && !AccessPolicy.canCreateProfileIn(caller, input.municipality().id())) {
            return Future.failedFuture(existing.isPresent()
                ? new ApiException.Forbidden("You may move profiles only between your own municipalities")
                : new ApiException.Forbidden("You may register profiles only in your own municipalities"));
          }
          Profile old = existing.map(Versioned::value).orElse(null);
          return analysed(ProfileRules.normalize(id, input, old, list, taxonomy, clock.instant())).compose(profile -> {
            if (old != null && ProfileRules.sameContent(old, profile)) {
              return Future.succeededFuture(new Saved<>(old, false));
            }
            Future<Versioned<Profile>> write = existing
                .map(v -> profiles.putIfUnchanged(id, profile, v.seqNo(), v.primaryTerm(), refresh))
                .orElseGet(() -> profiles.create(id, profile, refresh));
            return write.map(v -> new Saved<>(profile, existing.isEmpty()));
          });
        })
        .recover(e -> Elastic.isStatus(e, 409) && attempt < CONFLICT_RETRIES
            ? putAttempt(caller, id, input, refresh, attempt + 1) : Future.failedFuture(e));
  }

  /** The profile, if the caller may see it; otherwise 404 (its existence is not disclosed). */
  public Future<Profile> get(Caller caller, String id) {
    return profiles.get(id).compose(found -> found
        .filter(v -> AccessPolicy.canReadProfile(caller, v.value()))
        .map(v -> Future.succeededFuture(v.value()))
        .orElseGet(() -> Future.failedFuture(new ApiException.NotFound("profile", id))));
  }

  /** Profiles in the caller's scope matching the filter, newest first. */
  public Future<Page<Profile>> list(Caller caller, ProfileQueries.Filter filter, int offset, int limit) {
    return profiles.search(ProfileQueries.list(filter, caller), offset, limit,
        List.of(co.elastic.clients.elasticsearch._types.SortOptions.of(s -> s.field(f -> f.field("created_at").order(SortOrder.Desc)))));
  }

  /**
   * Deletes the profile and the validation results attached to it. Validations go first: if the profile
   * delete then fails, a retry finds the profile and finishes the job; nothing is left pointing at a
   * profile that no longer exists.
   */
  public Future<Void> delete(Caller caller, String id) {
    return get(caller, id)
        .compose(p -> validations.ids(Queries.term("profile_id", id), MAX_VALIDATIONS))
        .compose(ids -> ids.isEmpty() ? Future.succeededFuture()
            : validations.bulk(b -> ids.forEach(v -> b.operations(o -> o.delete(d -> d.id(v)))), Refresh.True).mapEmpty())
        .compose(v -> profiles.delete(id, Refresh.WaitFor))
        .mapEmpty();
  }

  /**
   * Recomputes the skills a profile has had validated from its validation results, conditionally on the
   * version read (retrying on conflicts), so concurrent validation writes all end up reflected.
   */
  public Future<Void> refreshValidatedSkills(String profileId) {
    return refreshAttempt(profileId, 0);
  }

  private Future<Void> refreshAttempt(String profileId, int attempt) {
    return profiles.get(profileId).<Void>compose(found -> {
      if (found.isEmpty()) {
        return Future.succeededFuture();
      }
      Versioned<Profile> current = found.get();
      return validationsOf(profileId).compose(list -> {
        List<Profile.ValidatedSkill> validated = ProfileRules.validatedSkills(list);
        List<String> missing = ProfileRules.missingModules(list);
        if (validated.equals(Optional.ofNullable(current.value().validatedSkills()).orElse(List.of()))
            && missing.equals(Optional.ofNullable(current.value().missingModules()).orElse(List.of()))) {
          return Future.<Void>succeededFuture();
        }
        // A validated skill is now explicit, so what the text said about it is no longer stored as extracted.
        return analysed(current.value().withValidations(validated, missing, clock.instant()))
            .compose(updated -> profiles.putIfUnchanged(profileId, updated, current.seqNo(), current.primaryTerm(), Refresh.True))
            .<Void>mapEmpty();
      });
    }).recover(e -> Elastic.isStatus(e, 409) && attempt < CONFLICT_RETRIES
        ? refreshAttempt(profileId, attempt + 1) : Future.failedFuture(e));
  }

  /**
   * A user turns down a concept the text analysis found: it leaves the profile's extracted concepts and stays out
   * through later replaces and re-analysis, until the rejection is withdrawn.
   */
  public Future<Profile> reject(Caller caller, String id, String conceptId) {
    return changeRejections(caller, id, conceptId, true, 0);
  }

  /** Withdraws a rejection; the text is analysed again, so the concept comes back if the text still names it. */
  public Future<Profile> unreject(Caller caller, String id, String conceptId) {
    return changeRejections(caller, id, conceptId, false, 0);
  }

  private Future<Profile> changeRejections(Caller caller, String id, String conceptId, boolean reject, int attempt) {
    return profiles.get(id).compose(found -> {
      Versioned<Profile> current = found.filter(v -> AccessPolicy.canWriteProfile(caller, v.value())).orElse(null);
      if (current == null) {
        return Future.failedFuture(new ApiException.NotFound("profile", id));
      }
      Profile p = current.value();
      List<String> rejected = Rejections.changed(p.extracted(), p.rejectedConcepts(), conceptId, reject, "profile");
      Profile changed = p.withExtracted(p.extracted(), rejected, clock.instant());
      return analysed(changed)
          .compose(updated -> profiles.putIfUnchanged(id, updated, current.seqNo(), current.primaryTerm(), Refresh.WaitFor)
              .map(Versioned::value));
    }).recover(e -> Elastic.isStatus(e, 409) && attempt < CONFLICT_RETRIES
        ? changeRejections(caller, id, conceptId, reject, attempt + 1) : Future.failedFuture(e));
  }

  /** Reads without a scope check: for services that have checked access themselves. */
  public Future<Optional<Profile>> find(String id) {
    return profiles.get(id).map(v -> v.map(Versioned::value));
  }

  private Future<List<ValidationResult>> validationsOf(String profileId) {
    return validations.all(Queries.term("profile_id", profileId), MAX_VALIDATIONS);
  }

  /** Makes bulk writes visible to search before the bulk answer is sent. */
  public Future<Void> refreshIndex() {
    return profiles.refresh();
  }

  public Future<Long> count() {
    return profiles.count();
  }
}
