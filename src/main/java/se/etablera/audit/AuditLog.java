package se.etablera.audit;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.etablera.access.Caller;
import se.etablera.common.Ids;
import se.etablera.search.Documents;
import se.etablera.search.Page;
import se.etablera.search.Queries;

/**
 * The audit log: every read of a full profile (or of data derived from one) and every change, written before the
 * answer is sent. If the entry cannot be written the request fails: personal data is not handed out unaudited.
 */
public final class AuditLog {
  private final Documents<AuditEntry> entries;
  private final Clock clock;

  public AuditLog(Documents<AuditEntry> entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  /** Filters of GET /api/audit. */
  public record Filter(String actor, String action, String targetType, String targetId, Instant from, Instant to) {
  }

  public Future<Void> record(Caller caller, String action, String targetType, String targetId) {
    AuditEntry entry = new AuditEntry(Ids.newId(), clock.instant(), caller.subject(), caller.role().name(), action, targetType, targetId);
    return entries.create(entry.id(), entry, Refresh.False).mapEmpty();
  }

  /** One entry per target, in one bulk request (a list of profiles is a read of each). */
  public Future<Void> recordAll(Caller caller, String action, String targetType, Collection<String> targetIds) {
    if (targetIds.isEmpty()) {
      return Future.succeededFuture();
    }
    Instant at = clock.instant();
    List<AuditEntry> list = new ArrayList<>();
    targetIds.forEach(id -> list.add(new AuditEntry(Ids.newId(), at, caller.subject(), caller.role().name(), action, targetType, id)));
    return entries.bulk(b -> list.forEach(e -> b.operations(o -> o.create(c -> c.id(e.id()).document(e)))), Refresh.False)
        .compose(r -> r.errors() ? Future.failedFuture(new IllegalStateException("audit entries were not all written"))
            : Future.<Void>succeededFuture());
  }

  /** Runs {@code work}, then records the entry for the record it returns; the result waits for the entry. */
  public <T> Future<T> after(Future<T> work, Caller caller, String action, String targetType,
                             java.util.function.Function<T, String> targetId) {
    return work.compose(v -> record(caller, action, targetType, targetId.apply(v)).map(v));
  }

  /**
   * Reads a record, then does {@code work} with it while the entry for the read is written: the result waits for
   * both, so nothing is handed out unaudited, but the entry's write (an fsync in Elasticsearch) is no longer added to
   * the work's time. A read that fails (missing, out of scope) records nothing; work that fails after a successful
   * read leaves the entry for that read.
   */
  public <R, T> Future<T> alongside(Future<R> read, java.util.function.Function<R, Future<T>> work, Caller caller,
                                    String action, String targetType, java.util.function.Function<R, String> targetId) {
    return read.compose(r -> {
      Future<Void> entry = record(caller, action, targetType, targetId.apply(r));
      Future<T> result = work.apply(r);
      return Future.all(entry, result).map(x -> result.result());
    });
  }

  /** Newest first. Refreshes first, so an admin sees entries written a moment ago. */
  public Future<Page<AuditEntry>> search(Filter f, int offset, int limit) {
    List<Query> filters = new ArrayList<>();
    Queries.termIfPresent("actor", f.actor()).ifPresent(filters::add);
    Queries.termIfPresent("action", f.action()).ifPresent(filters::add);
    Queries.termIfPresent("target_type", f.targetType()).ifPresent(filters::add);
    Queries.termIfPresent("target_id", f.targetId()).ifPresent(filters::add);
    if (f.from() != null || f.to() != null) {
      filters.add(Query.of(q -> q.range(r -> r.date(d -> {
        d.field("at");
        if (f.from() != null) {
          d.gte(f.from().toString());
        }
        if (f.to() != null) {
          d.lte(f.to().toString());
        }
        return d;
      }))));
    }
    return entries.refresh().compose(v -> entries.search(Queries.allOf(filters), offset, limit,
        List.of(SortOptions.of(s -> s.field(x -> x.field("at").order(SortOrder.Desc))))));
  }
}
