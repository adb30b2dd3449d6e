package se.etablera.consent;

import io.vertx.ext.web.RoutingContext;
import se.etablera.web.Web;

/** HTTP handlers for /api/profiles/:id/consents. */
public final class ConsentHandlers {
  private final ConsentService service;
  private final int maxPageSize;

  public ConsentHandlers(ConsentService service, int maxPageSize) {
    this.service = service;
    this.maxPageSize = maxPageSize;
  }

  public void grant(RoutingContext ctx) {
    String profileId = ctx.pathParam("id");
    Web.respond(ctx, service.grant(Web.caller(ctx), profileId, Web.body(ctx)),
        (c, consent) -> Web.created(c, "/api/profiles/" + profileId + "/consents/" + consent.id(), consent));
  }

  public void list(RoutingContext ctx) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    Web.respond(ctx, service.list(Web.caller(ctx), ctx.pathParam("id"), paging.offset(), paging.limit()), Web::page);
  }

  public void revoke(RoutingContext ctx) {
    Web.respond(ctx, service.revoke(Web.caller(ctx), ctx.pathParam("id"), ctx.pathParam("consentId")), Web::ok);
  }
}
