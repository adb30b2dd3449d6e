package se.etablera.nlp;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Word sets for the rules' look-ups, which run for every word of every text. */
final class Words {
  private Words() {
  }

  /**
   * An unmodifiable hash set: {@code Set.of} probes its open table slowly when the word is absent, which is
   * the common case, and shows in profiles.
   */
  static Set<String> of(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(List.of(words)));
  }
}
