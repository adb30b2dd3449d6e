package se.etablera.testing;

import io.vertx.core.json.JsonObject;
import java.util.List;
import se.etablera.common.FieldError;
import se.etablera.common.Json;
import se.etablera.opportunity.Opportunity;
import se.etablera.opportunity.OpportunityRules;
import se.etablera.profile.Profile;
import se.etablera.profile.ProfileRules;
import se.etablera.taxonomy.ConceptResolver;
import se.etablera.taxonomy.Taxonomy;

/**
 * Records built from request bodies the way intake builds them (concepts resolved, then mapped), without the
 * record checks, so rule tests can start from a fixture and change one field.
 */
public final class Records {
  private Records() {
  }

  public static Taxonomy taxonomy() {
    return TestApp.vocabulary().taxonomy();
  }

  public static Profile profile(JsonObject body) {
    JsonObject copy = body.copy();
    requireResolved(new ConceptResolver(taxonomy()).resolveAll(copy, ProfileRules.CONCEPT_FIELDS));
    return Json.read(copy.encode(), Profile.class);
  }

  public static Opportunity opportunity(JsonObject body) {
    JsonObject copy = body.copy();
    requireResolved(new ConceptResolver(taxonomy()).resolveAll(copy, OpportunityRules.CONCEPT_FIELDS));
    return Json.read(copy.encode(), Opportunity.class);
  }

  private static void requireResolved(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("test body does not resolve: " + errors);
    }
  }
}
