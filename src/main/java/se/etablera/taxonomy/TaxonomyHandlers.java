package se.etablera.taxonomy;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.etablera.common.ApiException;
import se.etablera.common.FieldError;
import se.etablera.web.Web;

/** Look-ups in the vocabulary with label search: /api/taxonomy/... */
public final class TaxonomyHandlers {
  private static final int DEFAULT_LIMIT = 20;
  private final Taxonomy taxonomy;

  public TaxonomyHandlers(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  public void occupations(RoutingContext ctx) {
    Web.ok(ctx, search(ctx, ConceptType.OCCUPATION).stream().map(h -> occupation(h.id())).toList());
  }

  /** One occupation with its group, field, the group's skills and the occupations it can substitute for. */
  public void occupation(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    OccupationRef ref = taxonomy.occupationRef(id).orElseThrow(() -> new ApiException.NotFound("occupation", id));
    Map<String, Object> out = occupation(id);
    Taxonomy.OccupationGroup group = taxonomy.group(ref.group()).orElseThrow();
    out.put("group_label", group.label());
    out.put("skills", group.skillIds().stream().map(s -> taxonomy.skill(s).orElseThrow()).sorted(
        java.util.Comparator.comparing(Concept::label)).toList());
    List<Map<String, Object>> canTake = new ArrayList<>();
    for (Taxonomy.Substitute s : taxonomy.canTake(ref.id())) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", s.occupationId());
      entry.put("label", taxonomy.label(s.occupationId()));
      entry.put("substitutability", s.percentage());
      canTake.add(entry);
    }
    out.put("can_substitute_for", canTake);
    Web.ok(ctx, out);
  }

  public void groups(RoutingContext ctx) {
    Web.ok(ctx, search(ctx, ConceptType.OCCUPATION_GROUP).stream().map(h -> {
      Taxonomy.OccupationGroup g = taxonomy.group(h.id()).orElseThrow();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", g.id());
      out.put("label", g.label());
      out.put("ssyk", g.ssyk());
      out.put("field", g.fieldId());
      out.put("occupations", g.occupationIds().size());
      return out;
    }).toList());
  }

  public void fields(RoutingContext ctx) {
    Web.ok(ctx, search(ctx, ConceptType.OCCUPATION_FIELD).stream().map(h -> new Concept(h.id(), h.label())).toList());
  }

  public void skills(RoutingContext ctx) {
    Web.ok(ctx, search(ctx, ConceptType.SKILL).stream().map(h -> new Concept(h.id(), h.label())).toList());
  }

  public void languages(RoutingContext ctx) {
    Web.ok(ctx, search(ctx, ConceptType.LANGUAGE).stream().map(h -> taxonomy.language(h.id()).orElseThrow()).toList());
  }

  public void drivingLicences(RoutingContext ctx) {
    Web.ok(ctx, search(ctx, ConceptType.DRIVING_LICENCE).stream().map(h -> new Concept(h.id(), h.label())).toList());
  }

  public void municipalities(RoutingContext ctx) {
    Web.ok(ctx, search(ctx, ConceptType.MUNICIPALITY).stream().map(h -> taxonomy.municipality(h.id()).orElseThrow()).toList());
  }

  /** The Swedish level scale: every code with its label and place on the common scale. */
  public void swedishLevels(RoutingContext ctx) {
    Web.ok(ctx, Arrays.asList("none", "sfi-a", "sfi-b", "sfi-c", "sfi-d", "sva-grund", "sva-1", "sva-2", "sva-3",
        "cefr-a1", "cefr-a2", "cefr-b1", "cefr-b2", "cefr-c1", "cefr-c2").stream()
        .map(code -> SwedishLevel.byCode(code).orElseThrow()).toList());
  }

  private Map<String, Object> occupation(String id) {
    OccupationRef ref = taxonomy.occupationRef(id).orElseThrow();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", ref.id());
    out.put("label", ref.label());
    out.put("ssyk", ref.ssyk());
    out.put("group", ref.group());
    out.put("field", ref.field());
    out.put("field_label", taxonomy.label(ref.field()));
    out.put("no_education_required", taxonomy.requiresNoEducation(ref.id()));
    return out;
  }

  private List<LabelIndex.Hit> search(RoutingContext ctx, ConceptType type) {
    List<FieldError> errors = new ArrayList<>();
    int limit = Web.intParam(ctx, "limit", DEFAULT_LIMIT, 1, 500, errors);
    if (!errors.isEmpty()) {
      throw new ApiException.Invalid(errors);
    }
    String q = Web.param(ctx, "q");
    return taxonomy.index(type).search(q == null ? "" : q, limit);
  }
}
