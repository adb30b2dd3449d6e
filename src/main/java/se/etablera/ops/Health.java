package se.etablera.ops;

import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import se.etablera.search.Elastic;
import se.etablera.web.Web;

/**
 * Liveness (the process answers) and readiness (Elasticsearch answers and the indices are in place).
 * Readiness follows Elasticsearch: it turns 503 while the cluster is unreachable and back by itself.
 */
public final class Health {
  private final Elastic es;
  private volatile boolean started;

  public Health(Elastic es) {
    this.es = es;
  }

  public void markStarted() {
    started = true;
  }

  public boolean isStarted() {
    return started;
  }

  public void live(RoutingContext ctx) {
    Web.ok(ctx, Map.of("status", "up"));
  }

  public void ready(RoutingContext ctx) {
    if (!started) {
      Web.json(ctx, 503, Map.of("status", "starting"));
      return;
    }
    es.isHealthy().onComplete(ar -> {
      boolean healthy = ar.succeeded() && ar.result();
      if (!healthy) {
        ctx.response().putHeader("Retry-After", "5");
      }
      Web.json(ctx, healthy ? 200 : 503, Map.of("status", healthy ? "ready" : "elasticsearch unreachable"));
    });
  }
}
