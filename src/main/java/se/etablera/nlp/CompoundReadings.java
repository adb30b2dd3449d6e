package se.etablera.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.etablera.taxonomy.Taxonomy;

/**
 * Occupation readings of compounds the dictionaries do not list, through both their parts: a
 * "lagermedarbetare" is a medarbetare (the head says it is a person's job and at what level) in the lager
 * trade (the modifier says in which groups). The taxonomy's own names teach both:
 *
 * <ul>
 *   <li>modifier → groups: the groups whose occupation names use the modifier ("Lagerarbetare",
 *   "Lagerplanerare" → Lager- och terminalpersonal; "Lagerchef" → Inköps-, logistik- och transportchefer),
 *   and the qualifiers of names and group labels ("Undersköterskor, hemtjänst, ..." → hemtjänst);</li>
 *   <li>head → level and field: whether the names with that head are managers' (SSYK major group 1) and
 *   in which occupation fields they are: a -chef leads in any field, a -lärare teaches, a -medarbetare,
 *   -biträde or -personal works in many fields but does not lead.</li>
 * </ul>
 *
 * A head that is a general word ("medarbetare", "chef", "ansvarig") takes its group from the modifier,
 * weighted by how well the group's field and level fit the head's names. A head that names an occupation of its own
 * ("läkare", "administratör") keeps its readings; the modifier only lifts those of them in a group whose
 * names share it (HR-administratör → Löne- och personaladministratörer, as HR-assistent), and adds the other
 * groups of the modifier as weak readings.
 */
final class CompoundReadings {
  /** A reading both parts support counts this much more than one only the head supports. */
  private static final double BOTH = 2.0;
  /** For a general head: how much its own readings count when the modifier does not support them. */
  private static final double HEAD_ALONE = 0.1;
  /**
   * For a general head: the weight of a group's fit to the head's names against the head's listed kinds,
   * for kinds the taxonomy does not list (a lagermedarbetare is no listed kind of medarbetare).
   */
  private static final double UNLISTED_KIND = 0.25;
  /** Groups only the modifier supports, when the head names an occupation of its own. */
  private static final double MODIFIER_ONLY_NAMED = 0.25;
  /** A head's names keep to one field no more than if it had this many more names in other fields. */
  private static final double FEW_NAMES = 2;
  /** Add-half smoothing of a head's levels and fields. */
  private static final double PRIOR = 0.5;
  /** A compound reading weaker than this (parts that do not fit together) is no reading at all. */
  private static final double MIN_READING = 0.1;
  /** A head that is no occupation term needs this many names to count as a person's head. */
  private static final double MIN_HEAD_NAMES = 3;

  private record Example(String occupationId, String label) {
  }

  private final Taxonomy taxonomy;
  private final Map<String, Map<String, Double>> groupsByModifier = new HashMap<>();
  private final Map<String, Map<String, Example>> examples = new HashMap<>();
  private final Map<String, double[]> levelsByHead = new HashMap<>();
  private final Map<String, Map<String, Double>> fieldsByHead = new HashMap<>();
  private final double generalWeight;
  private final int maxSenses;

  CompoundReadings(Taxonomy taxonomy, double generalWeight, int maxSenses) {
    this.taxonomy = taxonomy;
    this.generalWeight = generalWeight;
    this.maxSenses = maxSenses;
  }

  /** An occupation name of a group: its modifiers point to the group, its head learns the group's level. */
  void addName(List<String> modifierKeys, String headKey, String groupId, String occupationId, String label,
               double kind) {
    for (String m : modifierKeys) {
      addModifier(m, groupId, occupationId, label, kind);
    }
    Taxonomy.OccupationGroup g = taxonomy.group(groupId).orElse(null);
    if (headKey != null && g != null) {
      levelsByHead.computeIfAbsent(headKey, k -> new double[2])[g.ssyk().startsWith("1") ? 0 : 1] += kind;
      fieldsByHead.computeIfAbsent(headKey, k -> new HashMap<>()).merge(g.fieldId(), kind, Double::sum);
    }
  }

  /** A qualifier of a name or group label ("hemtjänst" of "Undersköterskor, hemtjänst, ..."). */
  void addModifier(String modifier, String groupId, String occupationId, String label, double kind) {
    String modifierKey = modifierKey(modifier);
    groupsByModifier.computeIfAbsent(modifierKey, k -> new HashMap<>()).merge(groupId, kind, Double::sum);
    Map<String, Example> byGroup = examples.computeIfAbsent(modifierKey, k -> new HashMap<>());
    Example known = byGroup.get(groupId);
    if (known == null || known.occupationId() == null && occupationId != null) {
      byGroup.put(groupId, new Example(occupationId, label));
    }
  }

  /** A modifier as written, lower case, without a linking -s (butiks- and butik- are one modifier). */
  private static String modifierKey(String modifier) {
    String m = modifier.toLowerCase(java.util.Locale.ROOT);
    return m.length() > 4 && m.endsWith("s") ? m.substring(0, m.length() - 1) : m;
  }

  /**
   * Whether enough of the taxonomy's names have this head for it to name a person's job without being an
   * occupation term itself (-ansvarig in Butiksansvarig, Eventansvarig, Anbudsansvarig, ...).
   */
  boolean isHead(String headKey) {
    double[] levels = levelsByHead.get(headKey);
    return levels != null && levels[0] + levels[1] >= MIN_HEAD_NAMES;
  }

  /**
   * The reading of a compound with these modifier keys and this head, or the head's own term when the
   * modifiers say nothing about groups; null when neither part helps.
   *
   * @param headTerm the head's occupation term, or null when the head is no occupation term ("ansvarig")
   * @param weight   the term weight when the head has no term of its own
   */
  Term read(List<String> modifierKeys, String headKey, Term headTerm, double weight) {
    return compute(modifierKeys, headKey, headTerm, weight);
  }

  private Term compute(List<String> modifierKeys, String headKey, Term headTerm, double weight) {
    Map<String, Double> modifier = new HashMap<>();
    for (String m : modifierKeys) {
      Map<String, Double> groups = groupsByModifier.get(modifierKey(m));
      if (groups != null) {
        groups.forEach((g, n) -> modifier.merge(g, n, Math::max));
      }
    }
    if (modifier.isEmpty() || headTerm == null && !isHead(headKey)) {
      return headTerm;
    }
    boolean general = headTerm == null || headTerm.weight() <= generalWeight + 1e-9;
    Map<String, Term.Sense> bySense = new HashMap<>();
    double headTotal = 0;
    if (headTerm != null) {
      for (Term.Sense s : headTerm.senses()) {
        if (bySense.putIfAbsent(s.groupId(), s) == null) {
          headTotal += s.share();
        }
      }
    }
    double modifierTotal = modifier.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> score = new LinkedHashMap<>();
    if (general) {
      // Both parts vote. The head alone keeps its readings as they were, at a discount; the modifier adds
      // the groups whose names use it, by their share of those names and by how well they fit the head's
      // names (level and field). "lager|medarbetare": Lager- och terminalpersonal has most lager- names, and
      // a -medarbetare may work there; "privat|lärare": the groups of privat- names (Privatdetektiv) do not
      // teach, so the kinds of lärare stay.
      Map<String, Double> candidates = new LinkedHashMap<>(modifier);
      bySense.keySet().forEach(g -> candidates.putIfAbsent(g, 0.0));
      for (String g : candidates.keySet()) {
        double m = modifier.getOrDefault(g, 0.0) / modifierTotal;
        double h = bySense.containsKey(g) ? bySense.get(g).share() / headTotal : 0;
        score.put(g, HEAD_ALONE * h + m * (h + UNLISTED_KIND * fit(headKey, g)));
      }
    } else {
      // A head that names an occupation ("läkare", "administratör") keeps it; the modifier lifts its
      // readings in groups whose names share the modifier and adds the others as weak readings.
      // A reading both parts support is the compound's reading: it rises above the head's strongest reading
      // (more so by the modifier's share of its names there), however rare a kind of the head it is. HR-|administratör:
      // the head's readings include Löne- och personaladministratörer (Löneadministratör), whose names also
      // say HR- (HR-assistent), so that group, not Administratör, is the reading.
      double most = modifier.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
      double headBest = 0;
      for (Term.Sense s : headTerm.senses()) {
        headBest = Math.max(headBest, s.share());
      }
      for (Term.Sense s : headTerm.senses()) {
        Double m = modifier.get(s.groupId());
        double both = m == null ? s.share() : BOTH * Math.max(s.share(), headBest) * (1 + m / most) / 2;
        score.merge(s.groupId(), both, Math::max);
      }
      for (Map.Entry<String, Double> e : modifier.entrySet()) {
        if (!bySense.containsKey(e.getKey())) {
          score.put(e.getKey(), e.getValue() / most * fit(headKey, e.getKey()) * MODIFIER_ONLY_NAMED);
        }
      }
    }
    double best = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    // A general head reads as strongly as it does alone, or more when the modifier names a fitting group.
    // Without a term of its own ("ansvarig"), full strength needs a group with half the modifier's names
    // that fits the head; parts that hardly fit ("omsorg|personal": only chefs' names say omsorg-) read weakly.
    double alone = 0;
    for (Term.Sense sense : bySense.values()) {
      alone = Math.max(alone, HEAD_ALONE * sense.share() / headTotal);
    }
    double strength = !general ? 1.0 : Math.min(1.0, best / (alone > 0 ? alone : 0.5 * UNLISTED_KIND));
    if (best <= 0 || strength < MIN_READING) {
      return headTerm;
    }
    List<Term.Sense> senses = new ArrayList<>();
    for (Map.Entry<String, Double> e : score.entrySet()) {
      double share = e.getValue() / best;
      Term.Sense head = bySense.get(e.getKey());
      if (head != null) {
        senses.add(new Term.Sense(e.getKey(), head.occupationId(), head.label(), share, head.qualifier()));
      } else {
        Example ex = examples.get(modifierKeyFor(modifierKeys, e.getKey())).get(e.getKey());
        senses.add(new Term.Sense(e.getKey(), ex.occupationId(), ex.label(), share, List.of()));
      }
    }
    senses.sort(Comparator.comparingDouble(Term.Sense::share).reversed());
    List<Term.Sense> top = List.copyOf(senses.subList(0, Math.min(maxSenses, senses.size())));
    double w = (headTerm == null ? weight : Math.max(headTerm.weight(), general ? generalWeight : 0)) * strength;
    return new Term(Extracted.Kind.OCCUPATION, null, top.get(0).label(), w, Term.Writing.ANY, top);
  }


  private String modifierKeyFor(List<String> modifierKeys, String groupId) {
    for (String m : modifierKeys) {
      Map<String, Example> byGroup = examples.get(modifierKey(m));
      if (byGroup != null && byGroup.containsKey(groupId)) {
        return modifierKey(m);
      }
    }
    throw new IllegalStateException("no example for " + groupId);
  }

  /**
   * How well a group fits a head, at most 1: its level must fit (whether the head's names are managers',
   * SSYK major group 1, or not: a -chef leads, a -medarbetare does not), and its occupation field as much
   * as the head's names keep to one field (a -lärare teaches; a -medarbetare, -biträde or -personal works
   * in many fields, so the field matters little).
   */
  private double fit(String headKey, String groupId) {
    double[] levels = levelsByHead.get(headKey);
    Map<String, Double> fields = fieldsByHead.get(headKey);
    Taxonomy.OccupationGroup g = taxonomy.group(groupId).orElse(null);
    if (levels == null || g == null) {
      return 1.0;
    }
    int level = g.ssyk().startsWith("1") ? 0 : 1;
    double levelFit = (levels[level] + PRIOR) / (Math.max(levels[0], levels[1]) + PRIOR);
    double all = levels[0] + levels[1];
    double most = fields.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    // how much the head keeps to one field, doubtful for a head of few names
    double concentration = most / (all + FEW_NAMES);
    double fieldFit = 1 - concentration + concentration * (fields.getOrDefault(g.fieldId(), 0.0) + PRIOR) / (most + PRIOR);
    return levelFit * fieldFit;
  }

}
