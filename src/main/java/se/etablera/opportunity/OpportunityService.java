package se.etablera.opportunity;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.etablera.access.AccessPolicy;
import se.etablera.access.Caller;
import se.etablera.common.ApiException;
import se.etablera.common.Ids;
import se.etablera.common.Saved;
import se.etablera.input.Intake;
import se.etablera.nlp.Rejections;
import se.etablera.nlp.TextExtraction;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.search.Documents;
import se.etablera.search.Page;
import se.etablera.search.Queries;
import se.etablera.search.Versioned;
import se.etablera.taxonomy.Taxonomy;

/**
 * Placements, extra jobs and courses. Anyone may browse them (they hold no personal data); employers manage
 * their own, coaches those in their municipalities, admins all.
 */
public final class OpportunityService {
  private final Documents<Opportunity> opportunities;
  private final Intake intake;
  private final Taxonomy taxonomy;
  private final TextExtraction extraction;
  private final Clock clock;
  private final Map<Kind, Intake.Form<Opportunity>> forms = new EnumMap<>(Kind.class);

  public OpportunityService(Documents<Opportunity> opportunities, Intake intake, Taxonomy taxonomy, TextExtraction extraction,
                            Clock clock) {
    this.opportunities = opportunities;
    this.intake = intake;
    this.taxonomy = taxonomy;
    this.extraction = extraction;
    this.clock = clock;
    for (Kind kind : Kind.values()) {
      forms.put(kind, new Intake.Form<>(OpportunityRules.schema(kind), OpportunityRules.CONCEPT_FIELDS, Opportunity.class,
          OpportunityRules::check, OpportunityRules.SERVER_OWNED));
    }
  }

  /** Filters of the list endpoints; values are resolved ids. Empty kinds means every kind. */
  public record Filter(Set<Kind> kinds, String municipality, String occupationField, String occupation,
                       String organisationNumber) {
  }

  /**
   * The opening with what its title and description name (skills with "krav"/"meriterande", languages, licences,
   * Swedish level, occupations) and its search text, minus rejected concepts; on a worker thread.
   */
  private Future<Opportunity> analysed(Opportunity o) {
    List<String> rejected = o.rejectedConcepts() == null ? List.of() : o.rejectedConcepts();
    return opportunities.vertx().executeBlocking(() ->
        o.withExtracted(extraction.forOpportunity(o, rejected), rejected, extraction.searchText(o), o.updatedAt()), false);
  }

  /** Publishes an opening under a new id. {@code refresh} WaitFor makes it visible to the next search. */
  public Future<Opportunity> create(Caller caller, Kind kind, JsonObject body, Refresh refresh) {
    return save(caller, kind, Ids.newId(), body, false, refresh).map(Saved::value);
  }

  /** Creates or replaces; seats taken stay as stored, and a replace that changes nothing writes nothing. */
  public Future<Saved<Opportunity>> put(Caller caller, Kind kind, String id, JsonObject body, Refresh refresh) {
    Ids.require(id, "id");
    return save(caller, kind, id, body, true, refresh);
  }

  private Future<Saved<Opportunity>> save(Caller caller, Kind kind, String id, JsonObject body, boolean replace,
                                          Refresh refresh) {
    return Future.<Opportunity>future(p -> p.complete(intake.read(forms.get(kind), body)))
        .compose(input -> (replace ? opportunities.get(id) : Future.succeededFuture(Optional.<Versioned<Opportunity>>empty()))
            .compose(existing -> {
              Opportunity old = existing.map(Versioned::value).orElse(null);
              if (old != null && old.kind() != kind) {
                return Future.failedFuture(new ApiException.Conflict("Id " + id + " belongs to a " + old.kind().name()
                    + "; use /api/" + old.kind().path() + "/" + id));
              }
              if (old != null && !AccessPolicy.canWriteOpportunity(caller, old)) {
                return Future.failedFuture(new ApiException.Forbidden("You may change only your own openings"));
              }
              Opportunity normalised = OpportunityRules.normalize(id, kind, input, old, caller, taxonomy, clock.instant());
              if (!AccessPolicy.canWriteOpportunity(caller, normalised)) {
                return Future.failedFuture(new ApiException.Forbidden(caller.role().name().equals("employer")
                    ? "organisation.organisation_number must be your own organisation's"
                    : "You may publish only openings in your own municipalities"));
              }
              return analysed(normalised).compose(stored -> {
                if (old != null && OpportunityRules.sameContent(old, stored)) {
                  return Future.succeededFuture(new Saved<>(old, false));
                }
                Future<Versioned<Opportunity>> write = existing
                    .map(v -> opportunities.putIfUnchanged(id, stored, v.seqNo(), v.primaryTerm(), refresh))
                    .orElseGet(() -> opportunities.create(id, stored, refresh));
                return write.map(v -> new Saved<>(stored, old == null));
              });
            }));
  }

  /** Anyone may read an opening; a wrong kind for the id is a 404 like a missing one. */
  public Future<Opportunity> get(String id, Kind kind) {
    return opportunities.get(id).compose(found -> found.map(Versioned::value)
        .filter(o -> kind == null || o.kind() == kind)
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(new ApiException.NotFound(kind == null ? "opportunity" : kind.name().replace('_', ' '), id))));
  }

  public Future<Page<Opportunity>> list(Filter filter, int offset, int limit) {
    return opportunities.search(OpportunityQueries.list(filter), offset, limit,
        List.of(SortOptions.of(s -> s.field(f -> f.field("created_at").order(SortOrder.Desc)))));
  }

  /** Free-text search: the analysed query against the analysed title and description, best first, within the filters. */
  public Future<Page<Opportunity>> search(Filter filter, String analysedQuery, int offset, int limit) {
    return opportunities.search(OpportunityQueries.text(filter, analysedQuery), offset, limit,
        List.of(SortOptions.of(s -> s.score(x -> x.order(SortOrder.Desc)))));
  }

  public Future<Void> delete(Caller caller, Kind kind, String id) {
    return get(id, kind).compose(o -> AccessPolicy.canWriteOpportunity(caller, o)
        ? opportunities.delete(id, Refresh.WaitFor).mapEmpty()
        : Future.failedFuture(new ApiException.Forbidden("You may delete only your own openings")));
  }

  /** A rejection of an extracted concept on an opening; see {@code ProfileService#reject}. */
  public Future<Opportunity> reject(Caller caller, Kind kind, String id, String conceptId, boolean reject) {
    return opportunities.get(id).compose(found -> {
      Versioned<Opportunity> current = found.filter(v -> v.value().kind() == kind).orElse(null);
      if (current == null) {
        return Future.failedFuture(new ApiException.NotFound(kind.name().replace('_', ' '), id));
      }
      Opportunity o = current.value();
      if (!AccessPolicy.canWriteOpportunity(caller, o)) {
        return Future.failedFuture(new ApiException.Forbidden("You may change only your own openings"));
      }
      List<String> rejected = Rejections.changed(o.extracted(), o.rejectedConcepts(), conceptId, reject, "opening");
      return analysed(o.withExtracted(o.extracted(), rejected, o.searchText(), clock.instant()))
          .compose(updated -> opportunities.putIfUnchanged(id, updated, current.seqNo(), current.primaryTerm(), Refresh.WaitFor)
              .map(Versioned::value))
          .recover(e -> Future.failedFuture(se.etablera.search.Elastic.isStatus(e, 409)
              ? new ApiException.Conflict("The opening changed meanwhile; retry") : e));
    });
  }

  /**
   * Takes one seat if one is left. The write is conditional on the version read, so two requests can never
   * both take the last seat; the loser re-reads (after a short random pause, to spread a crowd) and finds either
   * a seat or none. Openings without a seat count are never full.
   */
  public Future<Opportunity> takeSeat(String id) {
    return changeSeats(id, +1, 0);
  }

  /** Gives a seat back (a withdrawal after acceptance); never below zero. */
  public Future<Opportunity> releaseSeat(String id) {
    return changeSeats(id, -1, 0);
  }

  private static final int SEAT_RETRIES = 500;

  private Future<Opportunity> changeSeats(String id, int delta, int attempt) {
    return opportunities.get(id).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(new ApiException.NotFound("opportunity", id));
      }
      Versioned<Opportunity> v = found.get();
      Opportunity o = v.value();
      int taken = o.seatsTaken() == null ? 0 : o.seatsTaken();
      if (delta > 0 && o.seats() != null && taken >= o.seats()) {
        return Future.failedFuture(new ApiException.Conflict("No seats left on " + id,
            java.util.Map.of("seats", o.seats(), "seats_taken", taken)));
      }
      Opportunity changed = o.withSeatsTaken(Math.max(0, taken + delta), clock.instant());
      return opportunities.putIfUnchanged(id, changed, v.seqNo(), v.primaryTerm(), Refresh.False).map(Versioned::value);
    }).recover(e -> {
      if (!se.etablera.search.Elastic.isStatus(e, 409) || attempt >= SEAT_RETRIES) {
        return Future.failedFuture(e);
      }
      io.vertx.core.Promise<Opportunity> retry = io.vertx.core.Promise.promise();
      opportunities.vertx().setTimer(1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(Math.min(50, 2 + attempt)),
          t -> changeSeats(id, delta, attempt + 1).onComplete(retry));
      return retry.future();
    });
  }

  public Documents<Opportunity> documents() {
    return opportunities;
  }

  /** Makes bulk writes visible to search before the bulk answer is sent. */
  public Future<Void> refreshIndex() {
    return opportunities.refresh();
  }
}
