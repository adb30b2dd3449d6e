package se.etablera.application;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import se.etablera.common.Json;
import se.etablera.search.Documents;
import se.etablera.search.Queries;

/**
 * Status changes, stored (so a closed stream resumes without loss and the polling endpoint answers from any
 * instance) and published on the event bus (so open streams of this instance see them at once).
 *
 * <p>Ids are the write time in microseconds, made strictly increasing within the instance, plus a random
 * suffix: they sort in write order. Across several instances, clocks decide the order.
 */
public final class EventLog {
  static final String PROFILE_ADDRESS = "etablera.events.profile.";
  static final String OPENING_ADDRESS = "etablera.events.opening.";

  private final Documents<StatusEvent> events;
  private final Vertx vertx;
  private final Clock clock;
  private final AtomicLong last = new AtomicLong();

  public EventLog(Documents<StatusEvent> events, Vertx vertx, Clock clock) {
    this.events = events;
    this.vertx = vertx;
    this.clock = clock;
  }

  /** Stores the change (visible to polling at once), then publishes it. */
  public Future<StatusEvent> append(Application before, Application after) {
    StatusEvent e = new StatusEvent(nextId(), clock.instant(), after.id(), after.profileId(), after.opportunityId(),
        after.organisationNumber(), after.municipality() == null ? null : after.municipality().id(), after.kind().name(),
        before == null ? null : before.status().name(), after.status().name(), after.combinationId());
    return events.create(e.id(), e, Refresh.WaitFor).map(v -> {
      String json = Json.encodeToString(e);
      if (e.profileId() != null) {
        vertx.eventBus().publish(PROFILE_ADDRESS + e.profileId(), json);
      }
      vertx.eventBus().publish(OPENING_ADDRESS + e.opportunityId(), json);
      return e;
    });
  }

  /** Events of a profile or opening after {@code afterId} (all when null), oldest first. */
  public Future<List<StatusEvent>> after(String field, String value, String afterId, List<Query> scope, int limit) {
    List<Query> filters = new ArrayList<>(scope);
    filters.add(Queries.term(field, value));
    if (afterId != null) {
      filters.add(Query.of(q -> q.range(r -> r.term(t -> t.field("id").gt(afterId)))));
    }
    return events.search(Queries.allOf(filters), 0, limit, List.of(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))))
        .map(page -> page.items());
  }

  /** Erasure: events name the profile, so they go. */
  public Future<Void> deleteAllOf(String profileId) {
    return events.ids(Queries.term("profile_id", profileId), 10_000)
        .compose(ids -> ids.isEmpty() ? Future.succeededFuture()
            : events.bulk(b -> ids.forEach(id -> b.operations(o -> o.delete(d -> d.id(id)))), Refresh.True).mapEmpty());
  }

  private String nextId() {
    long micros = clock.instant().toEpochMilli() * 1000;
    long id = last.updateAndGet(prev -> Math.max(prev + 1, micros));
    return String.format("%017d-%04x", id, ThreadLocalRandom.current().nextInt(0x10000));
  }
}
