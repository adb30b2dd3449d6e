package se.etablera.opportunity;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.search.Queries;

/** The list query for opportunities: one builder per filter, assembled in {@link #list}. */
public final class OpportunityQueries {
  private OpportunityQueries() {
  }

  public static Query list(OpportunityService.Filter f) {
    List<Query> filters = new ArrayList<>();
    kinds(f).ifPresent(filters::add);
    Queries.termIfPresent("location.municipality.id", f.municipality()).ifPresent(filters::add);
    occupationField(f.occupationField()).ifPresent(filters::add);
    occupation(f.occupation()).ifPresent(filters::add);
    Queries.termIfPresent("organisation.organisation_number", f.organisationNumber()).ifPresent(filters::add);
    return Queries.allOf(filters);
  }

  /**
   * The list filters plus a match of the analysed query on the analysed search text. Both sides went through the
   * service's Swedish analysis, and the field uses the whitespace analyzer every Elasticsearch has, so the
   * result is the same on the embedded node and on a full cluster.
   */
  public static Query text(OpportunityService.Filter f, String analysedQuery) {
    Query filters = list(f);
    return Query.of(q -> q.bool(b -> b.filter(filters)
        .must(m -> m.match(x -> x.field("search_text").query(analysedQuery).minimumShouldMatch("1")))));
  }

  static Optional<Query> kinds(OpportunityService.Filter f) {
    if (f.kinds() == null || f.kinds().isEmpty() || f.kinds().size() == Kind.values().length) {
      return Optional.empty();
    }
    return Optional.of(Queries.terms("kind", f.kinds().stream().map(Kind::name).sorted().toList()));
  }

  /** The opening's field, or for a course any field of an occupation it leads to. */
  static Optional<Query> occupationField(String field) {
    return Optional.ofNullable(field).map(v -> Queries.anyTerm(List.of("occupation_field.id", "leads_to.field"), v));
  }

  /** The occupation or (for a group id) any occupation of the group, as the main occupation or one led to. */
  static Optional<Query> occupation(String id) {
    return Optional.ofNullable(id).map(v -> Queries.anyTerm(
        List.of("occupation.id", "occupation.group", "leads_to.id", "leads_to.group"), v));
  }
}
