package se.etablera.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.json.JsonData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.etablera.testing.Fixtures;
import se.etablera.testing.TestApp;

/**
 * Re-indexing is the service's job (not every distribution has _reindex): an alias pointing at an older
 * version is moved to a new index holding every document, in one atomic alias action, and the service keeps
 * answering through the alias.
 */
class ReindexTest {

  @Test
  void anOlderIndexIsCopiedIntoTheCurrentVersionAndTheAliasMoves() {
    try (TestApp t = TestApp.start("reindex")) {
      Elastic es = t.es;
      String alias = es.names().alias(IndexNames.OPPORTUNITIES);
      String current = es.names().versioned(IndexNames.OPPORTUNITIES, IndexManager.mappingVersion(IndexNames.OPPORTUNITIES));
      String old = es.names().versioned(IndexNames.OPPORTUNITIES, 0);
      // An installation from before: documents in a v0 index behind the alias (same mapping, older version).
      TestApp.await(es.call(c -> c.indices().delete(d -> d.index(current))));
      TestApp.await(es.call(c -> c.indices().create(r -> r.index(old)
          .withJson(IndexManager.class.getResourceAsStream("/mappings/opportunities.json")))));
      TestApp.await(es.call(c -> c.indices().putAlias(a -> a.index(old).name(alias))));
      BulkRequest.Builder bulk = new BulkRequest.Builder().index(old).refresh(Refresh.True);
      for (int i = 0; i < 2_500; i++) {
        String id = "old-" + i;
        bulk.operations(o -> o.index(x -> x.id(id).document(JsonData.of(Map.of("id", id, "kind", "placement", "title", "Gammal praktik")))));
      }
      TestApp.await(es.call(c -> c.bulk(bulk.build())));

      TestApp.await(new IndexManager(es).ensure(IndexNames.OPPORTUNITIES));

      Map<String, ?> aliases = TestApp.await(es.call(c -> c.indices().getAlias(a -> a.name(alias)))).result();
      assertEquals(java.util.Set.of(current), aliases.keySet(), "the alias moved to the current version");
      TestApp.await(es.call(c -> c.indices().refresh(r -> r.index(current))));
      assertEquals(2_500, TestApp.await(es.call(c -> c.count(n -> n.index(current)))).count(), "every document was copied");
      assertTrue(TestApp.await(es.call(c -> c.indices().exists(e -> e.index(old)))).value(), "the old index stays until someone drops it");
      assertEquals(200, t.http.get("/api/opportunities/old-1234", null).status(), "reads go through the alias to the new index");
      assertEquals(201, t.http.post("/api/placements", t.admin(), Fixtures.placement()).status(), "and writes too");
    }
  }
}
