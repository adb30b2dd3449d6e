package se.etablera.matching;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.etablera.matching.MatchProfile.Interest;
import se.etablera.search.Queries;

/**
 * The retrieval queries behind a match list: one for jobs (placements and extra jobs), one for courses, sent
 * together as one multi-search. Hard, cheap constraints are filters (kind, reach from home with a margin so
 * the coach sees what falls just outside, period not over, the request's filters); the person's occupations,
 * groups, fields, skills and languages are should-clauses; a gauss decay on distance ranks nearer openings
 * first. Retrieval only has to find good candidates: the {@link Scorer} decides the order. Pure functions,
 * tested against their JSON.
 */
public final class MatchQueries {
  /** Openings a little beyond the person's limit are fetched so the coach can see why they are left out. */
  static final double REACH_MARGIN = 1.5;
  private static final int MAX_TERMS = 200;

  private MatchQueries() {
  }

  public static Query jobs(MatchProfile p, MatchFilter f, LocalDate today) {
    List<Query> filters = new ArrayList<>(common(p, f, today));
    filters.add(Queries.terms("kind", List.of("placement", "extra_job")));
    List<Query> should = new ArrayList<>();
    interests(p, "occupation.id", "occupation.group").forEach(should::add);
    fields(p, "occupation_field.id").ifPresent(should::add);
    skillsAndLanguages(p).forEach(should::add);
    return ranked(p, filters, should, f);
  }

  public static Query courses(MatchProfile p, MatchFilter f, LocalDate today) {
    List<Query> filters = new ArrayList<>(common(p, f, today));
    filters.add(Queries.term("kind", "course"));
    List<Query> should = new ArrayList<>();
    interests(p, "leads_to.id", "leads_to.group").forEach(should::add);
    fields(p, "occupation_field.id").ifPresent(should::add);
    fields(p, "leads_to.field").ifPresent(should::add);
    return ranked(p, filters, should, f);
  }

  /** Filters shared by both queries: reach, period, and the request's own filters. */
  static List<Query> common(MatchProfile p, MatchFilter f, LocalDate today) {
    List<Query> filters = new ArrayList<>();
    double reach = f.radiusKm() != null ? f.radiusKm() : p.maxKm() * REACH_MARGIN;
    if (p.home() != null) {
      filters.add(Queries.within("location.point", p.home(), reach));
    }
    filters.add(Query.of(q -> q.bool(b -> b
        .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("end_date")))))
        .should(s -> s.range(r -> r.date(d -> d.field("end_date").gte(today.toString()))))
        .minimumShouldMatch("1"))));
    Optional.ofNullable(f.occupationField()).map(field -> Queries.anyTerm(List.of("occupation_field.id", "leads_to.field"), field))
        .ifPresent(filters::add);
    Queries.termIfPresent("location.municipality.id", f.municipality()).ifPresent(filters::add);
    Optional.ofNullable(f.startBefore()).map(d -> Query.of(q -> q.bool(b -> b
        .should(s -> s.range(r -> r.date(x -> x.field("start_date").lte(d.toString()))))
        .should(s -> s.range(r -> r.date(x -> x.field("start_dates").lte(d.toString()))))
        .minimumShouldMatch("1")))).ifPresent(filters::add);
    return filters;
  }

  /** Occupations the person can take, strongest first, as boosted terms; then their groups. */
  static List<Query> interests(MatchProfile p, String occupationField, String groupField) {
    List<Query> should = new ArrayList<>();
    Map<Boolean, List<Interest>> split = p.occupations().values().stream()
        .collect(Collectors.partitioningBy(i -> i.source() == MatchProfile.Source.substitute));
    ids(split.get(false)).ifPresent(ids -> should.add(Queries.terms(occupationField, ids, 4)));
    ids(split.get(true)).ifPresent(ids -> should.add(Queries.terms(occupationField, ids, 2)));
    ids(p.groups().values()).ifPresent(ids -> should.add(Queries.terms(groupField, ids, 2)));
    return should;
  }

  static Optional<Query> fields(MatchProfile p, String field) {
    List<String> fields = new ArrayList<>(p.experienceFields());
    p.preferredFields().stream().filter(x -> !fields.contains(x)).forEach(fields::add);
    fields.sort(Comparator.naturalOrder());
    return fields.isEmpty() ? Optional.empty() : Optional.of(Queries.terms(field, fields, 1));
  }

  static List<Query> skillsAndLanguages(MatchProfile p) {
    List<Query> should = new ArrayList<>();
    List<String> skills = p.skills().keySet().stream().sorted().limit(MAX_TERMS).toList();
    if (!skills.isEmpty()) {
      should.add(Queries.terms("skills.skill.id", skills, 0.5f));
    }
    List<String> languages = p.languages().stream().sorted().toList();
    if (!languages.isEmpty()) {
      should.add(Queries.terms("languages_asset.id", languages, 0.3f));
    }
    return should;
  }

  private static Query ranked(MatchProfile p, List<Query> filters, List<Query> should, MatchFilter f) {
    Query bool = Query.of(q -> q.bool(b -> b.filter(filters).should(should)));
    if (p.home() == null) {
      return bool;
    }
    double scale = Math.max(2, (f.radiusKm() != null ? f.radiusKm() : p.maxKm()) / 2);
    return Queries.nearFirst(bool, "location.point", p.home(), scale);
  }

  private static Optional<List<String>> ids(Collection<Interest> interests) {
    List<String> ids = interests.stream().sorted(Comparator.comparingDouble(Interest::strength).reversed().thenComparing(Interest::id))
        .map(Interest::id).distinct().limit(MAX_TERMS).toList();
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
  }

}
