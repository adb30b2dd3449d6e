package se.etablera.nlp;

import se.etablera.taxonomy.Taxonomy;

/** One taxonomy and one analyzer for all tests of the package: building them takes a second or two. */
final class Analyzers {
  static final Taxonomy TAXONOMY = Taxonomy.load();
  static final TextAnalyzer ANALYZER = TextAnalyzer.load(TAXONOMY);

  private Analyzers() {
  }

  /** The concept id of the SSYK-4 group with this code. */
  static String group(String ssyk) {
    return TAXONOMY.groups().stream().filter(g -> g.ssyk().equals(ssyk)).findFirst().orElseThrow().id();
  }

  static String field(String ssyk) {
    return TAXONOMY.group(group(ssyk)).orElseThrow().fieldId();
  }
}
