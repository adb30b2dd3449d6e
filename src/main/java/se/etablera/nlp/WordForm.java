package se.etablera.nlp;

import java.util.List;

/**
 * What the morphology knows about one written word: the key dictionary look-ups compare (stem after
 * definite-form and genitive handling), the keys of its compound parts when it splits, and a weaker
 * alternative key for search when a definite ending could not be confirmed by the vocabulary.
 *
 * @param key     the canonical key, e.g. "underskötersk" for undersköterskan
 * @param parts   keys of the compound parts, modifier first, head last; empty for simple words
 * @param surfaceParts the written compound parts, e.g. [lager, arbetare]
 * @param altKey  a second key for search only, or null
 */
record WordForm(String key, List<String> parts, List<String> surfaceParts, String altKey) {
  boolean isCompound() {
    return parts.size() > 1;
  }
}
