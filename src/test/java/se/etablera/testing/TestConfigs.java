package se.etablera.testing;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.etablera.config.Config;

/** Configurations for tests: the defaults file plus what a test needs, built as records. */
public final class TestConfigs {
  public static final String SECRET = "test-secret-test-secret-test-secret-0123456789";

  private TestConfigs() {
  }

  /** The defaults (and -Detablera.* from the build, such as the unpacked distribution's home). */
  public static Config base() {
    return Config.load(Map.of(), System.getProperties());
  }

  /** Port 0, a fixed token secret, a unique index prefix, Elasticsearch at {@code esUrl}. */
  public static Config forTest(String name, java.net.URI esUrl) {
    Config b = base();
    String prefix = ("t-" + name + "-" + UUID.randomUUID().toString().substring(0, 6)).toLowerCase(Locale.ROOT);
    Config.Http http = new Config.Http("127.0.0.1", 0, b.http().bodyLimitBytes(), b.http().bulkBodyLimitBytes(),
        b.http().retryAfterSeconds(), b.http().maxPageSize(), b.http().corsOrigins(), 1_000_000);
    Config.Auth auth = new Config.Auth(SECRET, b.auth().secretFile(), b.auth().issuer(), 60,
        Map.of("sydvast", java.util.Set.of("1280", "1287", "1233")));
    return new Config(http, auth, b.elastic().withUrl(esUrl).withIndexPrefix(prefix), b.embedded(), b.applications(), false, b.log());
  }

  public static Config withRateLimit(Config c, int perMinute) {
    Config.Http h = c.http();
    return new Config(new Config.Http(h.host(), h.port(), h.bodyLimitBytes(), h.bulkBodyLimitBytes(), h.retryAfterSeconds(),
        h.maxPageSize(), h.corsOrigins(), perMinute), c.auth(), c.elastic(), c.embedded(), c.applications(), c.demoLoad(), c.log());
  }
}
