package se.etablera.allocation;

import co.elastic.clients.elasticsearch._types.Refresh;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.etablera.access.Caller;
import se.etablera.application.ApplicationService;
import se.etablera.common.ApiException;
import se.etablera.common.FieldError;
import se.etablera.common.Ids;
import se.etablera.input.Intake;
import se.etablera.matching.MatchProfile;
import se.etablera.matching.Scored;
import se.etablera.matching.Scorer;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.OpportunityService;
import se.etablera.profile.Profile;
import se.etablera.profile.ProfileService;
import se.etablera.search.Documents;
import se.etablera.search.Versioned;
import se.etablera.taxonomy.Taxonomy;

/**
 * Batch allocation for a coach: every eligible (person, opening) pair is scored with the matching rules, the
 * optimal assignment (at most one activity per person, no opening over its free seats, optionally women's and
 * men's shares of the places within a tolerance of their shares among the people) is computed beside the greedy
 * baseline, and the proposal is stored. Confirming it creates the applications.
 */
public final class AllocationService {
  private static final Intake.Form<JsonObject> FORM = new Intake.Form<>("allocation", List.of(), JsonObject.class, x -> List.of(), List.of());
  private static final Set<String> BALANCED = Set.of("female", "male");

  private final Documents<AllocationProposal> proposals;
  private final ProfileService profiles;
  private final OpportunityService opportunities;
  private final ApplicationService applications;
  private final Intake intake;
  private final Taxonomy taxonomy;
  private final Scorer scorer;
  private final Clock clock;

  public AllocationService(Documents<AllocationProposal> proposals, ProfileService profiles, OpportunityService opportunities,
                           ApplicationService applications, Intake intake, Taxonomy taxonomy, Clock clock) {
    this.proposals = proposals;
    this.profiles = profiles;
    this.opportunities = opportunities;
    this.applications = applications;
    this.intake = intake;
    this.taxonomy = taxonomy;
    this.scorer = new Scorer(taxonomy);
    this.clock = clock;
  }

  public Future<AllocationProposal> propose(Caller caller, JsonObject body) {
    return Future.<JsonObject>future(p -> p.complete(intake.read(FORM, body))).compose(in -> {
      JsonArray profileIds = in.getJsonArray("profile_ids");
      JsonArray openingIds = in.getJsonArray("opening_ids");
      Double tolerance = in.getDouble("share_tolerance");
      List<Future<Optional<Profile>>> people = new ArrayList<>();
      for (int i = 0; i < profileIds.size(); i++) {
        people.add(profiles.get(caller, profileIds.getString(i)).map(Optional::of)
            .recover(e -> e instanceof ApiException.NotFound ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(e)));
      }
      List<Future<Optional<Opportunity>>> openings = new ArrayList<>();
      for (int i = 0; i < openingIds.size(); i++) {
        openings.add(opportunities.get(openingIds.getString(i), null).map(Optional::of)
            .recover(e -> e instanceof ApiException.NotFound ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(e)));
      }
      return Future.all(people).compose(p -> Future.all(openings)).compose(o -> {
        List<FieldError> errors = new ArrayList<>();
        List<Profile> ps = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
          Optional<Profile> found = people.get(i).result();
          if (found.isEmpty()) {
            errors.add(new FieldError("/profile_ids/" + i, "no profile with id " + profileIds.getString(i) + " in your municipalities"));
          } else {
            ps.add(found.get());
          }
        }
        List<Opportunity> os = new ArrayList<>();
        for (int i = 0; i < openings.size(); i++) {
          Optional<Opportunity> found = openings.get(i).result();
          if (found.isEmpty()) {
            errors.add(new FieldError("/opening_ids/" + i, "no opening with id " + openingIds.getString(i)));
          } else {
            os.add(found.get());
          }
        }
        if (!errors.isEmpty()) {
          return Future.failedFuture(new ApiException.Invalid(errors));
        }
        return solveAndStore(caller, ps, os, tolerance);
      });
    });
  }

  /** Scores every pair and solves, on a worker thread (a batch is up to 1000 × 300 scores), then stores the proposal. */
  private Future<AllocationProposal> solveAndStore(Caller caller, List<Profile> people, List<Opportunity> openings, Double tolerance) {
    LocalDate today = LocalDate.now(clock);
    return proposals.vertx().executeBlocking(() -> {
      List<Candidate> candidates = new ArrayList<>();
      List<Pair> pairs = new ArrayList<>();
      for (Profile p : people) {
        String gender = p.gender() == null ? null : p.gender().name();
        candidates.add(new Candidate(p.id(), BALANCED.contains(gender) ? gender : null));
        MatchProfile mp = MatchProfile.of(p, taxonomy, today);
        for (Opportunity o : openings) {
          Scored s = scorer.score(mp, o, today);
          if (s.eligible() && s.score() > 0) {
            pairs.add(new Pair(p.id(), o.id(), s.score()));
          }
        }
      }
      List<Seat> seats = openings.stream()
          .map(o -> new Seat(o.id(), o.seatsLeft() == null ? people.size() : Math.max(0, o.seatsLeft()))).toList();
      Optional<ShareConstraint> shares = Optional.ofNullable(tolerance).map(t -> new ShareConstraint(t, BALANCED));
      Allocation optimal = Allocator.optimal(candidates, seats, pairs, shares);
      Allocation greedy = Allocator.greedy(candidates, seats, pairs, shares);
      Set<String> municipalities = new TreeSet<>();
      people.forEach(p -> municipalities.add(p.municipality().id()));
      return new AllocationProposal(Ids.newId(), caller.subject(), municipalities, clock.instant(), "proposed", tolerance,
          people.size(), openings.size(), pairs.size(), optimal, greedy, null, null);
    }, false).compose(proposal -> proposals.create(proposal.id(), proposal, Refresh.WaitFor).map(Versioned::value));
  }

  /** A proposal, for a coach who covers all its people's municipalities (otherwise it does not exist for them). */
  public Future<AllocationProposal> get(Caller caller, String id) {
    return visible(caller, id).map(Versioned::value);
  }

  /** The stored proposal with its version, if the caller may see it. */
  private Future<Versioned<AllocationProposal>> visible(Caller caller, String id) {
    return proposals.get(id).compose(found -> found
        .filter(v -> v.value().municipalities().stream().allMatch(caller::coversMunicipality))
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(new ApiException.NotFound("allocation", id))));
  }

  /**
   * Applies a proposal: the status flips first (conditionally, so a second confirm is a 409), then one
   * application per assignment is created on the coach's behalf; any that cannot be (someone applied meanwhile,
   * a seat went) is reported beside the others.
   */
  public Future<AllocationProposal> confirm(Caller caller, String id) {
    return visible(caller, id).compose(v -> {
      if (!"proposed".equals(v.value().status())) {
        return Future.failedFuture(new ApiException.Conflict("This allocation is already " + v.value().status()));
      }
      AllocationProposal flipped = v.value().confirmed(clock.instant(), List.of());
      return proposals.putIfUnchanged(id, flipped, v.seqNo(), v.primaryTerm(), Refresh.WaitFor)
          .recover(e -> Future.failedFuture(new ApiException.Conflict("This allocation was confirmed meanwhile")))
          .compose(w -> createApplications(caller, v.value()))
          .compose(created -> {
            AllocationProposal done = v.value().confirmed(flipped.confirmedAt(), created);
            return proposals.put(id, done, Refresh.WaitFor).map(done);
          });
    });
  }

  private Future<List<AllocationProposal.Created>> createApplications(Caller caller, AllocationProposal p) {
    List<AllocationProposal.Created> created = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (Assignment a : p.proposal().assignments()) {
      JsonObject body = new JsonObject().put("profile_id", a.personId()).put("opportunity_id", a.openingId());
      chain = chain.compose(x -> applications.apply(caller, body, p.id())
          .map(list -> created.add(new AllocationProposal.Created(a.personId(), a.openingId(), list.get(0).id(), null)))
          .recover(e -> Future.succeededFuture(created.add(new AllocationProposal.Created(a.personId(), a.openingId(), null,
              e instanceof ApiException api ? api.getMessage() : "could not be created"))))
          .mapEmpty());
    }
    return chain.map(x -> created);
  }
}
