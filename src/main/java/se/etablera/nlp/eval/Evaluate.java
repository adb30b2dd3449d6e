package se.etablera.nlp.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.etablera.nlp.Analysis;
import se.etablera.nlp.Extracted;
import se.etablera.nlp.Extracted.Kind;
import se.etablera.nlp.TextAnalyzer;
import se.etablera.taxonomy.Taxonomy;

/**
 * Evaluation harness for the text analyzer against labelled job ads, with a plain baseline in the same run.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -cp target/etablera.jar se.etablera.nlp.eval.Evaluate ../shared/data/ads [--taxonomy DIR] [--threshold 0.5] [--verbose]
 * </pre>
 *
 * <p>Occupations: each ad whose occupation group (SSYK-4) is labelled is analysed; top-1 and top-3 accuracy
 * of the ranked groups, and top-1 (and top-3) accuracy of their occupation fields. Labels: JobSearch ads
 * carry the employer's group and field; scraped ads their legacy occupation id, mapped to SSYK with
 * occId_2_ssyk2012.json, or else their occupation name matched exactly against the taxonomy's names.
 * Auranest ads are scored separately against the groups of JobTech's detected occupation keywords (a
 * machine label, so any of them counts), and not in the main figures.
 *
 * <p>Skills: Auranest ads with JobTech's detected skill keywords. The analyzer's skills, languages, driving
 * licences and Swedish requirements with confidence at or above the threshold are the predictions (JobTech's
 * keywords include languages and "körkort"). A prediction matches a keyword when the keyword's
 * {@link TextAnalyzer#termKey term key} (normalised, definite forms and inflections removed, stemmed) equals
 * the key of the text it was found in, its label, its label before the first comma, or one of its label's
 * slash alternatives (also without a vendor prefix: "MS Excel" answers to "excel"); a driving licence also
 * answers to "körkort" and a Swedish requirement to "svenska".
 * Precision = matched predictions / predictions, recall = matched keywords / keywords, micro-averaged over
 * ads. The baseline's predictions are compared by the same rule.
 *
 * <p>The taxonomy folder (default: ../taxonomy beside the ads folder) supplies the label mappings; the
 * product itself never reads it. The last line printed is one JSON object with every figure.
 */
public final class Evaluate {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Evaluate() {
  }

  /** Accuracy of ranked occupation groups and fields against a label. */
  private static final class Accuracy {
    int n;
    int group1;
    int group3;
    int field1;
    int field3;

    void add(List<String> groups, List<String> fields, Set<String> goldGroups, Set<String> goldFields) {
      n++;
      group1 += !groups.isEmpty() && goldGroups.contains(groups.get(0)) ? 1 : 0;
      group3 += groups.stream().limit(3).anyMatch(goldGroups::contains) ? 1 : 0;
      field1 += !fields.isEmpty() && goldFields.contains(fields.get(0)) ? 1 : 0;
      field3 += fields.stream().limit(3).anyMatch(goldFields::contains) ? 1 : 0;
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ads", n);
      m.put("group_top1", ratio(group1, n));
      m.put("group_top3", ratio(group3, n));
      m.put("field_top1", ratio(field1, n));
      m.put("field_top3", ratio(field3, n));
      return m;
    }
  }

  /** Micro-averaged precision and recall of keyword predictions. */
  private static final class PrecisionRecall {
    int predicted;
    int predictedRight;
    int gold;
    int goldFound;

    Map<String, Object> json() {
      double p = ratio(predictedRight, predicted);
      double r = ratio(goldFound, gold);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("precision", p);
      m.put("recall", r);
      m.put("f1", p + r == 0 ? 0.0 : round(2 * p * r / (p + r)));
      m.put("predicted", predicted);
      m.put("predicted_matched", predictedRight);
      m.put("keywords_found", goldFound);
      return m;
    }
  }

  public static void main(String[] args) throws JsonProcessingException {
    if (args.length < 1) {
      System.err.println("usage: Evaluate ADS_DIR [--taxonomy DIR] [--threshold 0.5] [--verbose]");
      System.exit(2);
    }
    Path adsDir = Path.of(args[0]);
    Path taxonomyDir = adsDir.toAbsolutePath().getParent().resolve("taxonomy");
    double threshold = 0.5;
    boolean verbose = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--taxonomy" -> taxonomyDir = Path.of(args[++i]);
        case "--threshold" -> threshold = Double.parseDouble(args[++i]);
        case "--verbose" -> verbose = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!Files.isDirectory(adsDir)) {
      throw new IllegalArgumentException("not a directory: " + adsDir);
    }
    Taxonomy taxonomy = Taxonomy.load();
    TextAnalyzer analyzer = TextAnalyzer.load(taxonomy);
    Baseline baseline = new Baseline(taxonomy);
    GoldLabels labels = new GoldLabels(taxonomy, taxonomyDir);
    AdCorpus.Result corpus = AdCorpus.read(adsDir);

    Map<AdCorpus.Format, Integer> counts = new EnumMap<>(AdCorpus.Format.class);
    Map<String, Accuracy> ours = new LinkedHashMap<>();
    Map<String, Accuracy> base = new LinkedHashMap<>();
    Map<String, Accuracy> baseHeadline = new LinkedHashMap<>();
    Map<String, Integer> labelSources = new LinkedHashMap<>();
    PrecisionRecall ourSkills = new PrecisionRecall();
    PrecisionRecall baseSkills = new PrecisionRecall();
    int skillAds = 0;
    for (AdCorpus.Ad ad : corpus.ads()) {
      counts.merge(ad.format(), 1, Integer::sum);
      Analysis analysis = analyzer.analyze(ad.text());
      List<String> groups = new ArrayList<>();
      for (Extracted e : analysis.concepts(Kind.OCCUPATION)) {
        if (!groups.contains(e.group())) {
          groups.add(e.group());
        }
      }
      List<String> baseGroups = baseline.groups(ad.text(), 3);
      List<String> baseHeadlineGroups = baseline.groups(ad.headline(), 3);
      Set<String> goldGroups = new LinkedHashSet<>();
      String bucket = null;
      String source = null;
      switch (ad.format()) {
        case JOBSEARCH -> {
          if (ad.goldGroup() != null) {
            goldGroups.add(ad.goldGroup());
            bucket = "jobsearch";
            source = "jobsearch occupation_group";
          }
        }
        case SCRAPED -> {
          String g = labels.groupOfLegacyId(ad.legacyOccupationId());
          if (g != null) {
            goldGroups.add(g);
            source = "scraped legacy occupation id";
          } else {
            Set<String> byName = labels.groupsOfName(ad.occupationName());
            if (byName.size() == 1) {
              goldGroups.addAll(byName);
              source = "scraped occupation name";
            }
          }
          bucket = goldGroups.isEmpty() ? null : "scraped";
        }
        case AURANEST -> {
          if (ad.detectedOccupations() != null) {
            for (String o : ad.detectedOccupations()) {
              goldGroups.addAll(labels.groupsOfName(o));
            }
          }
          bucket = goldGroups.isEmpty() ? null : "auranest_detected";
          source = bucket == null ? null : "auranest detected occupations";
        }
        default -> throw new IllegalStateException();
      }
      if (bucket != null) {
        labelSources.merge(source, 1, Integer::sum);
        Set<String> goldFields = new HashSet<>();
        goldGroups.forEach(g -> goldFields.add(labels.fieldOf(g)));
        if (ad.goldField() != null) {
          goldFields.clear();
          goldFields.add(ad.goldField());
        }
        List<String> fields = fields(groups, labels);
        List<String> baseFields = fields(baseGroups, labels);
        List<String> baseHeadlineFields = fields(baseHeadlineGroups, labels);
        for (String b : bucket.equals("auranest_detected") ? List.of(bucket) : List.of("labelled", bucket)) {
          ours.computeIfAbsent(b, k -> new Accuracy()).add(groups, fields, goldGroups, goldFields);
          base.computeIfAbsent(b, k -> new Accuracy()).add(baseGroups, baseFields, goldGroups, goldFields);
          baseHeadline.computeIfAbsent(b, k -> new Accuracy())
              .add(baseHeadlineGroups, baseHeadlineFields, goldGroups, goldFields);
        }
        if (verbose) {
          boolean hit = !groups.isEmpty() && goldGroups.contains(groups.get(0));
          System.out.printf(Locale.ROOT, "%s %s | %s | gold %s | ours %s | base %s%n", hit ? "OK  " : "MISS", ad.format(),
              ad.headline().replace('\n', ' '), names(goldGroups, taxonomy), names(groups.subList(0, Math.min(3, groups.size())),
                  taxonomy), names(baseGroups, taxonomy));
        }
      }
      if (ad.detectedSkills() != null && !ad.detectedSkills().isEmpty()) {
        skillAds++;
        Set<String> gold = new LinkedHashSet<>();
        ad.detectedSkills().forEach(k -> gold.add(analyzer.termKey(k)));
        List<Set<String>> predicted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Extracted e : analysis.concepts()) {
          if (isKeywordKind(e.kind()) && e.confidence() >= threshold && seen.add(e.kind() + e.id())) {
            predicted.add(forms(analyzer, e));
          }
        }
        score(ourSkills, predicted, gold);
        List<Set<String>> basePredicted = new ArrayList<>();
        for (String label : baseline.skillLabels(ad.text())) {
          basePredicted.add(labelForms(analyzer, label));
        }
        score(baseSkills, basePredicted, gold);
        if (verbose) {
          System.out.printf(Locale.ROOT, "SKILLS %s | gold %s | ours %s%n", ad.headline().replaceAll("\\s+", " "), ad.detectedSkills(),
              analysis.concepts().stream().filter(e -> isKeywordKind(e.kind()) && e.confidence() >= 0)
                  .map(e -> e.text() + "=" + e.label() + (e.confidence() < 0.5 ? "(" + e.confidence() + ")" : "")).toList());
        }
      }
    }
    print(corpus, counts, ours, base, baseHeadline, labelSources, ourSkills, baseSkills, skillAds, threshold);
  }

  private static void print(AdCorpus.Result corpus, Map<AdCorpus.Format, Integer> counts, Map<String, Accuracy> ours,
                            Map<String, Accuracy> base, Map<String, Accuracy> baseHeadline,
                            Map<String, Integer> labelSources, PrecisionRecall ourSkills,
                            PrecisionRecall baseSkills, int skillAds, double threshold) throws JsonProcessingException {
    System.out.println("ads read: " + counts + ", lines of unknown format: " + corpus.unknown());
    System.out.println("occupation labels from: " + labelSources);
    for (String bucket : ours.keySet()) {
      System.out.printf(Locale.ROOT, "occupation %-18s n=%3d  ours group@1 %.3f group@3 %.3f field@1 %.3f | baseline group@1 %.3f group@3 %.3f field@1 %.3f%n",
          bucket, ours.get(bucket).n, ratio(ours.get(bucket).group1, ours.get(bucket).n),
          ratio(ours.get(bucket).group3, ours.get(bucket).n), ratio(ours.get(bucket).field1, ours.get(bucket).n),
          ratio(base.get(bucket).group1, base.get(bucket).n), ratio(base.get(bucket).group3, base.get(bucket).n),
          ratio(base.get(bucket).field1, base.get(bucket).n));
    }
    System.out.printf(Locale.ROOT, "skills (%d ads, %d keywords, threshold %.2f)  ours P %.3f R %.3f F1 %s | baseline P %.3f R %.3f F1 %s%n",
        skillAds, ourSkills.gold, threshold, ratio(ourSkills.predictedRight, ourSkills.predicted),
        ratio(ourSkills.goldFound, ourSkills.gold), ourSkills.json().get("f1"),
        ratio(baseSkills.predictedRight, baseSkills.predicted), ratio(baseSkills.goldFound, baseSkills.gold),
        baseSkills.json().get("f1"));
    System.out.println("baseline: " + Baseline.DESCRIPTION + "; baseline_headline_only: the same BM25 with the headline alone as query");

    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> adsJson = new LinkedHashMap<>();
    counts.forEach((f, n) -> adsJson.put(f.name().toLowerCase(Locale.ROOT), n));
    adsJson.put("unknown_lines", corpus.unknown());
    json.put("ads", adsJson);
    Map<String, Object> occupation = new LinkedHashMap<>();
    for (String bucket : ours.keySet()) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("ours", ours.get(bucket).json());
      b.put("baseline", base.get(bucket).json());
      b.put("baseline_headline_only", baseHeadline.get(bucket).json());
      occupation.put(bucket, b);
    }
    json.put("occupation", occupation);
    Map<String, Object> skills = new LinkedHashMap<>();
    skills.put("ads", skillAds);
    skills.put("keywords", ourSkills.gold);
    skills.put("threshold", threshold);
    skills.put("ours", ourSkills.json());
    skills.put("baseline", baseSkills.json());
    json.put("skills", skills);
    json.put("baseline", Baseline.DESCRIPTION);
    json.put("baseline_headline_only", "the baseline's BM25 with the ad's headline alone as query");
    System.out.println(MAPPER.writeValueAsString(json));
  }

  private static boolean isKeywordKind(Kind kind) {
    return kind == Kind.SKILL || kind == Kind.LANGUAGE || kind == Kind.DRIVING_LICENCE || kind == Kind.SWEDISH_LEVEL;
  }

  /** The keys a prediction answers to: where it was found, its label, the label's head and alternatives. */
  private static Set<String> forms(TextAnalyzer analyzer, Extracted e) {
    Set<String> out = labelForms(analyzer, e.label());
    out.add(analyzer.termKey(e.text()));
    if (e.kind() == Kind.DRIVING_LICENCE) {
      out.add(analyzer.termKey("körkort"));
    }
    if (e.kind() == Kind.SWEDISH_LEVEL) {
      out.add(analyzer.termKey("svenska"));
    }
    return out;
  }

  private static Set<String> labelForms(TextAnalyzer analyzer, String label) {
    Set<String> out = new HashSet<>();
    String clean = label.replaceAll("\\([^)]*\\)", " ").strip();
    out.add(analyzer.termKey(clean));
    String head = clean.contains(",") ? clean.substring(0, clean.indexOf(',')).strip() : clean;
    out.add(analyzer.termKey(head));
    for (String alternative : head.split("/")) {
      out.add(analyzer.termKey(alternative.strip()));
      out.add(analyzer.termKey(alternative.strip().replaceFirst("^(MS|Microsoft) ", "")));
    }
    return out;
  }

  private static void score(PrecisionRecall pr, List<Set<String>> predicted, Set<String> gold) {
    pr.predicted += predicted.size();
    pr.gold += gold.size();
    for (Set<String> forms : predicted) {
      if (forms.stream().anyMatch(gold::contains)) {
        pr.predictedRight++;
      }
    }
    for (String g : gold) {
      if (predicted.stream().anyMatch(forms -> forms.contains(g))) {
        pr.goldFound++;
      }
    }
  }

  private static List<String> fields(List<String> groups, GoldLabels labels) {
    List<String> out = new ArrayList<>();
    for (String g : groups) {
      String f = labels.fieldOf(g);
      if (f != null && !out.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  private static List<String> names(java.util.Collection<String> groups, Taxonomy taxonomy) {
    List<String> out = new ArrayList<>();
    groups.forEach(g -> out.add(taxonomy.label(g)));
    return out;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : round((double) a / b);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
