package se.etablera.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import se.etablera.config.Config;
import se.etablera.search.EmbeddedElasticsearch;

/**
 * The one Elasticsearch of a test run: the cluster named by ETABLERA_TEST_ELASTICSEARCH_URL, or else an
 * embedded node started by the service's own launcher on first use, with a fresh data folder, stopped when
 * the test JVM exits. Test classes share it and keep apart by index prefix.
 */
public final class TestElasticsearch {
  private static URI url;
  private static EmbeddedElasticsearch node;

  private TestElasticsearch() {
  }

  public static synchronized URI url() {
    if (url != null) {
      return url;
    }
    String external = System.getenv("ETABLERA_TEST_ELASTICSEARCH_URL");
    if (external != null && !external.isBlank()) {
      url = URI.create(external);
      return url;
    }
    try {
      Path data = Files.createTempDirectory("etablera-test-es");
      Config.Embedded base = TestConfigs.base().embedded();
      Config.Embedded embedded = new Config.Embedded(base.home(), data.toString(), base.runtimeDir(), base.uid(), base.gid(),
          0, 0, "512m", base.startupTimeoutSeconds());
      node = EmbeddedElasticsearch.start(embedded, true);
      url = node.url();
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The embedded node, started if this run has none yet (restart tests need it); empty against an external cluster. */
  public static Optional<EmbeddedElasticsearch> node() {
    url();
    return Optional.ofNullable(node);
  }

  /** The embedded node if one was started by this run, without starting one. */
  public static synchronized Optional<EmbeddedElasticsearch> startedNode() {
    return Optional.ofNullable(node);
  }
}
