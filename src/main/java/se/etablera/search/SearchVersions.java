package se.etablera.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions fixed by the build (filtered from the pom), so code and the unpacked distribution agree. */
public final class SearchVersions {
  public static final String ELASTICSEARCH = read("elasticsearch.version");

  private SearchVersions() {
  }

  private static String read(String key) {
    try (InputStream in = SearchVersions.class.getResourceAsStream("/etablera-build.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty(key);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("etablera-build.properties is missing from the class path", e);
    }
  }
}
