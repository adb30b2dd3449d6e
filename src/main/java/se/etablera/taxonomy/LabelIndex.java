package se.etablera.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Label search over one kind of concept, in memory: the vocabularies are small (at most a few thousand
 * labels), so a scan is fast and needs no analyzer Elasticsearch might lack.
 */
public final class LabelIndex {
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, List<String>> byExactLabel = new HashMap<>();
  private final Map<String, List<String>> byAlias = new HashMap<>();

  /** One concept with its preferred label and any alternative names it may be written as. */
  private record Entry(String id, String label, String normalized, String folded, String[] tokens, String[] foldedTokens,
                       Set<String> trigrams, List<String> aliases) {
  }

  /** A search or suggestion hit, best first. */
  public record Hit(String id, String label, double score) {
  }

  public void add(String id, String label, String... aliases) {
    String normalized = Text.normalize(label);
    String folded = Text.fold(label);
    List<String> normalizedAliases = new ArrayList<>();
    for (String alias : aliases) {
      if (alias != null && !alias.isBlank()) {
        normalizedAliases.add(Text.normalize(alias));
      }
    }
    entries.add(new Entry(id, label, normalized, folded, normalized.split(" "), folded.split(" "), trigrams(folded),
        normalizedAliases));
    byExactLabel.computeIfAbsent(normalized, k -> new ArrayList<>()).add(id);
    for (String alias : normalizedAliases) {
      List<String> ids = byAlias.computeIfAbsent(alias, k -> new ArrayList<>());
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
  }

  /**
   * Ids whose label equals the text after normalisation; only when no label does, ids with such an alias (a
   * label wins over a code: "ga" is the language Ga before it is the ISO code of Irish).
   */
  public List<String> exact(String text) {
    String key = Text.normalize(text);
    List<String> byLabel = byExactLabel.get(key);
    return byLabel != null ? byLabel : byAlias.getOrDefault(key, List.of());
  }

  /**
   * Labels matching a typed query: exact, then prefix, then every query word starting a label word, then
   * substring. Good for a type-ahead; {@link #suggest} is the tolerant variant for typos.
   */
  public List<Hit> search(String query, int limit) {
    String q = Text.normalize(query);
    if (q.isEmpty()) {
      return entries.stream().limit(limit).map(e -> new Hit(e.id, e.label, 0)).toList();
    }
    String[] words = q.split(" ");
    String folded = Text.fold(query);
    String[] foldedWords = folded.split(" ");
    List<Hit> hits = new ArrayList<>();
    for (Entry e : entries) {
      double score = searchScore(e, q, words);
      if (score == 0) {
        // Written without å, ä or ö ("Malmo", "Underskoterska"): the same tests on folded text, ranked a little lower.
        score = foldedScore(e, folded, foldedWords);
      }
      if (score > 0) {
        hits.add(new Hit(e.id, e.label, score));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::label));
    return hits.subList(0, Math.min(limit, hits.size()));
  }

  /** The nearest labels to a text that matched nothing: search hits first, then trigram similarity. */
  public List<String> suggest(String text, int limit) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (Hit hit : search(text, limit)) {
      if (seen.add(hit.label())) {
        out.add(hit.label());
      }
    }
    if (out.size() >= limit) {
      return out;
    }
    Set<String> grams = trigrams(Text.fold(text));
    if (grams.isEmpty()) {
      return out;
    }
    List<Hit> similar = new ArrayList<>();
    for (Entry e : entries) {
      double dice = dice(grams, e.trigrams);
      if (dice >= 0.25) {
        similar.add(new Hit(e.id, e.label, dice));
      }
    }
    similar.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::label));
    for (Hit hit : similar) {
      if (out.size() >= limit) {
        break;
      }
      if (seen.add(hit.label())) {
        out.add(hit.label());
      }
    }
    return out;
  }

  public int size() {
    return entries.size();
  }

  private static double searchScore(Entry e, String q, String[] words) {
    if (e.normalized.equals(q) || e.aliases.contains(q)) {
      return 100;
    }
    double lengthPenalty = Math.min(10, (e.normalized.length() - q.length()) / 5.0);
    if (e.normalized.startsWith(q)) {
      return 80 - lengthPenalty;
    }
    for (String alias : e.aliases) {
      if (alias.startsWith(q)) {
        return 75 - lengthPenalty;
      }
    }
    if (Arrays.stream(words).allMatch(w -> Arrays.stream(e.tokens).anyMatch(t -> t.startsWith(w)))) {
      return 60 - lengthPenalty;
    }
    if (e.normalized.contains(q)) {
      return 40 - lengthPenalty;
    }
    return 0;
  }

  private static double foldedScore(Entry e, String q, String[] words) {
    double lengthPenalty = Math.min(10, (e.folded.length() - q.length()) / 5.0);
    if (e.folded.equals(q)) {
      return 95;
    }
    if (e.folded.startsWith(q)) {
      return 70 - lengthPenalty;
    }
    if (Arrays.stream(words).allMatch(w -> Arrays.stream(e.foldedTokens).anyMatch(t -> t.startsWith(w)))) {
      return 55 - lengthPenalty;
    }
    return e.folded.contains(q) ? 35 - lengthPenalty : 0;
  }

  private static Set<String> trigrams(String folded) {
    Set<String> grams = new HashSet<>();
    String padded = "  " + folded + " ";
    for (int i = 0; i + 3 <= padded.length(); i++) {
      grams.add(padded.substring(i, i + 3));
    }
    return grams;
  }

  private static double dice(Set<String> a, Set<String> b) {
    int common = 0;
    Set<String> small = a.size() < b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String g : small) {
      if (large.contains(g)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }
}
