package se.etablera.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The whole configuration, read once at start-up; tests build these records directly. */
public record Config(Http http, Auth auth, Elastic elastic, Embedded embedded, Applications applications, boolean demoLoad, Log log) {

  public record Http(String host, int port, int bodyLimitBytes, int bulkBodyLimitBytes, int retryAfterSeconds,
                     int maxPageSize, List<String> corsOrigins, int rateLimitPerMinute) {
  }

  /**
   * Token checking. {@code secret} is empty when it comes from {@code secretFile}; cooperation areas map an
   * area name to its municipality codes.
   */
  public record Auth(String secret, Path secretFile, String issuer, int tokenMinutes,
                     Map<String, java.util.Set<String>> cooperationAreas) {
  }

  /** Where Elasticsearch is; a null url means: start the embedded one. */
  public record Elastic(URI url, String apiKey, String username, String password, String indexPrefix,
                        int requestTimeoutMs) {
    public boolean embedded() {
      return url == null;
    }

    public Elastic withUrl(URI newUrl) {
      return new Elastic(newUrl, apiKey, username, password, indexPrefix, requestTimeoutMs);
    }

    public Elastic withIndexPrefix(String prefix) {
      return new Elastic(url, apiKey, username, password, prefix, requestTimeoutMs);
    }
  }

  /**
   * The embedded node. Empty home and data dir are resolved by the launcher (they depend on where the
   * jar is and on whether we run as root).
   */
  public record Embedded(String home, String dataDir, Path runtimeDir, int uid, int gid, int httpPort,
                         int transportPort, String heap, int startupTimeoutSeconds) {
  }

  /** Offer window, follow-up delay and how often expired offers are swept. */
  public record Applications(int offerWindowDays, int followUpDays, int expirySweepSeconds) {
  }

  public enum LogFormat { JSON, TEXT }

  public record Log(LogFormat format, String level) {
  }

  public static Config load() {
    return from(Settings.load(System.getenv(), System.getProperties()));
  }

  public static Config load(Map<String, String> env, Properties systemProperties) {
    return from(Settings.load(env, systemProperties));
  }

  static Config from(Settings s) {
    Http http = new Http(
        s.string("http.host"),
        s.integer("http.port", 0, 65535),
        s.integer("http.body-limit-bytes", 1024, Integer.MAX_VALUE),
        s.integer("http.bulk-body-limit-bytes", 1024, Integer.MAX_VALUE),
        s.integer("http.retry-after-seconds", 1, 3600),
        s.integer("http.max-page-size", 1, 10_000),
        s.list("http.cors-origins"),
        s.integer("http.rate-limit-per-minute", 1, 1_000_000));
    String secret = s.string("auth.jwt-secret");
    if (!secret.isEmpty() && secret.length() < 32) {
      s.problem("auth.jwt-secret", "must be at least 32 characters");
    }
    Auth auth = new Auth(
        secret,
        Path.of(s.string("auth.secret-file")),
        s.string("auth.issuer"),
        s.integer("auth.token-minutes", 1, 60 * 24 * 365),
        cooperationAreas(s));
    String prefix = s.string("elasticsearch.index-prefix");
    if (!prefix.matches("[a-z0-9][a-z0-9_-]{0,40}")) {
      s.problem("elasticsearch.index-prefix", "must be lower-case letters, digits, '-' or '_' (at most 41)");
    }
    Elastic elastic = new Elastic(
        s.optionalUrl("elasticsearch.url"),
        s.string("elasticsearch.api-key"),
        s.string("elasticsearch.username"),
        s.string("elasticsearch.password"),
        prefix,
        s.integer("elasticsearch.request-timeout-ms", 100, 600_000));
    Embedded embedded = new Embedded(
        s.string("embedded.home"),
        s.string("embedded.data-dir"),
        Path.of(s.string("embedded.runtime-dir")),
        s.integer("embedded.uid", 1, Integer.MAX_VALUE),
        s.integer("embedded.gid", 1, Integer.MAX_VALUE),
        s.integer("embedded.http-port", 0, 65535),
        s.integer("embedded.transport-port", 0, 65535),
        s.memorySize("embedded.heap"),
        s.integer("embedded.startup-timeout-seconds", 10, 3600));
    Applications applications = new Applications(
        s.integer("applications.offer-window-days", 1, 365),
        s.integer("applications.follow-up-days", 1, 3650),
        s.integer("applications.expiry-sweep-seconds", 1, 86_400));
    boolean demo = s.bool("demo.load");
    Log log = new Log(s.oneOf("log.format", LogFormat.class), logLevel(s));
    s.failOnProblems();
    return new Config(http, auth, elastic, embedded, applications, demo, log);
  }

  /** "name=1280,1287;other=1291,1266": each area once, 4-digit municipality codes. */
  static Map<String, java.util.Set<String>> cooperationAreas(Settings s) {
    String raw = s.string("auth.cooperation-areas");
    Map<String, java.util.Set<String>> areas = new java.util.TreeMap<>();
    if (raw.isBlank()) {
      return areas;
    }
    for (String area : raw.split(";")) {
      String[] parts = area.split("=", 2);
      java.util.Set<String> codes = new java.util.TreeSet<>();
      if (parts.length == 2) {
        for (String code : parts[1].split(",")) {
          codes.add(code.trim());
        }
      }
      if (parts.length != 2 || parts[0].isBlank() || codes.stream().anyMatch(c -> !c.matches("[0-9]{4}"))) {
        s.problem("auth.cooperation-areas", "has '" + area + "': each area must look like name=1280,1287 (4-digit municipality codes)");
      } else if (areas.put(parts[0].trim(), java.util.Set.copyOf(codes)) != null) {
        s.problem("auth.cooperation-areas", "names the area '" + parts[0].trim() + "' twice");
      }
    }
    return areas;
  }

  private static final List<String> LOG_LEVELS = List.of("SEVERE", "WARNING", "INFO", "CONFIG", "FINE", "FINER", "FINEST", "ALL", "OFF");

  private static String logLevel(Settings s) {
    String level = s.string("log.level").toUpperCase(java.util.Locale.ROOT);
    if (!LOG_LEVELS.contains(level)) {
      s.problem("log.level", "must be one of " + String.join(", ", LOG_LEVELS));
      return "INFO";
    }
    return level;
  }
}
