package se.etablera;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.etablera.access.TokenCommand;
import se.etablera.config.Config;
import se.etablera.config.ConfigException;
import se.etablera.ops.Logging;
import se.etablera.search.Elastic;
import se.etablera.search.EmbeddedElasticsearch;

/**
 * Starts Etablera: configuration, Elasticsearch (the embedded node unless a URL is configured), Vert.x and
 * the main verticle. Shuts down in the reverse order on SIGTERM or Ctrl-C. {@code token ...} mints an access
 * token instead (see {@link TokenCommand}).
 */
public final class Main {
  private static final Logger LOG = Logger.getLogger(Main.class.getName());

  private Main() {
  }

  public static void main(String[] args) {
    if (args.length > 0 && "token".equals(args[0])) {
      System.exit(TokenCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    Config config;
    try {
      config = Config.load();
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Logging.configure(config.log());
    long started = System.nanoTime();
    EmbeddedElasticsearch embedded = null;
    try {
      embedded = config.elastic().embedded() ? EmbeddedElasticsearch.start(config.embedded(), false) : null;
    } catch (ConfigException e) {
      LOG.severe(e.getMessage());
      System.exit(2);
    }
    Config.Elastic elastic = embedded == null ? config.elastic() : config.elastic().withUrl(embedded.url());
    Vertx vertx = Vertx.vertx();
    Elastic es = Elastic.connect(vertx, elastic);
    MainVerticle verticle = new MainVerticle(config, es, Clock.systemUTC());
    EmbeddedElasticsearch node = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(vertx, es, node), "etablera-shutdown"));
    vertx.deployVerticle(verticle)
        .compose(id -> verticle.ready())
        .onSuccess(v -> LOG.info(() -> "Etablera ready in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)
            + " ms on port " + verticle.port()))
        .onFailure(e -> {
          LOG.log(Level.SEVERE, "start-up failed", e);
          System.exit(1);
        });
  }

  /** HTTP first (requests in flight finish), then the client, then the embedded node. */
  private static void shutdown(Vertx vertx, Elastic es, EmbeddedElasticsearch embedded) {
    LOG.info("shutting down");
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warning(() -> "Vert.x did not close cleanly: " + e);
    }
    es.close();
    if (embedded != null) {
      embedded.stop();
    }
  }
}
