package se.etablera.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers for anything a browser may load: no sniffing, no framing, no referrer, and API answers (which may
 * hold personal data) never cached.
 */
public final class SecurityHeaders implements Handler<RoutingContext> {
  @Override
  public void handle(RoutingContext ctx) {
    ctx.response().headers()
        .set("X-Content-Type-Options", "nosniff")
        .set("X-Frame-Options", "DENY")
        .set("Referrer-Policy", "no-referrer")
        .set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
        .set("Strict-Transport-Security", "max-age=31536000")
        .set("Cache-Control", "no-store");
    ctx.next();
  }
}
