package se.etablera.profile;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.etablera.access.AccessPolicy;
import se.etablera.access.Caller;
import se.etablera.search.Queries;

/** The list query for profiles: one builder per filter, assembled in {@link #list}. */
public final class ProfileQueries {
  private ProfileQueries() {
  }

  /** Filters of GET /api/profiles; each value is already resolved to a concept id. */
  public record Filter(String municipality, String occupationField, String occupation, String skill) {
  }

  public static Query list(Filter f, Caller caller) {
    List<Query> filters = new ArrayList<>();
    filters.add(AccessPolicy.profileScope(caller));
    municipality(f.municipality()).ifPresent(filters::add);
    occupationField(f.occupationField()).ifPresent(filters::add);
    occupation(f.occupation()).ifPresent(filters::add);
    skill(f.skill()).ifPresent(filters::add);
    return Queries.allOf(filters);
  }

  static Optional<Query> municipality(String code) {
    return Queries.termIfPresent("municipality.id", code);
  }

  /** A field the person has experience in or wishes to work in. */
  static Optional<Query> occupationField(String field) {
    return Optional.ofNullable(field).map(f -> Queries.anyTerm(
        List.of("experience.occupation.field", "preferences.occupation_fields.id", "preferences.occupations.field"), f));
  }

  /** Experience of, or wish for, the occupation or (for a group id) any occupation in the group. */
  static Optional<Query> occupation(String id) {
    return Optional.ofNullable(id).map(o -> Queries.anyTerm(List.of("experience.occupation.id", "experience.occupation.group",
        "preferences.occupations.id", "preferences.occupations.group", "validated_skills.occupation.id",
        "validated_skills.occupation.group"), o));
  }

  /** A skill stated or validated. */
  static Optional<Query> skill(String id) {
    return Optional.ofNullable(id).map(s -> Queries.anyTerm(List.of("skills.skill.id", "validated_skills.skill.id"), s));
  }
}
