package se.etablera.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Gives each request an id (echoed as X-Request-Id) and logs one line when it ends: method, route template
 * (never the concrete path, which may hold ids), status and duration. No bodies, no query strings.
 */
public final class RequestLog implements Handler<RoutingContext> {
  private static final Logger LOG = Logger.getLogger("etablera.access");
  static final String REQUEST_ID = "etablera.request-id";
  /** The route template of the endpoint that took the request, set by the gatekeeper. */
  static final String ROUTE = "etablera.route";

  @Override
  public void handle(RoutingContext ctx) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    long started = System.nanoTime();
    ctx.put(REQUEST_ID, id);
    ctx.response().putHeader("X-Request-Id", id);
    ctx.addEndHandler(v -> LOG.info(() -> "request " + id + " " + ctx.request().method() + " "
        + ctx.get(ROUTE, "(unrouted)")
        + " " + ctx.response().getStatusCode() + " " + (System.nanoTime() - started) / 1_000_000 + "ms"));
    ctx.next();
  }
}
