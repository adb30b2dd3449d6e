package se.etablera.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import se.etablera.common.ApiException;
import se.etablera.common.Json;
import se.etablera.config.Config;

/**
 * The asynchronous Elasticsearch client bridged to Vert.x futures. Every call completes on the caller's
 * Vert.x context, and every failure that means "Elasticsearch is not there" becomes a 503.
 * Only repositories use this class.
 */
public final class Elastic implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Elastic.class.getName());

  private final Vertx vertx;
  private final RestClient restClient;
  private final ElasticsearchAsyncClient client;
  private final IndexNames names;

  private Elastic(Vertx vertx, RestClient restClient, IndexNames names) {
    this.vertx = vertx;
    this.restClient = restClient;
    this.client = new ElasticsearchAsyncClient(new RestClientTransport(restClient, new JacksonJsonpMapper(Json.MAPPER)));
    this.names = names;
  }

  public static Elastic connect(Vertx vertx, Config.Elastic config) {
    URI url = config.url();
    RestClientBuilder builder = RestClient.builder(new HttpHost(url.getHost(), url.getPort() < 0
            ? ("https".equals(url.getScheme()) ? 443 : 80) : url.getPort(), url.getScheme()))
        .setRequestConfigCallback(rc -> rc.setConnectTimeout(2_000).setSocketTimeout(config.requestTimeoutMs())
            .setConnectionRequestTimeout(config.requestTimeoutMs()))
        .setHttpClientConfigCallback(http -> {
          http.setMaxConnPerRoute(64).setMaxConnTotal(128);
          if (!config.username().isEmpty()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(config.username(), config.password()));
            http.setDefaultCredentialsProvider(credentials);
          } else {
            // The auth cache only serves basic auth sent up front, yet it deserialises the cached scheme (Java
            // serialisation) on every request: a measurable share of each call's CPU when there is nothing to send.
            http.disableAuthCaching();
          }
          return http;
        });
    if (url.getPath() != null && url.getPath().length() > 1) {
      builder.setPathPrefix(url.getPath());
    }
    List<Header> headers = new ArrayList<>();
    if (!config.apiKey().isEmpty()) {
      headers.add(new BasicHeader("Authorization", "ApiKey " + config.apiKey()));
    }
    builder.setDefaultHeaders(headers.toArray(Header[]::new));
    return new Elastic(vertx, builder.build(), new IndexNames(config.indexPrefix()));
  }

  public IndexNames names() {
    return names;
  }

  public Vertx vertx() {
    return vertx;
  }

  /**
   * Runs one client call and completes on the current Vert.x context. Connection failures and
   * timeouts become {@link ApiException.Unavailable}; other Elasticsearch errors pass through unchanged
   * for the repository to interpret (404, 409).
   */
  public <T> Future<T> call(Function<ElasticsearchAsyncClient, CompletableFuture<T>> operation) {
    CompletableFuture<T> future;
    try {
      future = operation.apply(client);
    } catch (RuntimeException e) {
      return Future.failedFuture(translate(e));
    }
    return Future.fromCompletionStage(future, vertx.getOrCreateContext())
        .recover(e -> Future.failedFuture(translate(e)));
  }

  /** Cluster health is the ping: GET / is not served by every distribution. */
  public Future<Boolean> isHealthy() {
    return call(c -> c.cluster().health(h -> h.timeout(t -> t.time("1s"))))
        .map(h -> h.status() != HealthStatus.Red)
        .otherwise(false);
  }

  /** True when Elasticsearch answered with this HTTP status (e.g. 404, 409). */
  public static boolean isStatus(Throwable e, int status) {
    return statusOf(e) == status;
  }

  /** The HTTP status Elasticsearch answered with, or -1 when there was no answer. */
  static int statusOf(Throwable e) {
    if (e instanceof ElasticsearchException ee) {
      return ee.status();
    }
    if (e instanceof TransportException te) {
      if (te.statusCode() > 0) {
        return te.statusCode();
      }
      return te.getCause() instanceof ResponseException re ? re.getResponse().getStatusLine().getStatusCode() : -1;
    }
    if (e instanceof ResponseException re) {
      return re.getResponse().getStatusLine().getStatusCode();
    }
    return -1;
  }

  /**
   * Keeps answers Elasticsearch gave (a 404 or 409 the repository interprets) and turns everything that means
   * "not there right now" — no connection, a timeout, a 5xx or 429 — into a 503 for the client.
   */
  static Throwable translate(Throwable e) {
    Throwable cause = e;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof ApiException) {
      return cause;
    }
    int status = statusOf(cause);
    if (status == 429 || status >= 500) {
      return unavailable(cause);
    }
    if (status > 0) {
      return cause;
    }
    if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof TransportException
        || cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("I/O reactor")) {
      return unavailable(cause);
    }
    return cause;
  }

  private static ApiException.Unavailable unavailable(Throwable cause) {
    LOG.log(Level.FINE, "Elasticsearch unavailable", cause);
    return new ApiException.Unavailable("The search backend is not reachable (" + cause.getClass().getSimpleName()
        + "); nothing was changed. Retry shortly.");
  }

  @Override
  public void close() {
    try {
      restClient.close();
    } catch (IOException e) {
      LOG.warning(() -> "closing Elasticsearch client: " + e.getMessage());
    }
  }
}
