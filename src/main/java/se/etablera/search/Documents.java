package se.etablera.search;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads and writes one kind of record in one index through its alias. The record is the document.
 * Writes that later reads in the same request depend on pass {@link Refresh#WaitFor}.
 */
public final class Documents<T> {
  private final Elastic es;
  private final String alias;
  private final Class<T> type;

  public Documents(Elastic es, String index, Class<T> type) {
    this.es = es;
    this.alias = es.names().alias(index);
    this.type = type;
  }

  public io.vertx.core.Vertx vertx() {
    return es.vertx();
  }

  /** Real-time get by id (no refresh needed). */
  public Future<Optional<Versioned<T>>> get(String id) {
    return es.call(c -> c.get(g -> g.index(alias).id(id), type))
        .map(r -> r.found() ? Optional.of(new Versioned<>(r.source(), r.seqNo(), r.primaryTerm())) : Optional.empty());
  }

  /** Creates or replaces. */
  public Future<Versioned<T>> put(String id, T document, Refresh refresh) {
    return es.call(c -> c.index(i -> i.index(alias).id(id).document(document).refresh(refresh)))
        .map(r -> new Versioned<>(document, r.seqNo(), r.primaryTerm()));
  }

  /** Replaces only if nobody wrote in between; a stale version fails with a 409 from Elasticsearch. */
  public Future<Versioned<T>> putIfUnchanged(String id, T document, long seqNo, long primaryTerm, Refresh refresh) {
    return es.call(c -> c.index(i -> i.index(alias).id(id).document(document).refresh(refresh)
            .ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)))
        .map(r -> new Versioned<>(document, r.seqNo(), r.primaryTerm()));
  }

  /** Creates only if the id is free; an existing id fails with a 409 from Elasticsearch. */
  public Future<Versioned<T>> create(String id, T document, Refresh refresh) {
    return es.call(c -> c.create(i -> i.index(alias).id(id).document(document).refresh(refresh)))
        .map(r -> new Versioned<>(document, r.seqNo(), r.primaryTerm()));
  }

  /** True when something was deleted. */
  public Future<Boolean> delete(String id, Refresh refresh) {
    return es.call(c -> c.delete(d -> d.index(alias).id(id).refresh(refresh)))
        .map(r -> r.result() == Result.Deleted);
  }

  /** A page of matches in a stable order: the given sort, then id. */
  public Future<Page<T>> search(Query query, int offset, int limit, List<SortOptions> sort) {
    return es.call(c -> c.search(s -> s.index(alias).query(query).from(offset).size(limit).trackTotalHits(t -> t.enabled(true))
            .sort(sort).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), type))
        .map(r -> new Page<>(r.hits().hits().stream().map(Hit::source).toList(),
            r.hits().total() == null ? r.hits().hits().size() : r.hits().total().value(), offset, limit));
  }

  /**
   * Several searches in one round trip (_msearch), each with its own size; returns the hits of each, in order,
   * without the fields named in {@code excludes}. A failed search fails the whole call.
   */
  public Future<List<List<T>>> multiSearch(List<Query> queries, List<Integer> sizes, List<String> excludes) {
    MsearchRequest request = multiSearchRequest(alias, queries, sizes, excludes);
    return es.call(c -> c.msearch(request, type))
        .compose(r -> {
          List<List<T>> out = new java.util.ArrayList<>();
          for (var item : r.responses()) {
            if (item.isFailure()) {
              return Future.failedFuture(new IllegalStateException("search failed: " + item.failure().error().type()));
            }
            out.add(item.result().hits().hits().stream().map(Hit::source).toList());
          }
          return Future.succeededFuture(out);
        });
  }

  /** The request {@link #multiSearch} sends; public so the benchmark can time the very same body against Elasticsearch. */
  public static MsearchRequest multiSearchRequest(String index, List<Query> queries, List<Integer> sizes, List<String> excludes) {
    return MsearchRequest.of(m -> {
      for (int i = 0; i < queries.size(); i++) {
        Query query = queries.get(i);
        int size = sizes.get(i);
        m.searches(s -> s.header(h -> h.index(index)).body(b -> b.query(query).size(size)
            .source(src -> src.filter(f -> f.excludes(excludes)))));
      }
      return m;
    });
  }

  /** Every match up to {@code max}, in id order: for small sets such as one profile's validations. */
  public Future<List<T>> all(Query query, int max) {
    return search(query, 0, max, List.of()).map(Page::items);
  }

  /** Ids of matches up to {@code max}. */
  public Future<List<String>> ids(Query query, int max) {
    return es.call(c -> c.search(s -> s.index(alias).query(query).size(max).source(src -> src.fetch(false)), type))
        .map(r -> r.hits().hits().stream().map(Hit::id).toList());
  }

  /** One _bulk request against this index; the caller reads per-item results. */
  public Future<BulkResponse> bulk(Consumer<BulkRequest.Builder> operations, Refresh refresh) {
    BulkRequest.Builder builder = new BulkRequest.Builder().index(alias).refresh(refresh);
    operations.accept(builder);
    return es.call(c -> c.bulk(builder.build()));
  }

  public Future<Long> count() {
    return es.call(c -> c.count(n -> n.index(alias))).map(r -> r.count());
  }

  /** How many matches have each value of a keyword field (missing values under "unknown"). */
  public Future<java.util.Map<String, Long>> countBy(Query query, String field) {
    return es.call(c -> c.search(s -> s.index(alias).query(query).size(0)
            .aggregations("by", a -> a.terms(t -> t.field(field).missing("unknown").size(100))), type))
        .map(r -> {
          java.util.Map<String, Long> out = new java.util.TreeMap<>();
          r.aggregations().get("by").sterms().buckets().array().forEach(b -> out.put(b.key().stringValue(), b.docCount()));
          return out;
        });
  }

  /** Makes every write so far visible to search (after a bulk written without refresh). */
  public Future<Void> refresh() {
    return es.call(c -> c.indices().refresh(r -> r.index(alias))).mapEmpty();
  }
}
