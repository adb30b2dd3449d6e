package se.etablera.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the dictionaries under resources/nlp (see SOURCES.md there). */
final class Resources {
  private Resources() {
  }

  static InputStream open(String resource) {
    InputStream in = Resources.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return in;
  }

  /** Non-empty lines, trimmed, without '#' comment lines. */
  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          out.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
    return out;
  }

  /** Tab-separated rows of a resource. */
  static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      out.add(line.split("\t"));
    }
    return out;
  }
}
