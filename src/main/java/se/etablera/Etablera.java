package se.etablera;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import se.etablera.access.Pseudonyms;
import se.etablera.access.RateLimiter;
import se.etablera.access.Tokens;
import se.etablera.allocation.AllocationHandlers;
import se.etablera.allocation.AllocationProposal;
import se.etablera.allocation.AllocationService;
import se.etablera.application.ApplicationHandlers;
import se.etablera.application.ApplicationService;
import se.etablera.application.EventLog;
import se.etablera.application.StatusEvent;
import se.etablera.audit.AuditEntry;
import se.etablera.audit.AuditHandlers;
import se.etablera.audit.AuditLog;
import se.etablera.config.Config;
import se.etablera.consent.Consent;
import se.etablera.consent.ConsentHandlers;
import se.etablera.consent.ConsentService;
import se.etablera.demo.DemoData;
import se.etablera.input.Intake;
import se.etablera.input.Schemas;
import se.etablera.nlp.AnalysisHandlers;
import se.etablera.nlp.TextAnalyzer;
import se.etablera.nlp.TextExtraction;
import se.etablera.matching.CandidateService;
import se.etablera.matching.MatchHandlers;
import se.etablera.matching.MatchService;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.OpportunityHandlers;
import se.etablera.opportunity.OpportunityService;
import se.etablera.ops.Health;
import se.etablera.profile.Profile;
import se.etablera.profile.ProfileHandlers;
import se.etablera.profile.ProfileService;
import se.etablera.privacy.Erasure;
import se.etablera.search.Documents;
import se.etablera.search.Elastic;
import se.etablera.search.IndexManager;
import se.etablera.search.IndexNames;
import se.etablera.statistics.StatisticsHandlers;
import se.etablera.statistics.StatisticsService;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.Taxonomy;
import se.etablera.taxonomy.TaxonomyHandlers;
import se.etablera.validation.ValidationHandlers;
import se.etablera.validation.ValidationResult;
import se.etablera.validation.ValidationService;
import se.etablera.web.HttpApi;
import se.etablera.web.Routes;

/**
 * Every component, wired by constructor: the one place that knows what depends on what. {@link MainVerticle}
 * builds it at start-up; tests build it directly with their own configuration and clock.
 */
public final class Etablera {
  /** What start-up loads from the class path (blocking): the vocabulary and the request schemas. */
  public record Vocabulary(Taxonomy taxonomy, Schemas schemas, TextExtraction extraction) {
    public static Vocabulary load() {
      Taxonomy taxonomy = Taxonomy.load();
      return new Vocabulary(taxonomy, Schemas.load(List.of()), new TextExtraction(TextAnalyzer.load(taxonomy)));
    }
  }

  private final Config config;
  private final Elastic es;
  private final Vocabulary vocabulary;
  private final Health health;
  private final Tokens tokens;
  private final ProfileService profiles;
  private final ValidationService validations;
  private final OpportunityService opportunities;
  private final ConsentService consents;
  private final MatchService matches;
  private final CandidateService candidates;
  private final Pseudonyms pseudonyms;
  private final AuditLog audit;
  private final EventLog events;
  private final ApplicationService applications;
  private final Documents<se.etablera.application.Application> applicationDocs;
  private final Routes routes;
  private final Router router;

  public Etablera(Vertx vertx, Config config, Elastic es, Vocabulary vocabulary, Clock clock) {
    this.config = config;
    this.es = es;
    this.vocabulary = vocabulary;
    Taxonomy taxonomy = vocabulary.taxonomy();
    ConceptResolver resolver = new ConceptResolver(taxonomy);
    Intake intake = new Intake(vocabulary.schemas(), resolver);
    Documents<Profile> profileDocs = new Documents<>(es, IndexNames.PROFILES, Profile.class);
    Documents<ValidationResult> validationDocs = new Documents<>(es, IndexNames.VALIDATIONS, ValidationResult.class);
    Documents<Opportunity> opportunityDocs = new Documents<>(es, IndexNames.OPPORTUNITIES, Opportunity.class);
    health = new Health(es);
    String secret = Tokens.secret(config.auth());
    tokens = new Tokens(vertx, config.auth(), secret);
    profiles = new ProfileService(profileDocs, validationDocs, intake, taxonomy, vocabulary.extraction(), clock);
    validations = new ValidationService(validationDocs, profiles, intake, clock);
    opportunities = new OpportunityService(opportunityDocs, intake, taxonomy, vocabulary.extraction(), clock);
    consents = new ConsentService(new Documents<>(es, IndexNames.CONSENTS, Consent.class), profiles, intake, clock);
    matches = new MatchService(profiles, opportunityDocs, taxonomy, clock);
    pseudonyms = new Pseudonyms(secret);
    candidates = new CandidateService(opportunities, profileDocs, consents, taxonomy, pseudonyms, clock);
    audit = new AuditLog(new Documents<>(es, IndexNames.AUDIT, AuditEntry.class), clock);
    events = new EventLog(new Documents<>(es, IndexNames.EVENTS, StatusEvent.class), vertx, clock);
    applicationDocs = new Documents<>(es, IndexNames.APPLICATIONS, se.etablera.application.Application.class);
    applications = new ApplicationService(applicationDocs, profiles, opportunities, events, intake, config.applications(), clock);
    StatisticsService statistics = new StatisticsService(profileDocs, applicationDocs, taxonomy);
    AllocationService allocations = new AllocationService(new Documents<>(es, IndexNames.ALLOCATIONS, AllocationProposal.class),
        profiles, opportunities, applications, intake, taxonomy, clock);
    Erasure erasure = new Erasure(profiles, consents, List.of(applications::anonymiseFor), audit);
    int page = config.http().maxPageSize();
    routes = new Routes(new Routes.Handlers(health, new TaxonomyHandlers(taxonomy),
        new ProfileHandlers(profiles, erasure, audit, intake, resolver, page), new ValidationHandlers(validations, audit, resolver, page),
        new OpportunityHandlers(opportunities, audit, intake, vocabulary.extraction(), resolver, page), new MatchHandlers(matches, candidates, audit, resolver, page),
        new ConsentHandlers(consents, audit, page), new AuditHandlers(audit, page),
        new ApplicationHandlers(applications, events, profiles, opportunities, pseudonyms, audit, page),
        new StatisticsHandlers(statistics, audit, resolver), new AllocationHandlers(allocations, audit),
        new AnalysisHandlers(vocabulary.extraction(), intake)));
    router = new HttpApi(vertx, config, routes, tokens,
        new RateLimiter(config.http().rateLimitPerMinute(), System::currentTimeMillis), health).router();
  }

  /** Creates or migrates the indices, then loads the demo data when configured; the service is ready after. */
  public Future<Void> bootstrap() {
    return new IndexManager(es).ensureAll(IndexManager.INDICES)
        .compose(x -> config.demoLoad() ? demo().loadIfEmpty() : Future.succeededFuture())
        .onSuccess(x -> health.markStarted());
  }

  public DemoData demo() {
    return new DemoData(vocabulary.taxonomy(), profiles, validations, opportunities, applicationDocs,
        config.applications().followUpDays());
  }

  public Router router() {
    return router;
  }

  public Routes routes() {
    return routes;
  }

  public Health health() {
    return health;
  }

  public Tokens tokens() {
    return tokens;
  }

  public ProfileService profiles() {
    return profiles;
  }

  public ValidationService validations() {
    return validations;
  }

  public OpportunityService opportunities() {
    return opportunities;
  }

  public MatchService matches() {
    return matches;
  }

  public ConsentService consents() {
    return consents;
  }

  public AuditLog audit() {
    return audit;
  }

  public ApplicationService applications() {
    return applications;
  }
}
