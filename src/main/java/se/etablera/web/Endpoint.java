package se.etablera.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.EnumSet;
import java.util.Set;
import se.etablera.access.Role;

/**
 * One row of the route table: method, path, the roles admitted (empty: public, no personal data), the
 * handler, and a body limit for methods that take one. Tests walk this table, so a new route is covered by
 * the access matrix the day it is added.
 */
public record Endpoint(HttpMethod method, String path, Set<Role> roles, Handler<RoutingContext> handler, BodyKind body) {

  /** How large a body the route takes. */
  public enum BodyKind { NONE, JSON, BULK }

  public boolean isPublic() {
    return roles.isEmpty();
  }

  public static Set<Role> roles(Role... roles) {
    return roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(roles[0], roles));
  }

  public static final Set<Role> PUBLIC = Set.of();
  public static final Set<Role> ANY_ROLE = Set.copyOf(EnumSet.allOf(Role.class));
}
