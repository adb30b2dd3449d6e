package se.etablera.allocation;

import io.vertx.ext.web.RoutingContext;
import se.etablera.access.Caller;
import se.etablera.audit.AuditLog;
import se.etablera.web.Web;

/** HTTP handlers for /api/allocations (coaches). */
public final class AllocationHandlers {
  private final AllocationService service;
  private final AuditLog audit;

  public AllocationHandlers(AllocationService service, AuditLog audit) {
    this.service = service;
    this.audit = audit;
  }

  public void propose(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.propose(caller, Web.body(ctx)), caller, "allocation.propose", "allocation",
        AllocationProposal::id), (c, p) -> Web.created(c, "/api/allocations/" + p.id(), p));
  }

  public void get(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.get(caller, ctx.pathParam("id")), caller, "allocation.read", "allocation",
        AllocationProposal::id), Web::ok);
  }

  public void confirm(RoutingContext ctx) {
    Caller caller = Web.caller(ctx);
    Web.respond(ctx, audit.after(service.confirm(caller, ctx.pathParam("id")), caller, "allocation.confirm", "allocation",
        AllocationProposal::id), Web::ok);
  }
}
