package se.etablera.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Raw configuration: the defaults file, then an optional file named by ETABLERA_CONFIG_FILE, then
 * -Detablera.* system properties, then ETABLERA_* environment variables. Typed getters collect every
 * bad value so start-up reports them all at once.
 */
public final class Settings {
  static final String DEFAULTS_RESOURCE = "/etablera.properties";
  private static final String ENV_PREFIX = "ETABLERA_";

  private final Map<String, String> values;
  private final Map<String, String> origins;
  private final List<String> problems = new ArrayList<>();

  private Settings(Map<String, String> values, Map<String, String> origins) {
    this.values = values;
    this.origins = origins;
  }

  public static Settings load(Map<String, String> env, Properties systemProperties) {
    Map<String, String> values = new TreeMap<>();
    Map<String, String> origins = new TreeMap<>();
    Properties defaults = readDefaults();
    defaults.stringPropertyNames().forEach(k -> {
      values.put(k, defaults.getProperty(k).trim());
      origins.put(k, "default");
    });
    String file = env.get(ENV_PREFIX + "CONFIG_FILE");
    if (file != null && !file.isBlank()) {
      Properties overrides = readFile(Path.of(file));
      for (String key : overrides.stringPropertyNames()) {
        requireKnown(values, key, file);
        values.put(key, overrides.getProperty(key).trim());
        origins.put(key, file);
      }
    }
    for (String key : List.copyOf(values.keySet())) {
      String fromProperty = systemProperties.getProperty("etablera." + key);
      if (fromProperty != null) {
        values.put(key, fromProperty.trim());
        origins.put(key, "-Detablera." + key);
      }
      String fromEnv = env.get(envName(key));
      if (fromEnv != null) {
        values.put(key, fromEnv.trim());
        origins.put(key, envName(key));
      }
    }
    return new Settings(values, origins);
  }

  /** The environment variable that overrides a key: http.port becomes ETABLERA_HTTP_PORT. */
  public static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** Every key with its default, sorted by key; used by the README table test. */
  public static Map<String, String> defaults() {
    Properties p = readDefaults();
    Map<String, String> out = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
    return out;
  }

  public String string(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("no default for configuration key " + key);
    }
    return value;
  }

  public int integer(String key, int min, int max) {
    return parse(key, raw -> {
      int v = Integer.parseInt(raw);
      if (v < min || v > max) {
        throw new IllegalArgumentException("must be between " + min + " and " + max);
      }
      return v;
    }, min);
  }

  public boolean bool(String key) {
    return parse(key, raw -> switch (raw.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new IllegalArgumentException("must be true or false");
    }, false);
  }

  public <E extends Enum<E>> E oneOf(String key, Class<E> type) {
    return parse(key, raw -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(raw)) {
          return constant;
        }
      }
      throw new IllegalArgumentException("must be one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }, type.getEnumConstants()[0]);
  }

  /** An http(s) URL, or null when empty. */
  public URI optionalUrl(String key) {
    String raw = string(key);
    if (raw.isEmpty()) {
      return null;
    }
    return parse(key, value -> {
      try {
        URI uri = new URI(value);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
          throw new IllegalArgumentException("must be an http:// or https:// URL with a host");
        }
        return uri;
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("is not a URL: " + e.getReason());
      }
    }, null);
  }

  /** A heap size such as 512m or 1g. */
  public String memorySize(String key) {
    return parse(key, raw -> {
      if (!raw.matches("[1-9][0-9]*[mMgG]")) {
        throw new IllegalArgumentException("must be a size such as 512m or 1g");
      }
      return raw.toLowerCase(Locale.ROOT);
    }, "512m");
  }

  public List<String> list(String key) {
    String raw = string(key);
    if (raw.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Records a bad value found by a check outside the typed getters, so it is reported with the others.
   * Secrets (keys ending in "secret" or "password") are never echoed.
   */
  public void problem(String key, String why) {
    boolean secret = key.endsWith("secret") || key.endsWith("password") || key.endsWith("api-key");
    problems.add(key + (secret ? "" : " = '" + string(key) + "'") + " (from " + origins.get(key) + ", env " + envName(key) + ") " + why);
  }

  /** Throws one exception listing every bad value seen by the typed getters. */
  public void failOnProblems() {
    if (!problems.isEmpty()) {
      throw new ConfigException("Invalid configuration:\n  " + String.join("\n  ", problems));
    }
  }

  private <T> T parse(String key, Function<String, T> parser, T fallback) {
    String raw = string(key);
    try {
      return parser.apply(raw);
    } catch (IllegalArgumentException e) {
      String why = e instanceof NumberFormatException ? "must be a whole number" : e.getMessage();
      problems.add(key + " = '" + raw + "' (from " + origins.get(key) + ", env " + envName(key) + ") " + why);
      return fallback;
    }
  }

  private static void requireKnown(Map<String, String> values, String key, String file) {
    if (!values.containsKey(key)) {
      throw new ConfigException("Unknown configuration key '" + key + "' in " + file);
    }
  }

  private static Properties readDefaults() {
    try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + DEFAULTS_RESOURCE + " on the class path");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Properties readFile(Path path) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new ConfigException("Cannot read configuration file " + path + ": " + e.getMessage());
    }
  }

  private static Properties read(Reader reader) throws IOException {
    Properties p = new Properties();
    p.load(reader);
    return p;
  }
}
