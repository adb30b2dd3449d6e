package se.etablera;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import se.etablera.access.RateLimiter;
import se.etablera.access.Tokens;
import se.etablera.common.ApiException;
import se.etablera.config.Config;
import se.etablera.demo.DemoData;
import se.etablera.input.Intake;
import se.etablera.input.Schemas;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.OpportunityHandlers;
import se.etablera.opportunity.OpportunityService;
import se.etablera.ops.Health;
import se.etablera.profile.Profile;
import se.etablera.profile.ProfileHandlers;
import se.etablera.profile.ProfileService;
import se.etablera.search.Documents;
import se.etablera.search.Elastic;
import se.etablera.search.IndexManager;
import se.etablera.search.IndexNames;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.Taxonomy;
import se.etablera.taxonomy.TaxonomyHandlers;
import se.etablera.validation.ValidationHandlers;
import se.etablera.validation.ValidationResult;
import se.etablera.validation.ValidationService;
import se.etablera.web.HttpApi;
import se.etablera.web.Routes;

/**
 * Wires the service and starts it: vocabulary and schemas (blocking, off the event loop), the HTTP server
 * (answering 503 until ready), then the indices and, when configured, the demo data. Until Elasticsearch
 * answers, the last two steps are retried.
 */
public final class MainVerticle extends VerticleBase {
  private static final Logger LOG = Logger.getLogger(MainVerticle.class.getName());
  private static final long BOOTSTRAP_RETRY_MS = 3_000;

  private final Config config;
  private final Elastic es;
  private final Clock clock;
  private final Promise<Void> ready = Promise.promise();
  private HttpServer server;
  private Health health;

  public MainVerticle(Config config, Elastic es, Clock clock) {
    this.config = config;
    this.es = es;
    this.clock = clock;
  }

  /** Completes when the indices exist (and demo data is loaded, when configured). */
  public Future<Void> ready() {
    return ready.future();
  }

  /** The port the server listens on (useful when configured as 0). */
  public int port() {
    return server.actualPort();
  }

  @Override
  public Future<?> start() {
    health = new Health(es);
    return vertx.executeBlocking(() -> new Vocabulary(Taxonomy.load(), Schemas.load(List.of())))
        .compose(vocabulary -> {
          Router router = new HttpApi(vertx, config, new Routes(handlers(vocabulary)),
              new Tokens(vertx, config.auth()), new RateLimiter(config.http().rateLimitPerMinute(), System::currentTimeMillis),
              health).router();
          return vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true))
              .requestHandler(router)
              .listen(config.http().port(), config.http().host())
              .onSuccess(s -> {
                server = s;
                LOG.info(() -> "listening on http://" + config.http().host() + ":" + s.actualPort());
                bootstrap(vocabulary);
              });
        });
  }

  /** Stops taking connections and lets requests in flight finish. */
  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.shutdown(10, TimeUnit.SECONDS);
  }

  /** Holds what the blocking start-up step loads. */
  private record Vocabulary(Taxonomy taxonomy, Schemas schemas) {
  }

  private ProfileService profiles;
  private ValidationService validations;
  private OpportunityService opportunities;

  private Routes.Handlers handlers(Vocabulary v) {
    ConceptResolver resolver = new ConceptResolver(v.taxonomy());
    Intake intake = new Intake(v.schemas(), resolver);
    Documents<Profile> profileDocs = new Documents<>(es, IndexNames.PROFILES, Profile.class);
    Documents<ValidationResult> validationDocs = new Documents<>(es, IndexNames.VALIDATIONS, ValidationResult.class);
    Documents<Opportunity> opportunityDocs = new Documents<>(es, IndexNames.OPPORTUNITIES, Opportunity.class);
    profiles = new ProfileService(profileDocs, validationDocs, intake, v.taxonomy(), clock);
    validations = new ValidationService(validationDocs, profiles, intake, clock);
    opportunities = new OpportunityService(opportunityDocs, intake, v.taxonomy(), clock);
    int page = config.http().maxPageSize();
    return new Routes.Handlers(health, new TaxonomyHandlers(v.taxonomy()), new ProfileHandlers(profiles, resolver, page),
        new ValidationHandlers(validations, resolver, page), new OpportunityHandlers(opportunities, resolver, page));
  }

  /** Indices, then demo data; retried while Elasticsearch is unreachable, then the service reports ready. */
  private void bootstrap(Vocabulary v) {
    new IndexManager(es).ensureAll(IndexManager.INDICES)
        .compose(x -> config.demoLoad() ? new DemoData(v.taxonomy(), profiles, validations, opportunities).loadIfEmpty()
            : Future.succeededFuture())
        .onSuccess(x -> {
          health.markStarted();
          LOG.info("ready");
          ready.tryComplete();
        })
        .onFailure(e -> {
          if (e instanceof ApiException.Unavailable) {
            LOG.warning("Elasticsearch not reachable yet; retrying start-up steps");
          } else {
            LOG.log(java.util.logging.Level.SEVERE, "start-up step failed; retrying", e);
          }
          vertx.setTimer(BOOTSTRAP_RETRY_MS, t -> bootstrap(v));
        });
  }
}
