package se.etablera.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import se.etablera.access.Caller;
import se.etablera.access.RateLimiter;
import se.etablera.access.Role;
import se.etablera.access.Tokens;
import se.etablera.common.ApiException;

/**
 * Authentication, rate limit and role check for one route. A public route takes an optional token (so a
 * newcomer browsing offers is still rate-limited as themselves); any other route needs a valid bearer token
 * whose role the route admits.
 */
final class Gatekeeper implements Handler<RoutingContext> {
  private final Tokens tokens;
  private final RateLimiter limiter;
  private final Set<Role> roles;
  private final String route;

  Gatekeeper(Tokens tokens, RateLimiter limiter, Endpoint endpoint) {
    this.tokens = tokens;
    this.limiter = limiter;
    this.roles = endpoint.roles();
    this.route = endpoint.path();
  }

  @Override
  public void handle(RoutingContext ctx) {
    ctx.put(RequestLog.ROUTE, route);
    String header = ctx.request().getHeader("Authorization");
    String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    if (token == null || token.isEmpty()) {
      if (!roles.isEmpty()) {
        ctx.fail(new ApiException.Unauthorized(header == null ? "A bearer token is required"
            : "The Authorization header must be 'Bearer <token>'"));
        return;
      }
      if (limit(ctx, "ip:" + ctx.request().remoteAddress().hostAddress())) {
        ctx.next();
      }
      return;
    }
    tokens.verify(token).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
        return;
      }
      Caller caller = ar.result();
      if (!roles.isEmpty() && !roles.contains(caller.role())) {
        ctx.fail(new ApiException.Forbidden("This route is not open to the " + caller.role() + " role"));
        return;
      }
      ctx.put(Web.CALLER, caller);
      if (limit(ctx, caller.role() + ":" + caller.subject())) {
        ctx.next();
      }
    });
  }

  private boolean limit(RoutingContext ctx, String key) {
    int wait = limiter.acquire(key);
    if (wait > 0) {
      ctx.fail(new ApiException.TooManyRequests(wait));
      return false;
    }
    return true;
  }
}
