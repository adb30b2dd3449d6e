package se.etablera.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.etablera.testing.QueryJson.anyTerm;
import static se.etablera.testing.QueryJson.filter;
import static se.etablera.testing.QueryJson.matchAll;
import static se.etablera.testing.QueryJson.term;
import static se.etablera.testing.QueryJson.terms;

import io.vertx.core.json.JsonObject;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.etablera.opportunity.Opportunity.Kind;
import se.etablera.opportunity.OpportunityService.Filter;
import se.etablera.testing.Fixtures;
import se.etablera.testing.QueryJson;

/** Opening list filters → the query sent to Elasticsearch. Openings are public, so there is no caller scope. */
class OpportunityQueriesTest {
  private static final JsonObject MUNICIPALITY = term("location.municipality.id", Fixtures.MALMO);
  private static final JsonObject FIELD = anyTerm(Fixtures.FIELD_CARE, "occupation_field.id", "leads_to.field");
  private static final JsonObject OCCUPATION = anyTerm(Fixtures.UNDERSKOTERSKA, "occupation.id", "occupation.group",
      "leads_to.id", "leads_to.group");
  private static final JsonObject ORGANISATION = term("organisation.organisation_number", "5566778899");

  private static Filter kinds(Set<Kind> kinds) {
    return new Filter(kinds, null, null, null, null);
  }

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of("no filter", kinds(null), matchAll()),
        Arguments.of("no kinds", kinds(Set.of()), matchAll()),
        Arguments.of("every kind", kinds(EnumSet.allOf(Kind.class)), matchAll()),
        Arguments.of("one kind", kinds(Set.of(Kind.placement)), filter(terms("kind", "placement"))),
        Arguments.of("two kinds, sorted", kinds(EnumSet.of(Kind.extra_job, Kind.course)), filter(terms("kind", "course", "extra_job"))),
        Arguments.of("municipality", new Filter(null, Fixtures.MALMO, null, null, null), filter(MUNICIPALITY)),
        Arguments.of("occupation field", new Filter(null, null, Fixtures.FIELD_CARE, null, null), filter(FIELD)),
        Arguments.of("occupation", new Filter(null, null, null, Fixtures.UNDERSKOTERSKA, null), filter(OCCUPATION)),
        Arguments.of("organisation", new Filter(null, null, null, null, "5566778899"), filter(ORGANISATION)),
        Arguments.of("all together",
            new Filter(EnumSet.of(Kind.course), Fixtures.MALMO, Fixtures.FIELD_CARE, Fixtures.UNDERSKOTERSKA, "5566778899"),
            filter(terms("kind", "course"), MUNICIPALITY, FIELD, OCCUPATION, ORGANISATION)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void eachFilterAddsOneClause(String name, Filter filter, JsonObject expected) {
    assertEquals(expected, QueryJson.of(OpportunityQueries.list(filter)));
  }
}
