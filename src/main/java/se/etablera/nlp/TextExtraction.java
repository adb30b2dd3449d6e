package se.etablera.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.etablera.opportunity.Opportunity;
import se.etablera.profile.Profile;
import se.etablera.taxonomy.Concept;

/**
 * Turns a record's free text into the concepts stored beside what the user gave explicitly: a profile's CV,
 * coach notes and experience descriptions; an opening's title and description. Explicit data wins (a concept
 * the record already states is not stored again as extracted), rejected concepts are left out, and each
 * concept is kept once, from its most confident mention. CPU-bound: call it off the event loop.
 */
public final class TextExtraction {
  /**
   * The ranker returns several occupation candidates per text with confidences that share the evidence
   * between them ("undersköterska" fits two SSYK groups): the best one is kept from this confidence, the
   * others only from {@link #MIN_OCCUPATION_CONFIDENCE}.
   */
  static final double MIN_TOP_OCCUPATION_CONFIDENCE = 0.25;
  static final double MIN_OCCUPATION_CONFIDENCE = 0.5;
  static final int MAX_OCCUPATIONS_PER_SOURCE = 3;
  static final Set<Extracted.Kind> STORED = Set.of(Extracted.Kind.OCCUPATION, Extracted.Kind.SKILL, Extracted.Kind.LANGUAGE,
      Extracted.Kind.DRIVING_LICENCE, Extracted.Kind.SWEDISH_LEVEL);

  private final TextAnalyzer analyzer;

  public TextExtraction(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  public Analysis analyze(String text) {
    return analyzer.analyze(text);
  }

  /** The analyzer's search tokens for a text, joined: what a whitespace-analysed field stores and is queried with. */
  public String searchText(String text) {
    return analyzer.searchText(text);
  }

  public List<ExtractedConcept> forProfile(Profile p, List<String> rejected) {
    Map<String, String> sources = new LinkedHashMap<>();
    put(sources, "cv_text", p.cvText());
    put(sources, "coach_notes", p.coachNotes());
    if (p.experience() != null) {
      for (int i = 0; i < p.experience().size(); i++) {
        put(sources, "experience/" + i + "/description", p.experience().get(i).description());
      }
    }
    Set<String> explicit = new HashSet<>();
    if (p.skills() != null) {
      p.skills().forEach(s -> explicit.add(s.skill().id()));
    }
    if (p.validatedSkills() != null) {
      p.validatedSkills().forEach(s -> explicit.add(s.skill().id()));
    }
    if (p.experience() != null) {
      p.experience().stream().filter(e -> e.occupation() != null).forEach(e -> explicit.add(e.occupation().id()));
    }
    if (p.languages() != null) {
      if (p.languages().motherTongues() != null) {
        p.languages().motherTongues().stream().map(Concept::id).forEach(explicit::add);
      }
      if (p.languages().other() != null) {
        p.languages().other().forEach(l -> explicit.add(l.language().id()));
      }
      if (p.languages().swedish() != null && (p.languages().swedish().sfiCoursePassed() != null || p.languages().swedish().level() != null)) {
        explicit.add("swedish");
      }
    }
    if (p.drivingLicences() != null) {
      p.drivingLicences().stream().map(Concept::id).forEach(explicit::add);
    }
    return extract(sources, explicit, rejected);
  }

  /** An opening's title (first, as an ad's headline) and description. */
  public List<ExtractedConcept> forOpportunity(Opportunity o, List<String> rejected) {
    Map<String, String> sources = new LinkedHashMap<>();
    put(sources, "title", o.title());
    put(sources, "description", o.description());
    Set<String> explicit = new HashSet<>();
    o.occupations().forEach(r -> explicit.add(r.id()));
    if (o.skills() != null) {
      o.skills().forEach(s -> explicit.add(s.skill().id()));
    }
    if (o.languagesAsset() != null) {
      o.languagesAsset().stream().map(Concept::id).forEach(explicit::add);
    }
    if (o.drivingLicences() != null) {
      o.drivingLicences().stream().map(Concept::id).forEach(explicit::add);
    }
    if (o.swedishRequired() != null) {
      explicit.add("swedish");
    }
    return extract(sources, explicit, rejected);
  }

  /** Title and description as search text. */
  public String searchText(Opportunity o) {
    return analyzer.searchText((o.title() == null ? "" : o.title()) + "\n" + (o.description() == null ? "" : o.description()));
  }

  private List<ExtractedConcept> extract(Map<String, String> sources, Set<String> explicit, List<String> rejected) {
    Set<String> refused = rejected == null ? Set.of() : Set.copyOf(rejected);
    Map<String, ExtractedConcept> best = new LinkedHashMap<>();
    sources.forEach((source, text) -> {
      int occupations = 0;
      for (Extracted e : analyzer.analyze(text).concepts()) {
        if (!STORED.contains(e.kind()) || e.id() == null || refused.contains(e.id())) {
          continue;
        }
        boolean stated = explicit.contains(e.id()) || e.kind() == Extracted.Kind.SWEDISH_LEVEL && explicit.contains("swedish");
        if (stated) {
          continue;
        }
        if (e.kind() == Extracted.Kind.OCCUPATION) {
          double floor = occupations == 0 ? MIN_TOP_OCCUPATION_CONFIDENCE : MIN_OCCUPATION_CONFIDENCE;
          if (e.confidence() < floor || occupations >= MAX_OCCUPATIONS_PER_SOURCE) {
            continue;
          }
          occupations++;
        }
        ExtractedConcept c = new ExtractedConcept(e.kind().name(), e.id(), e.label(), round(e.confidence()), source, e.start(),
            e.end(), e.requirement() == null || e.requirement() == Extracted.Requirement.UNSPECIFIED ? null : e.requirement().name(),
            e.level(), e.group(), e.field());
        best.merge(e.kind() + ":" + e.id(), c, (a, b) -> b.confidence() > a.confidence() ? b : a);
      }
    });
    List<ExtractedConcept> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparing(ExtractedConcept::kind).thenComparing(Comparator.comparingDouble(ExtractedConcept::confidence).reversed())
        .thenComparing(ExtractedConcept::id));
    return List.copyOf(out);
  }

  private static void put(Map<String, String> sources, String name, String text) {
    if (text != null && !text.isBlank()) {
      sources.put(name, text);
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
