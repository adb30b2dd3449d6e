package se.etablera.nlp.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.etablera.taxonomy.Concept;
import se.etablera.taxonomy.Taxonomy;

/**
 * The plain approach our analyzer must beat, in memory and without Elasticsearch: text analysed like
 * Elasticsearch's standard analyzer (lower case, split on anything not a letter or digit, no stop words,
 * no stemming, no compounds).
 *
 * <ul>
 *   <li>Occupations: BM25 (k1 1.2, b 0.75, as Elasticsearch) of the ad text as query against each
 *   taxonomy occupation label as a document, summed over the query's tokens with repeats as a match query
 *   does; occupations ranked by score, their groups taken in that order.</li>
 *   <li>Skills: a taxonomy skill or language label whose tokens occur consecutively in the ad text.</li>
 * </ul>
 */
final class Baseline {
  static final String DESCRIPTION = "standard-analyzer tokens (lower case, split on non-letters, no stemming); "
      + "occupations: BM25 (k1=1.2, b=0.75) of the ad text against taxonomy occupation labels; "
      + "skills: taxonomy skill and language labels occurring as consecutive tokens";
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private record Doc(String groupId, String[] tokens) {
  }

  private final Taxonomy taxonomy;
  private final List<Doc> docs = new ArrayList<>();
  private final Map<String, Double> idf = new HashMap<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();
  private final double averageLength;
  private final Map<String, List<String[]>> labelsByFirstToken = new HashMap<>();
  private final Map<String, String> labelText = new HashMap<>();

  Baseline(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    double totalLength = 0;
    for (Taxonomy.Occupation o : taxonomy.occupations()) {
      String[] tokens = tokens(o.label()).toArray(String[]::new);
      int index = docs.size();
      docs.add(new Doc(o.groupId(), tokens));
      totalLength += tokens.length;
      for (String t : new HashSet<>(List.of(tokens))) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(index);
      }
    }
    averageLength = totalLength / docs.size();
    postings.forEach((t, list) -> idf.put(t, Math.log(1 + (docs.size() - list.size() + 0.5) / (list.size() + 0.5))));
    List<Concept> labels = new ArrayList<>(taxonomy.skills());
    taxonomy.languages().forEach(l -> labels.add(new Concept(l.id(), l.label())));
    for (Concept c : labels) {
      List<String> tokens = tokens(c.label());
      if (tokens.isEmpty()) {
        continue;
      }
      String[] withId = new String[tokens.size() + 1];
      withId[0] = c.id();
      for (int i = 0; i < tokens.size(); i++) {
        withId[i + 1] = tokens.get(i);
      }
      labelsByFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(withId);
      labelText.put(c.id(), c.label());
    }
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        current.append(c);
      } else if (current.length() > 0) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  /** Occupation groups best first, as many as asked for. */
  List<String> groups(String text, int limit) {
    double[] scores = new double[docs.size()];
    for (String t : tokens(text)) {
      List<Integer> list = postings.get(t);
      if (list == null) {
        continue;
      }
      double w = idf.get(t);
      for (int d : list) {
        Doc doc = docs.get(d);
        int tf = 0;
        for (String x : doc.tokens()) {
          if (x.equals(t)) {
            tf++;
          }
        }
        scores[d] += w * tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.tokens().length / averageLength));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] > 0) {
        order.add(i);
      }
    }
    order.sort((a, b) -> Double.compare(scores[b], scores[a]));
    Set<String> groups = new LinkedHashSet<>();
    for (int d : order) {
      groups.add(docs.get(d).groupId());
      if (groups.size() >= limit) {
        break;
      }
    }
    return new ArrayList<>(groups);
  }

  /** Labels of the skills and languages whose labels occur in the text. */
  List<String> skillLabels(String text) {
    List<String> tokens = tokens(text);
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (String[] label : labelsByFirstToken.getOrDefault(tokens.get(i), List.of())) {
        int n = label.length - 1;
        if (i + n > tokens.size()) {
          continue;
        }
        boolean all = true;
        for (int k = 0; k < n && all; k++) {
          all = tokens.get(i + k).equals(label[k + 1]);
        }
        if (all) {
          ids.add(label[0]);
        }
      }
    }
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(labelText.get(id)));
    return out;
  }

  String fieldOf(String groupId) {
    return taxonomy.group(groupId).map(Taxonomy.OccupationGroup::fieldId).orElse(null);
  }
}
