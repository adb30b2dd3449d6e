package se.etablera.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.etablera.nlp.Extracted.Kind;
import se.etablera.taxonomy.Taxonomy;

/**
 * Ranks the occupation groups a text is about. Every occupation term found is evidence for the groups it
 * may mean, weighted by how specific the term is, by its share among the term's readings, and by where it
 * stands: a headline mention counts three times a body mention, and repeated body mentions count less and
 * less. Two taxonomy relations break ties between readings: the qualifier of an occupation label
 * ("psykiatrisk vård" in "Sjuksköterska, psykiatrisk vård") appearing in the text, and the skills JobTech
 * relates to each group appearing among the skills found.
 */
final class OccupationRanker {
  static final int MAX_CANDIDATES = 5;
  private static final double HEADLINE = 3.0;
  private static final double HEADLINE_FACTOR = 1.5;
  private static final double QUALIFIER_BOOST = 1.0;
  private static final double SKILL_CONTEXT = 0.3;
  private static final int MAX_SKILL_CONTEXT = 6;
  private static final int MIN_SKILLS_ALONE = 2;
  /** A group inferred from skills alone is no more certain than this. */
  private static final double SKILLS_ALONE_CONFIDENCE = 0.3;

  /** An occupation term found at word positions [from, to), with a discount for how it was found. */
  record Mention(int from, int to, Term term, double factor) {
  }

  private final Lexicon lexicon;

  OccupationRanker(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private static final class Evidence {
    double headline;
    double body;
    double best = -1;
    Mention bestMention;
    Term.Sense bestSense;
    int skills;

    double score() {
      return HEADLINE_FACTOR * headline + Math.log1p(body) + SKILL_CONTEXT * Math.min(skills, MAX_SKILL_CONTEXT);
    }
  }

  List<Found> rank(Doc doc, List<Mention> mentions, List<Found> skills, Set<String> docKeys) {
    Set<String> skillIds = new HashSet<>();
    skills.forEach(f -> skillIds.add(f.extracted().id()));
    Map<String, Evidence> byGroup = new HashMap<>();
    for (Mention m : mentions) {
      boolean inHeadline = doc.words.get(m.from()).sentence == doc.headline;
      double position = inHeadline ? HEADLINE : 1.0;
      for (Term.Sense sense : m.term().senses()) {
        double c = position * m.term().weight() * m.factor() * sense.share() * qualifierBoost(sense, docKeys);
        Evidence e = byGroup.computeIfAbsent(sense.groupId(), k -> new Evidence());
        if (inHeadline) {
          e.headline = Math.max(e.headline, c / HEADLINE);
        } else {
          e.body += c;
        }
        if (c > e.best || c == e.best && sense.occupationId() != null && e.bestSense.occupationId() == null) {
          e.best = c;
          e.bestMention = m;
          e.bestSense = sense;
        }
      }
    }
    if (skillIds.size() >= MIN_SKILLS_ALONE) {
      // Groups no occupation term named but whose related skills the text shows compete on those skills
      // alone: an ad that names its occupation in words no dictionary has ("Mötesbokare") or only in
      // passing still says what the work is.
      for (Taxonomy.OccupationGroup g : lexicon.taxonomy.groups()) {
        if (!byGroup.containsKey(g.id()) && relatedSkills(g.id(), skillIds) >= MIN_SKILLS_ALONE) {
          byGroup.put(g.id(), new Evidence());
        }
      }
    }
    for (Map.Entry<String, Evidence> entry : byGroup.entrySet()) {
      entry.getValue().skills = relatedSkills(entry.getKey(), skillIds);
    }
    List<Map.Entry<String, Evidence>> ranked = new ArrayList<>(byGroup.entrySet());
    ranked.sort(Comparator.comparingDouble((Map.Entry<String, Evidence> e) -> e.getValue().score()).reversed()
        .thenComparing(Map.Entry::getKey));
    double total = 0;
    for (Map.Entry<String, Evidence> e : ranked) {
      total += e.getValue().score();
    }
    List<Found> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, Evidence> entry : ranked) {
      if (out.size() >= MAX_CANDIDATES) {
        break;
      }
      Evidence e = entry.getValue();
      String groupId = entry.getKey();
      if (!seen.add(groupId)) {
        continue;
      }
      double score = e.score();
      double confidence = (score / total) * (1 - Math.exp(-1.5 * score));
      Taxonomy.OccupationGroup group = lexicon.taxonomy.group(groupId).orElseThrow();
      if (e.bestMention == null) {
        // inferred from skills alone: low confidence, the span of the first related skill
        Set<String> groupSkills = lexicon.skillsOfGroup(groupId);
        Found first = null;
        for (Found f : skills) {
          if (groupSkills.contains(f.extracted().id()) && (first == null || f.from() < first.from())) {
            first = f;
          }
        }
        out.add(Found.of(doc, first.from(), first.to(), Kind.OCCUPATION, groupId, group.label(),
            Math.min(SKILLS_ALONE_CONFIDENCE, confidence), groupId, group.fieldId(), null, null, null));
        continue;
      }
      String id = e.bestSense.occupationId() != null ? e.bestSense.occupationId() : groupId;
      String label = e.bestSense.occupationId() != null
          ? lexicon.taxonomy.occupation(id).map(Taxonomy.Occupation::label).orElse(group.label()) : group.label();
      Mention m = e.bestMention;
      out.add(Found.of(doc, m.from(), m.to(), Kind.OCCUPATION, id, label, confidence, groupId, group.fieldId(), null,
          null, null));
    }
    // Confidence never rises down the ranking (a group inferred from skills alone is capped).
    for (int i = 1; i < out.size(); i++) {
      Found prev = out.get(i - 1);
      Found f = out.get(i);
      if (f.extracted().confidence() > prev.extracted().confidence()) {
        out.set(i, new Found(f.extracted().withConfidence(prev.extracted().confidence()), f.from(), f.to()));
      }
    }
    return out;
  }

  private int relatedSkills(String groupId, Set<String> skillIds) {
    Set<String> groupSkills = lexicon.skillsOfGroup(groupId);
    int n = 0;
    for (String id : skillIds) {
      if (groupSkills.contains(id)) {
        n++;
      }
    }
    return n;
  }

  private static double qualifierBoost(Term.Sense sense, Set<String> docKeys) {
    if (sense.qualifier().isEmpty()) {
      return 1.0;
    }
    int present = 0;
    for (String k : sense.qualifier()) {
      if (docKeys.contains(k)) {
        present++;
      }
    }
    return 1.0 + QUALIFIER_BOOST * Math.min(1.0, present / Math.min(2.0, sense.qualifier().size()));
  }
}
