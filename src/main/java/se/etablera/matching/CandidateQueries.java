package se.etablera.matching;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.etablera.access.AccessPolicy;
import se.etablera.access.Caller;
import se.etablera.access.Role;
import se.etablera.opportunity.Opportunity;
import se.etablera.search.Queries;
import se.etablera.taxonomy.OccupationRef;
import se.etablera.taxonomy.Taxonomy;

/**
 * The retrieval query behind a candidate list: profiles within reach of the opening whose experience,
 * validations, wishes or skills touch its occupation, group, field or skills (people who could substitute
 * for the occupation included). A coach's query is limited to their municipalities. Pure, tested as JSON.
 */
public final class CandidateQueries {
  /** Nobody commutes further than this to a placement; each person's own limit is applied afterwards. */
  static final double MAX_REACH_KM = 100;

  private CandidateQueries() {
  }

  public static Query forOpening(Opportunity o, Caller caller, Taxonomy taxonomy) {
    List<Query> filters = new ArrayList<>();
    if (caller.role() == Role.coach) {
      filters.add(AccessPolicy.profileScope(caller));
    }
    if (o.location() != null && o.location().point() != null) {
      filters.add(Queries.within("home", o.location().point(), MAX_REACH_KM));
    }
    List<OccupationRef> occupations = o.occupations();
    Set<String> ids = new LinkedHashSet<>();
    Set<String> groups = new LinkedHashSet<>();
    Set<String> fields = new LinkedHashSet<>();
    Set<String> substitutes = new LinkedHashSet<>();
    for (OccupationRef r : occupations) {
      ids.add(r.id());
      groups.add(r.group());
      fields.add(r.field());
      // People whose own occupation can substitute for this one.
      taxonomy.takenBy(r.id()).forEach(s -> substitutes.add(s.occupationId()));
    }
    if (o.occupationField() != null) {
      fields.add(o.occupationField().id());
    }
    List<Query> should = new ArrayList<>();
    if (!ids.isEmpty()) {
      should.add(Queries.terms("experience.occupation.id", ids, 4));
      should.add(Queries.terms("validated_skills.occupation.id", ids, 4));
      should.add(Queries.terms("preferences.occupations.id", ids, 2));
      should.add(Queries.terms("extracted.id", ids, 1));
      should.add(Queries.terms("experience.occupation.group", groups, 2));
    }
    if (!substitutes.isEmpty()) {
      should.add(Queries.terms("experience.occupation.id", substitutes, 2));
    }
    if (!fields.isEmpty()) {
      should.add(Queries.terms("preferences.occupation_fields.id", fields, 1));
      should.add(Queries.terms("experience.occupation.field", fields, 1));
    }
    if (o.skills() != null && !o.skills().isEmpty()) {
      Set<String> skills = new LinkedHashSet<>();
      o.skills().forEach(s -> skills.add(s.skill().id()));
      should.add(Queries.terms("validated_skills.skill.id", skills, 1));
      should.add(Queries.terms("skills.skill.id", skills, 0.5f));
    }
    Query bool = Query.of(q -> q.bool(b -> b.filter(filters).should(should).minimumShouldMatch(should.isEmpty() ? "0" : "1")));
    if (o.location() == null || o.location().point() == null) {
      return bool;
    }
    return Queries.nearFirst(bool, "home", o.location().point(), 15);
  }
}
