package se.etablera.testing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import se.etablera.Etablera;
import se.etablera.access.Role;
import se.etablera.config.Config;
import se.etablera.search.Elastic;

/**
 * The whole service for one test class: its own Vert.x, its own index prefix on the shared Elasticsearch, an
 * HTTP server on a free port, and tokens for every role. Close it to drop the indices.
 */
public final class TestApp implements AutoCloseable {
  private static Etablera.Vocabulary vocabulary;

  public final Vertx vertx;
  public final Config config;
  public final Elastic es;
  public final Etablera app;
  public final Http http;
  private final HttpServer server;
  private boolean ownsIndices = true;

  private TestApp(Vertx vertx, Config config, Elastic es, Etablera app, HttpServer server) {
    this.vertx = vertx;
    this.config = config;
    this.es = es;
    this.app = app;
    this.server = server;
    this.http = new Http(server.actualPort());
  }

  /** The vocabulary is immutable and slow-ish to load: one per test JVM. */
  public static synchronized Etablera.Vocabulary vocabulary() {
    if (vocabulary == null) {
      vocabulary = Etablera.Vocabulary.load();
    }
    return vocabulary;
  }

  /** How far start-up goes before the test begins. */
  public enum Boot {
    /** Indices created: the normal case. */
    BOOTSTRAP,
    /** Ready without touching Elasticsearch: for an unreachable cluster. */
    MARK_STARTED,
    /** Still starting: /api answers 503. */
    NOT_STARTED
  }

  /** The route table of a service wired against nothing (routes need no Elasticsearch to be listed). */
  public static java.util.List<se.etablera.web.Endpoint> vocabularyFreeRoutes() {
    try (TestApp app = start("routes", URI.create("http://127.0.0.1:9"), Clock.systemUTC(), Boot.MARK_STARTED)) {
      return app.app.routes().endpoints();
    }
  }

  /** Starts against the test run's Elasticsearch, with indices created. */
  public static TestApp start(String name) {
    return start(name, TestElasticsearch.url(), Clock.systemUTC(), Boot.BOOTSTRAP);
  }

  public static TestApp start(String name, URI esUrl, Clock clock, Boot boot) {
    return start(name, esUrl, clock, boot, c -> c);
  }

  /** As above, with the test's configuration changed by {@code tweak} first. */
  public static TestApp start(String name, URI esUrl, Clock clock, Boot boot, java.util.function.UnaryOperator<Config> tweak) {
    Config config = tweak.apply(TestConfigs.forTest(name, esUrl));
    Vertx vertx = Vertx.vertx();
    Elastic es = Elastic.connect(vertx, config.elastic());
    Etablera app = new Etablera(vertx, config, es, vocabulary(), clock);
    Future<Void> ready = switch (boot) {
      case BOOTSTRAP -> app.bootstrap();
      case MARK_STARTED -> Future.<Void>succeededFuture().onSuccess(v -> app.health().markStarted());
      case NOT_STARTED -> Future.succeededFuture();
    };
    HttpServer server = await(ready.compose(v -> vertx.createHttpServer().requestHandler(app.router()).listen(0, "127.0.0.1")));
    return new TestApp(vertx, config, es, app, server);
  }

  /** A second service on another test's indices (a restart); it leaves them in place when closed. */
  public static TestApp startOnIndices(String name, String prefix) {
    TestApp app = start(name, TestElasticsearch.url(), Clock.systemUTC(), Boot.BOOTSTRAP,
        c -> new Config(c.http(), c.auth(), c.elastic().withIndexPrefix(prefix), c.embedded(), c.applications(), c.demoLoad(), c.log()));
    app.ownsIndices = false;
    return app;
  }

  public String coach(String... municipalities) {
    return app.tokens().mint("coach-" + String.join("-", municipalities), Role.coach, List.of(municipalities), null, null, 60);
  }

  public String employer(String organisationNumber) {
    return app.tokens().mint("employer-" + organisationNumber, Role.employer, Set.of(), organisationNumber, null, 60);
  }

  public String newcomer(String profileId) {
    return app.tokens().mint("newcomer-" + profileId, Role.newcomer, Set.of(), null, profileId, 60);
  }

  public String admin() {
    return app.tokens().mint("admin", Role.admin, Set.of(), null, null, 60);
  }

  /** Waits for a future from the test thread. */
  public static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Drops this test's indices and stops its Vert.x. */
  @Override
  public void close() {
    try {
      if (!ownsIndices) {
        return;
      }
      String pattern = config.elastic().indexPrefix() + "-*";
      await(es.call(c -> c.indices().get(g -> g.index(pattern)))
          .compose(r -> r.result().isEmpty() ? Future.succeededFuture()
              : es.call(c -> c.indices().delete(d -> d.index(List.copyOf(r.result().keySet())))).mapEmpty()));
    } catch (RuntimeException e) {
      // an unreachable cluster has nothing to clean
    } finally {
      es.close();
      await(vertx.close());
    }
  }
}
