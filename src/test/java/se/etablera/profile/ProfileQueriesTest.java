package se.etablera.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.etablera.testing.QueryJson.anyTerm;
import static se.etablera.testing.QueryJson.filter;
import static se.etablera.testing.QueryJson.matchNone;
import static se.etablera.testing.QueryJson.term;
import static se.etablera.testing.QueryJson.terms;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.etablera.access.Caller;
import se.etablera.profile.ProfileQueries.Filter;
import se.etablera.testing.Fixtures;
import se.etablera.testing.QueryJson;

/** GET /api/profiles filters → the query sent to Elasticsearch, always limited to the caller's scope. */
class ProfileQueriesTest {
  private static final Caller COACH = Caller.coach("anna", Set.of(Fixtures.TRELLEBORG, Fixtures.MALMO));
  private static final JsonObject COACH_SCOPE = terms("municipality.id", "1280", "1287");
  private static final Filter NO_FILTER = new Filter(null, null, null, null);

  private static final JsonObject MUNICIPALITY = term("municipality.id", Fixtures.MALMO);
  private static final JsonObject FIELD = anyTerm(Fixtures.FIELD_CARE,
      "experience.occupation.field", "preferences.occupation_fields.id", "preferences.occupations.field");
  private static final JsonObject OCCUPATION = anyTerm(Fixtures.UNDERSKOTERSKA, "experience.occupation.id",
      "experience.occupation.group", "preferences.occupations.id", "preferences.occupations.group",
      "validated_skills.occupation.id", "validated_skills.occupation.group");
  private static final JsonObject SKILL = anyTerm(Fixtures.OMVARDNAD, "skills.skill.id", "validated_skills.skill.id");

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of("no filter", NO_FILTER, filter(COACH_SCOPE)),
        Arguments.of("municipality", new Filter(Fixtures.MALMO, null, null, null), filter(COACH_SCOPE, MUNICIPALITY)),
        Arguments.of("occupation field", new Filter(null, Fixtures.FIELD_CARE, null, null), filter(COACH_SCOPE, FIELD)),
        Arguments.of("occupation", new Filter(null, null, Fixtures.UNDERSKOTERSKA, null), filter(COACH_SCOPE, OCCUPATION)),
        Arguments.of("skill", new Filter(null, null, null, Fixtures.OMVARDNAD), filter(COACH_SCOPE, SKILL)),
        Arguments.of("all together",
            new Filter(Fixtures.MALMO, Fixtures.FIELD_CARE, Fixtures.UNDERSKOTERSKA, Fixtures.OMVARDNAD),
            filter(COACH_SCOPE, MUNICIPALITY, FIELD, OCCUPATION, SKILL)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void eachFilterAddsOneClauseAfterTheScope(String name, Filter filter, JsonObject expected) {
    assertEquals(expected, QueryJson.of(ProfileQueries.list(filter, COACH)));
  }

  static Stream<Arguments> scopes() {
    return Stream.of(
        Arguments.of(COACH, COACH_SCOPE),
        Arguments.of(Caller.coach("bertil", Set.of("1291")), terms("municipality.id", "1291")),
        Arguments.of(Caller.newcomer("p", "profile-1"), term("id", "profile-1")),
        Arguments.of(Caller.employer("org", "5566778899"), matchNone()),
        Arguments.of(Caller.admin("root"), matchNone()),
        Arguments.of(Caller.SYSTEM, matchNone()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scopes")
  void theScopeDependsOnTheRole(Caller caller, JsonObject scope) {
    assertEquals(filter(scope), QueryJson.of(ProfileQueries.list(NO_FILTER, caller)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scopes")
  void aFilterNeverWidensTheScope(Caller caller, JsonObject scope) {
    assertEquals(filter(scope, MUNICIPALITY), QueryJson.of(ProfileQueries.list(new Filter(Fixtures.MALMO, null, null, null), caller)));
  }
}
