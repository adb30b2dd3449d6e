package se.etablera.consent;

import io.vertx.ext.web.RoutingContext;
import se.etablera.access.Caller;
import se.etablera.audit.AuditLog;
import se.etablera.web.Web;

/** HTTP handlers for /api/profiles/:id/consents. */
public final class ConsentHandlers {
  private final ConsentService service;
  private final AuditLog audit;
  private final int maxPageSize;

  public ConsentHandlers(ConsentService service, AuditLog audit, int maxPageSize) {
    this.service = service;
    this.audit = audit;
    this.maxPageSize = maxPageSize;
  }

  public void grant(RoutingContext ctx) {
    String profileId = ctx.pathParam("id");
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.grant(caller, profileId, Web.body(ctx)), caller, "consent.grant", "consent", Consent::id),
        (c, consent) -> Web.created(c, "/api/profiles/" + profileId + "/consents/" + consent.id(), consent));
  }

  public void list(RoutingContext ctx) {
    Web.Paging paging = Web.paging(ctx, maxPageSize);
    String profileId = ctx.pathParam("id");
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.list(caller, profileId, paging.offset(), paging.limit()), caller, "consent.read",
        "profile", page -> profileId), Web::page);
  }

  public void revoke(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.revoke(caller, ctx.pathParam("id"), ctx.pathParam("consentId")), caller,
        "consent.revoke", "consent", Consent::id), Web::ok);
  }
}
