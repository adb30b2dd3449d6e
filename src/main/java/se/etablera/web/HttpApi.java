package se.etablera.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.Set;
import se.etablera.access.RateLimiter;
import se.etablera.access.Tokens;
import se.etablera.common.ApiException;
import se.etablera.config.Config;
import se.etablera.ops.Health;

/**
 * Builds the router from the route table: request log, security headers and CORS for everything; per route a
 * body limit, the gatekeeper (token, rate limit, role) and the handler; one problem renderer for every failure,
 * unknown routes and wrong methods included.
 */
public final class HttpApi {
  private final Router router;

  public HttpApi(Vertx vertx, Config config, Routes routes, Tokens tokens, RateLimiter limiter, Health health) {
    router = Router.router(vertx);
    Problems problems = new Problems(config.http().retryAfterSeconds());
    router.route().handler(new RequestLog());
    router.route().handler(new SecurityHeaders());
    if (!config.http().corsOrigins().isEmpty()) {
      router.route().handler(CorsHandler.create()
          .addOrigins(config.http().corsOrigins())
          .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE))
          .allowedHeaders(Set.of("Authorization", "Content-Type", "Last-Event-ID"))
          .exposedHeaders(Set.of("Location", "Retry-After", "X-Request-Id"))
          .maxAgeSeconds(600));
    }
    router.route("/api/*").handler(ctx -> {
      // Until the indices exist a write could create one with a guessed mapping: refuse politely instead.
      if (!health.isStarted()) {
        ctx.fail(new ApiException.Unavailable("The service is starting; retry shortly."));
      } else {
        ctx.next();
      }
    });
    BodyHandler json = BodyHandler.create(false).setBodyLimit(config.http().bodyLimitBytes());
    BodyHandler bulk = BodyHandler.create(false).setBodyLimit(config.http().bulkBodyLimitBytes());
    for (Endpoint endpoint : routes.endpoints()) {
      if (endpoint.body() == Endpoint.BodyKind.JSON) {
        // Its own route, matched first: a body handler must be the first handler of the route that reads the body.
        router.route(endpoint.method(), endpoint.path()).handler(HttpApi::requireJson);
      }
      Route route = router.route(endpoint.method(), endpoint.path());
      switch (endpoint.body()) {
        case JSON -> route.handler(json);
        case BULK -> route.handler(bulk);
        case NONE -> { }
      }
      route.handler(new Gatekeeper(tokens, limiter, endpoint)).handler(endpoint.handler());
    }
    router.route().failureHandler(problems::handle);
    router.errorHandler(404, problems::handle);
    router.errorHandler(405, problems::handle);
    router.errorHandler(413, problems::handle);
    router.errorHandler(500, problems::handle);
  }

  /**
   * A body sent as a form (curl -d without a content type) would be parsed as form fields and fail obscurely;
   * anything but JSON (or no content type at all) gets a 415 saying what to send.
   */
  static void requireJson(io.vertx.ext.web.RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    String base = type == null ? "" : type.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
    if (base.isEmpty() || base.equals("application/json") || base.endsWith("+json")) {
      ctx.next();
    } else {
      ctx.fail(new ApiException.Plain(415, "Unsupported media type",
          "Send the body as application/json (got " + base + "); with curl add -H 'Content-Type: application/json'"));
    }
  }

  public Router router() {
    return router;
  }
}
