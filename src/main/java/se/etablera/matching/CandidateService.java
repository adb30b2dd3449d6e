package se.etablera.matching;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.etablera.access.Caller;
import se.etablera.access.Pseudonyms;
import se.etablera.access.Role;
import se.etablera.common.ApiException;
import se.etablera.consent.ConsentService;
import se.etablera.matching.CandidateList.Candidate;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.OpportunityService;
import se.etablera.profile.Profile;
import se.etablera.search.Documents;
import se.etablera.taxonomy.Taxonomy;

/**
 * The employer's (and coach's) reverse view: ranked candidates for an opening, scored with the same rules as
 * the newcomer's list. Employers see only their own openings and only pseudonyms, unless the newcomer has
 * consented to share with them; coaches see candidates from their municipalities. Consent is read on every
 * request, so a revocation takes effect at once.
 */
public final class CandidateService {
  static final int POOL = 200;
  /** Free text and identity are never needed to rank candidates; they are not even fetched. */
  static final List<String> NOT_NEEDED = List.of("cv_text", "coach_notes", "personal.personal_identity_number",
      "personal.address", "created_at", "updated_at");

  private final OpportunityService opportunities;
  private final Documents<Profile> profiles;
  private final ConsentService consents;
  private final Taxonomy taxonomy;
  private final Scorer scorer;
  private final Explanations explanations;
  private final Pseudonyms pseudonyms;
  private final Clock clock;

  public CandidateService(OpportunityService opportunities, Documents<Profile> profiles, ConsentService consents,
                          Taxonomy taxonomy, Pseudonyms pseudonyms, Clock clock) {
    this.opportunities = opportunities;
    this.profiles = profiles;
    this.consents = consents;
    this.taxonomy = taxonomy;
    this.scorer = new Scorer(taxonomy);
    this.explanations = new Explanations(taxonomy);
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  public Future<CandidateList> candidates(Caller caller, String opportunityId, int offset, int limit) {
    return opportunities.get(opportunityId, null).compose(o -> {
      if (caller.role() == Role.employer && (o.organisation() == null || !caller.ownsOrganisation(o.organisation().organisationNumber()))) {
        return Future.failedFuture(new ApiException.Forbidden("Candidates are shown only for your own openings"));
      }
      LocalDate today = LocalDate.now(clock);
      return profiles.multiSearch(List.of(CandidateQueries.forOpening(o, caller, taxonomy)), List.of(POOL), NOT_NEEDED)
          .compose(hits -> {
            List<Ranked> ranked = new ArrayList<>();
            for (Profile p : hits.get(0)) {
              MatchProfile mp = MatchProfile.of(p, taxonomy, today);
              Scored s = scorer.score(mp, o, today);
              if (!Eligibility.hasHard(s.reasons())) {
                ranked.add(new Ranked(mp, s, pseudonym(opportunityId, p.id())));
              }
            }
            ranked.sort(Comparator.comparingDouble((Ranked r) -> r.scored().score()).reversed()
                .thenComparing(Ranked::pseudonym));
            List<Ranked> page = ranked.subList(Math.min(offset, ranked.size()), Math.min(ranked.size(), offset + limit));
            Future<Set<String>> shared = caller.role() == Role.employer
                ? consents.sharingWith(caller.organisationNumber(), page.stream().map(r -> r.profile().profile().id()).toList())
                : Future.succeededFuture(Set.of());
            return shared.map(consented -> {
              List<Candidate> items = new ArrayList<>();
              for (int i = 0; i < page.size(); i++) {
                items.add(candidate(caller, o, page.get(i), offset + i + 1, consented));
              }
              return new CandidateList(opportunityId, ranked.size(), offset, limit, items);
            });
          });
    });
  }

  /** A candidate in the ranking; the pseudonym (an HMAC) is computed once, for the order and the answer alike. */
  private record Ranked(MatchProfile profile, Scored scored, String pseudonym) {
  }

  private Candidate candidate(Caller caller, Opportunity o, Ranked r, int rank, Set<String> consented) {
    Profile p = r.profile().profile();
    boolean coach = caller.role() == Role.coach;
    boolean reveal = coach || consented.contains(p.id());
    CandidateList.Contact contact = reveal && p.personal() != null
        ? new CandidateList.Contact(p.personal().name(), p.personal().email(), p.personal().phone()) : null;
    Scored s = r.scored();
    List<CandidateList.Skill> skills = s.details().matchedSkills().stream()
        .map(f -> new CandidateList.Skill(f.label(), f.evidence())).toList();
    List<String> experience = p.experience() == null ? List.of() : p.experience().stream()
        .filter(e -> e.occupation() != null)
        .map(e -> e.occupation().label() + (e.years() == null ? "" : " (" + formatYears(e.years()) + " år)")).toList();
    List<String> languages = new ArrayList<>();
    if (p.languages() != null && p.languages().motherTongues() != null) {
      p.languages().motherTongues().forEach(l -> languages.add(l.label()));
    }
    if (p.languages() != null && p.languages().other() != null) {
      p.languages().other().forEach(l -> languages.add(l.language().label() + (l.cefr() == null ? "" : " " + l.cefr())));
    }
    CandidateList.Summary summary = new CandidateList.Summary(r.profile().swedish().label(),
        p.education() == null || p.education().level() == null ? null : p.education().level().name(), experience, skills,
        languages.stream().distinct().collect(Collectors.toList()), distanceBand(s.details().distanceKm()),
        r.profile().availableFrom(), r.profile().hoursPerWeek());
    Explanations.Text text = explanations.candidate(r.profile(), s);
    return new Candidate(rank, r.pseudonym(), coach ? p.id() : null, s.score(), s.signals(), summary, contact,
        text.asMap());
  }

  private String pseudonym(String opportunityId, String profileId) {
    return pseudonyms.of(opportunityId, profileId);
  }

  /** Distance in bands, not exact kilometres: exact distance plus the workplace would locate the home. */
  static String distanceBand(double km) {
    if (km < 5) {
      return "under 5 km";
    }
    if (km < 15) {
      return "5–15 km";
    }
    if (km < 30) {
      return "15–30 km";
    }
    return "over 30 km";
  }

  private static String formatYears(double years) {
    return years == Math.floor(years) ? String.valueOf((int) years) : String.valueOf(years);
  }
}
