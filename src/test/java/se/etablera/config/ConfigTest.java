package se.etablera.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Configuration: defaults file, then ETABLERA_CONFIG_FILE, then -Detablera.*, then ETABLERA_* variables. Every
 * test passes its own environment and an empty property set, so the build's own -Detablera.* values (set by
 * Surefire) never leak in.
 */
class ConfigTest {
  private static final String SECRET_32 = "0123456789abcdef0123456789abcdef";

  private static Config load(Map<String, String> env) {
    return Config.load(env, new Properties());
  }

  private static Properties properties(String... keyValues) {
    Properties p = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }

  private static ConfigException loadFails(Map<String, String> env) {
    return assertThrows(ConfigException.class, () -> load(env));
  }

  /** Each key of the defaults file and where its typed value lands in {@link Config}. */
  private static Map<String, Function<Config, Object>> typedValueOfEachKey() {
    Map<String, Function<Config, Object>> m = new LinkedHashMap<>();
    m.put("http.host", c -> c.http().host());
    m.put("http.port", c -> c.http().port());
    m.put("http.body-limit-bytes", c -> c.http().bodyLimitBytes());
    m.put("http.bulk-body-limit-bytes", c -> c.http().bulkBodyLimitBytes());
    m.put("http.retry-after-seconds", c -> c.http().retryAfterSeconds());
    m.put("http.max-page-size", c -> c.http().maxPageSize());
    m.put("http.cors-origins", c -> c.http().corsOrigins());
    m.put("http.rate-limit-per-minute", c -> c.http().rateLimitPerMinute());
    m.put("auth.jwt-secret", c -> c.auth().secret());
    m.put("auth.secret-file", c -> c.auth().secretFile());
    m.put("auth.issuer", c -> c.auth().issuer());
    m.put("auth.token-minutes", c -> c.auth().tokenMinutes());
    m.put("auth.cooperation-areas", c -> c.auth().cooperationAreas());
    m.put("elasticsearch.url", c -> c.elastic().url() == null ? "" : c.elastic().url());
    m.put("elasticsearch.api-key", c -> c.elastic().apiKey());
    m.put("elasticsearch.username", c -> c.elastic().username());
    m.put("elasticsearch.password", c -> c.elastic().password());
    m.put("elasticsearch.index-prefix", c -> c.elastic().indexPrefix());
    m.put("elasticsearch.request-timeout-ms", c -> c.elastic().requestTimeoutMs());
    m.put("embedded.home", c -> c.embedded().home());
    m.put("embedded.data-dir", c -> c.embedded().dataDir());
    m.put("embedded.runtime-dir", c -> c.embedded().runtimeDir());
    m.put("embedded.uid", c -> c.embedded().uid());
    m.put("embedded.gid", c -> c.embedded().gid());
    m.put("embedded.http-port", c -> c.embedded().httpPort());
    m.put("embedded.transport-port", c -> c.embedded().transportPort());
    m.put("embedded.heap", c -> c.embedded().heap());
    m.put("embedded.startup-timeout-seconds", c -> c.embedded().startupTimeoutSeconds());
    m.put("applications.offer-window-days", c -> c.applications().offerWindowDays());
    m.put("applications.follow-up-days", c -> c.applications().followUpDays());
    m.put("applications.expiry-sweep-seconds", c -> c.applications().expirySweepSeconds());
    m.put("demo.load", Config::demoLoad);
    m.put("log.format", c -> c.log().format());
    m.put("log.level", c -> c.log().level());
    return m;
  }

  @Test
  void everyKeyOfTheDefaultsFileHasATypedValueInConfig() {
    assertEquals(Settings.defaults().keySet(), typedValueOfEachKey().keySet(),
        "a key in config/etablera.properties without a place in Config (or the other way round)");
  }

  @Test
  void defaultsLoadIntoTypedValues() {
    Config c = load(Map.of());
    assertAll(
        () -> assertEquals("127.0.0.1", c.http().host()),
        () -> assertEquals(8080, c.http().port()),
        () -> assertEquals(1_048_576, c.http().bodyLimitBytes()),
        () -> assertEquals(33_554_432, c.http().bulkBodyLimitBytes()),
        () -> assertEquals(5, c.http().retryAfterSeconds()),
        () -> assertEquals(100, c.http().maxPageSize()),
        () -> assertEquals(List.of(), c.http().corsOrigins()),
        () -> assertEquals(600, c.http().rateLimitPerMinute()),
        () -> assertEquals("", c.auth().secret()),
        () -> assertEquals(Path.of("data/jwt-secret"), c.auth().secretFile()),
        () -> assertEquals("etablera", c.auth().issuer()),
        () -> assertEquals(480, c.auth().tokenMinutes()),
        () -> assertEquals(Map.of(), c.auth().cooperationAreas()),
        () -> assertNull(c.elastic().url()),
        () -> assertTrue(c.elastic().embedded(), "no URL means: start the embedded Elasticsearch"),
        () -> assertEquals("etablera", c.elastic().indexPrefix()),
        () -> assertEquals(15_000, c.elastic().requestTimeoutMs()),
        () -> assertEquals("", c.embedded().home()),
        () -> assertEquals(Path.of("/var/lib/etablera"), c.embedded().runtimeDir()),
        () -> assertEquals(65534, c.embedded().uid()),
        () -> assertEquals(65534, c.embedded().gid()),
        () -> assertEquals(0, c.embedded().httpPort()),
        () -> assertEquals("512m", c.embedded().heap()),
        () -> assertEquals(180, c.embedded().startupTimeoutSeconds()),
        () -> assertFalse(c.demoLoad()),
        () -> assertEquals(Config.LogFormat.JSON, c.log().format()),
        () -> assertEquals("INFO", c.log().level()));
  }

  static Stream<Arguments> overrides() {
    return Stream.of(
        Arguments.of("http.port", "9090", 9090),
        Arguments.of("http.cors-origins", "https://a.example, https://b.example,", List.of("https://a.example", "https://b.example")),
        Arguments.of("elasticsearch.url", "https://es.example:9243", URI.create("https://es.example:9243")),
        Arguments.of("elasticsearch.index-prefix", "t-unit_1", "t-unit_1"),
        Arguments.of("embedded.heap", "2G", "2g"),
        Arguments.of("demo.load", "yes", true),
        Arguments.of("log.format", "TEXT", Config.LogFormat.TEXT),
        Arguments.of("log.level", "fine", "FINE"),
        Arguments.of("auth.jwt-secret", SECRET_32, SECRET_32));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("overrides")
  void anEnvironmentVariableOverridesTheDefault(String key, String raw, Object expected) {
    Config c = load(Map.of(Settings.envName(key), raw));
    assertEquals(expected, typedValueOfEachKey().get(key).apply(c));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("overrides")
  void aSystemPropertyOverridesTheDefault(String key, String raw, Object expected) {
    Config c = Config.load(Map.of(), properties("etablera." + key, raw));
    assertEquals(expected, typedValueOfEachKey().get(key).apply(c));
  }

  @ParameterizedTest
  @CsvSource({
      "http.port, ETABLERA_HTTP_PORT",
      "http.body-limit-bytes, ETABLERA_HTTP_BODY_LIMIT_BYTES",
      "elasticsearch.index-prefix, ETABLERA_ELASTICSEARCH_INDEX_PREFIX",
      "auth.jwt-secret, ETABLERA_AUTH_JWT_SECRET"})
  void theEnvironmentVariableNameIsTheKeyInUpperCaseWithUnderscores(String key, String env) {
    assertEquals(env, Settings.envName(key));
  }

  @Test
  void theEnvironmentBeatsASystemProperty() {
    Config c = Config.load(Map.of("ETABLERA_HTTP_PORT", "9090"), properties("etablera.http.port", "9191"));
    assertEquals(9090, c.http().port());
  }

  @Test
  void valuesAreTrimmed() {
    assertEquals(9090, load(Map.of("ETABLERA_HTTP_PORT", " 9090 ")).http().port());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "http.port                  | abc        | must be a whole number",
      "http.port                  | 70000      | must be between 0 and 65535",
      "http.port                  | -1         | must be between 0 and 65535",
      "http.max-page-size         | 0          | must be between 1 and 10000",
      "embedded.heap              | lots       | must be a size such as 512m or 1g",
      "embedded.heap              | 0m         | must be a size such as 512m or 1g",
      "log.format                 | xml        | must be one of [json, text]",
      "demo.load                  | maybe      | must be true or false",
      "elasticsearch.url          | ftp://x    | must be an http:// or https:// URL with a host",
      "elasticsearch.url          | http://    | ",
      "elasticsearch.url          | http://a b | is not a URL",
      "elasticsearch.index-prefix | UPPER      | must be lower-case letters, digits, '-' or '_'",
      "elasticsearch.index-prefix | -leading   | must be lower-case letters, digits, '-' or '_'",
      "auth.jwt-secret            | too-short  | must be at least 32 characters",
      "auth.cooperation-areas     | sydvast    | must look like name=1280,1287",
      "auth.cooperation-areas     | =1280      | must look like name=1280,1287",
      "auth.cooperation-areas     | sydvast=12 | must look like name=1280,1287",
      "auth.cooperation-areas     | sydvast=   | must look like name=1280,1287",
      "auth.cooperation-areas     | s=1280,x   | must look like name=1280,1287",
      "log.level                  | loud       | must be one of SEVERE, WARNING, INFO"})
  void aBadValueStopsStartUpWithAMessageNamingTheKeyAndItsVariable(String key, String raw, String why) {
    ConfigException e = loadFails(Map.of(Settings.envName(key), raw));
    assertTrue(e.getMessage().contains(key), e.getMessage());
    assertTrue(e.getMessage().contains(Settings.envName(key)), e.getMessage());
    if (why != null) {
      assertTrue(e.getMessage().contains(why), e.getMessage());
    }
  }

  @Test
  void theSecretIsNotEchoedInTheMessage() {
    ConfigException e = loadFails(Map.of("ETABLERA_AUTH_JWT_SECRET", "hunter2-hunter2"));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void aBadValueNamesWhereItCameFrom() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> Config.load(Map.of(), properties("etablera.http.port", "abc")));
    assertTrue(e.getMessage().contains("http.port = 'abc' (from -Detablera.http.port, env ETABLERA_HTTP_PORT)"), e.getMessage());
  }

  @Test
  void severalBadValuesAreReportedAtOnce() {
    ConfigException e = loadFails(Map.of(
        "ETABLERA_HTTP_PORT", "abc",
        "ETABLERA_EMBEDDED_HEAP", "lots",
        "ETABLERA_LOG_FORMAT", "xml",
        "ETABLERA_DEMO_LOAD", "maybe",
        "ETABLERA_ELASTICSEARCH_URL", "ftp://x"));
    for (String env : List.of("ETABLERA_HTTP_PORT", "ETABLERA_EMBEDDED_HEAP", "ETABLERA_LOG_FORMAT", "ETABLERA_DEMO_LOAD",
        "ETABLERA_ELASTICSEARCH_URL")) {
      assertTrue(e.getMessage().contains(env), env + " missing from: " + e.getMessage());
    }
    assertEquals(6, e.getMessage().split("\n").length, "a heading and one line per bad value: " + e.getMessage());
  }

  @Test
  void aBadIndexPrefixIsReportedTogetherWithTheBadValuesBeforeIt() {
    ConfigException e = loadFails(Map.of("ETABLERA_HTTP_PORT", "abc", "ETABLERA_ELASTICSEARCH_INDEX_PREFIX", "UPPER"));
    assertTrue(e.getMessage().contains("ETABLERA_HTTP_PORT"), e.getMessage());
  }

  @Test
  void aShortSecretIsReportedTogetherWithOtherBadValues() {
    ConfigException e = loadFails(Map.of("ETABLERA_HTTP_PORT", "abc", "ETABLERA_AUTH_JWT_SECRET", "short"));
    assertTrue(e.getMessage().contains("ETABLERA_HTTP_PORT"), e.getMessage());
    assertTrue(e.getMessage().contains("ETABLERA_AUTH_JWT_SECRET"), e.getMessage());
  }

  @Test
  void aConfigFileOverridesDefaultsAndIsOverriddenByTheEnvironment(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("etablera.properties");
    Files.writeString(file, "http.port=7070\nelasticsearch.index-prefix=fromfile\nlog.format=text\n");
    Config c = load(Map.of("ETABLERA_CONFIG_FILE", file.toString(), "ETABLERA_LOG_FORMAT", "json"));
    assertEquals(7070, c.http().port());
    assertEquals("fromfile", c.elastic().indexPrefix());
    assertEquals(Config.LogFormat.JSON, c.log().format(), "the environment beats the file");
  }

  @Test
  void aSystemPropertyBeatsTheConfigFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("etablera.properties");
    Files.writeString(file, "http.port=7070\n");
    Config c = Config.load(Map.of("ETABLERA_CONFIG_FILE", file.toString()), properties("etablera.http.port", "7171"));
    assertEquals(7171, c.http().port());
  }

  @Test
  void aBadValueFromTheConfigFileNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("etablera.properties");
    Files.writeString(file, "http.port=abc\n");
    ConfigException e = loadFails(Map.of("ETABLERA_CONFIG_FILE", file.toString()));
    assertTrue(e.getMessage().contains("from " + file), e.getMessage());
  }

  @Test
  void anUnknownKeyInTheConfigFileIsAnError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("etablera.properties");
    Files.writeString(file, "http.port=7070\nhttp.prot=7071\n");
    ConfigException e = loadFails(Map.of("ETABLERA_CONFIG_FILE", file.toString()));
    assertTrue(e.getMessage().contains("'http.prot'"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void aMissingConfigFileIsAnError(@TempDir Path dir) {
    Path file = dir.resolve("nowhere.properties");
    ConfigException e = loadFails(Map.of("ETABLERA_CONFIG_FILE", file.toString()));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void cooperationAreasParseIntoNamedSetsOfCodes() {
    Config c = load(Map.of("ETABLERA_AUTH_COOPERATION_AREAS", "sydvast=1280,1287,1233; osterlen = 1291, 1266"));
    assertEquals(Map.of("sydvast", Set.of("1280", "1287", "1233"), "osterlen", Set.of("1291", "1266")),
        c.auth().cooperationAreas());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                       | {}",
      "a=1280                   | {a=[1280]}",
      "a=1280;                  | {a=[1280]}",
      "a=1287,1280;b=1291       | {a=[1280, 1287], b=[1291]}"})
  void cooperationAreasTable(String raw, String expected) {
    Map<String, List<String>> sorted = new java.util.TreeMap<>();
    Config.load(Map.of("ETABLERA_AUTH_COOPERATION_AREAS", raw), new java.util.Properties()).auth().cooperationAreas()
        .forEach((k, v) -> sorted.put(k, v.stream().sorted().toList()));
    assertEquals(expected, sorted.toString());
  }
}
