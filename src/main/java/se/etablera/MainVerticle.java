package se.etablera;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.etablera.common.ApiException;
import se.etablera.config.Config;
import se.etablera.search.Elastic;

/**
 * Starts the service: vocabulary and schemas (blocking, off the event loop), the HTTP server (answering 503
 * on /api until ready), then the indices and, when configured, the demo data — retried while Elasticsearch
 * does not answer.
 */
public final class MainVerticle extends VerticleBase {
  private static final Logger LOG = Logger.getLogger(MainVerticle.class.getName());
  private static final long BOOTSTRAP_RETRY_MS = 3_000;

  private final Config config;
  private final Elastic es;
  private final Clock clock;
  private final Promise<Void> ready = Promise.promise();
  private Etablera application;
  private HttpServer server;

  public MainVerticle(Config config, Elastic es, Clock clock) {
    this.config = config;
    this.es = es;
    this.clock = clock;
  }

  @Override
  public Future<?> start() {
    return vertx.executeBlocking(Etablera.Vocabulary::load)
        .compose(vocabulary -> {
          application = new Etablera(vertx, config, es, vocabulary, clock);
          return vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true))
              .requestHandler(application.router())
              .listen(config.http().port(), config.http().host());
        })
        .onSuccess(s -> {
          server = s;
          LOG.info(() -> "listening on http://" + config.http().host() + ":" + s.actualPort());
          bootstrap();
        });
  }

  /** Stops taking connections and lets requests in flight finish. */
  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.shutdown(10, TimeUnit.SECONDS);
  }

  /** Completes when the indices exist (and demo data is loaded, when configured). */
  public Future<Void> ready() {
    return ready.future();
  }

  public int port() {
    return server.actualPort();
  }

  public Etablera application() {
    return application;
  }

  private void bootstrap() {
    application.bootstrap()
        .onSuccess(v -> {
          LOG.info("ready");
          ready.tryComplete();
          vertx.setPeriodic(config.applications().expirySweepSeconds() * 1000L, t -> application.applications().expireOffers()
              .onSuccess(n -> {
                if (n > 0) {
                  LOG.info(() -> n + " offers expired");
                }
              })
              .onFailure(e -> LOG.fine(() -> "offer expiry sweep failed: " + e.getClass().getSimpleName())));
        })
        .onFailure(e -> {
          if (e instanceof ApiException.Unavailable) {
            LOG.warning("Elasticsearch not reachable yet; retrying start-up steps");
          } else {
            LOG.log(Level.SEVERE, "start-up step failed; retrying", e);
          }
          vertx.setTimer(BOOTSTRAP_RETRY_MS, t -> bootstrap());
        });
  }
}
