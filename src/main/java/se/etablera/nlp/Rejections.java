package se.etablera.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import se.etablera.common.ApiException;

/** Rejecting a concept the text analysis found, and withdrawing the rejection: the same rule for profiles and openings. */
public final class Rejections {
  private Rejections() {
  }

  /**
   * The record's rejections after the change. Only a concept the text analysis found (or one already rejected)
   * can be rejected, a 400 on {@code /id} otherwise; withdrawing a rejection that does not exist is a 404.
   * {@code record} names the record in messages ("profile", "opening").
   */
  public static List<String> changed(List<ExtractedConcept> extracted, List<String> rejectedBefore, String conceptId,
                                     boolean reject, String record) {
    LinkedHashSet<String> rejected = new LinkedHashSet<>(rejectedBefore == null ? List.of() : rejectedBefore);
    boolean known = extracted != null && extracted.stream().anyMatch(c -> c.id().equals(conceptId));
    if (reject && !known && !rejected.contains(conceptId)) {
      throw new ApiException.Invalid("/id", "is not among the concepts found in this " + record + "'s text");
    }
    if (reject) {
      rejected.add(conceptId);
    } else if (!rejected.remove(conceptId)) {
      throw new ApiException.NotFound("No rejection of " + conceptId + " on this " + record);
    }
    return List.copyOf(rejected);
  }
}
