package se.etablera.search;

import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.JsonData;
import io.vertx.core.Future;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import se.etablera.common.Json;

/**
 * Creates each index from its body under mappings/ behind its alias, and re-indexes when the mapping's
 * {@code _meta.version} is newer than the index the alias points at. Re-indexing is done here rather than
 * with _reindex (which not every distribution has): point-in-time + search_after pages are bulk-written into
 * the new versioned index, then the alias moves in one atomic action.
 */
public final class IndexManager {
  private static final Logger LOG = Logger.getLogger(IndexManager.class.getName());
  private static final int PAGE = 1000;

  private final Elastic es;

  public IndexManager(Elastic es) {
    this.es = es;
  }

  /** One index per mapping file, in this order. */
  public static final List<String> INDICES = List.of(IndexNames.PROFILES, IndexNames.VALIDATIONS, IndexNames.OPPORTUNITIES,
      IndexNames.CONSENTS, IndexNames.AUDIT, IndexNames.APPLICATIONS, IndexNames.EVENTS,
      IndexNames.ALLOCATIONS);

  public Future<Void> ensureAll(List<String> indices) {
    Future<Void> chain = Future.succeededFuture();
    for (String index : indices) {
      chain = chain.compose(v -> ensure(index));
    }
    return chain;
  }

  /** Creates the index and alias if missing; migrates when the mapping version moved on. */
  public Future<Void> ensure(String index) {
    String alias = es.names().alias(index);
    int wanted = mappingVersion(index);
    return es.call(c -> c.indices().getAlias(a -> a.name(alias)))
        .map(r -> r.result().keySet().stream().findFirst())
        .recover(e -> Elastic.isStatus(e, 404) ? Future.succeededFuture(Optional.<String>empty()) : Future.failedFuture(e))
        .compose(current -> {
          if (current.isEmpty()) {
            return create(index, wanted).compose(v -> es.call(c -> c.indices().putAlias(a -> a.index(es.names().versioned(index, wanted)).name(alias))))
                .mapEmpty();
          }
          int existing = versionOf(current.get());
          if (existing >= wanted) {
            return Future.succeededFuture();
          }
          return migrate(index, current.get(), wanted);
        });
  }

  private Future<Void> create(String index, int version) {
    String name = es.names().versioned(index, version);
    return es.call(c -> c.indices().exists(e -> e.index(name))).compose(exists -> {
      if (exists.value()) {
        return Future.succeededFuture();
      }
      LOG.info(() -> "creating index " + name);
      return es.call(c -> c.indices().create(CreateIndexRequest.of(r -> r.index(name).withJson(mappingStream(index)))))
          .recover(e -> Elastic.isStatus(e, 400) && String.valueOf(e.getMessage()).contains("resource_already_exists")
              ? Future.succeededFuture() : Future.failedFuture(e))
          .mapEmpty();
    });
  }

  private Future<Void> migrate(String index, String from, int version) {
    String to = es.names().versioned(index, version);
    String alias = es.names().alias(index);
    LOG.info(() -> "re-indexing " + from + " into " + to);
    return create(index, version)
        .compose(v -> es.call(c -> c.openPointInTime(p -> p.index(from).keepAlive(Time.of(t -> t.time("2m"))))))
        .compose(pit -> copyPages(pit.id(), to, null)
            .eventually(() -> es.call(c -> c.closePointInTime(p -> p.id(pit.id())))))
        .compose(v -> es.call(c -> c.indices().updateAliases(u -> u
            .actions(a -> a.remove(r -> r.index(from).alias(alias)))
            .actions(a -> a.add(r -> r.index(to).alias(alias))))))
        .mapEmpty();
  }

  private Future<Void> copyPages(String pitId, String to, List<co.elastic.clients.elasticsearch._types.FieldValue> after) {
    return es.call(c -> c.search(s -> {
          s.pit(p -> p.id(pitId).keepAlive(Time.of(t -> t.time("2m")))).size(PAGE).sort(o -> o.field(f -> f.field("_shard_doc")));
          if (after != null) {
            s.searchAfter(after);
          }
          return s;
        }, JsonData.class))
        .compose((SearchResponse<JsonData> page) -> {
          List<Hit<JsonData>> hits = page.hits().hits();
          if (hits.isEmpty()) {
            return Future.succeededFuture();
          }
          BulkRequest.Builder bulk = new BulkRequest.Builder();
          for (Hit<JsonData> hit : hits) {
            bulk.operations(o -> o.index(i -> i.index(to).id(hit.id()).document(hit.source())));
          }
          return es.call(c -> c.bulk(bulk.build()))
              .compose(r -> r.errors() ? Future.failedFuture(new IllegalStateException("re-index into " + to + " failed"))
                  : copyPages(pitId, to, hits.get(hits.size() - 1).sort()));
        });
  }

  /** The version is the suffix of the concrete index name: etablera-profiles-v3 → 3. */
  static int versionOf(String concreteIndex) {
    int at = concreteIndex.lastIndexOf("-v");
    try {
      return at < 0 ? 0 : Integer.parseInt(concreteIndex.substring(at + 2));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @SuppressWarnings("unchecked")
  static int mappingVersion(String index) {
    try (InputStream in = mappingStream(index)) {
      Map<String, Object> body = Json.MAPPER.readValue(in, Map.class);
      Map<String, Object> mappings = (Map<String, Object>) body.get("mappings");
      Map<String, Object> meta = (Map<String, Object>) mappings.get("_meta");
      return ((Number) meta.get("version")).intValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream mappingStream(String index) {
    InputStream in = IndexManager.class.getResourceAsStream("/mappings/" + index + ".json");
    if (in == null) {
      throw new IllegalStateException("no mapping file mappings/" + index + ".json");
    }
    return in;
  }
}
