package se.etablera.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Prints the figures for the batch-allocation note: on a generated case of a few hundred people, the optimal
 * total score against the greedy baseline, with and without a share tolerance (0.10 unless given), with counts
 * by group and timings. The last line is one JSON object holding every figure, for scripts.
 *
 * <p>Usage: {@code java -cp target/etablera.jar se.etablera.allocation.AllocationBenchmark [seed [people
 * [openings [tolerance]]]]}; defaults 42, 300, 40 and 0.10. The case is a function of these arguments only.
 *
 * <p>The case is built to resemble a municipality's batch: openings in five sectors with 1–5 seats, about 15
 * allowed openings per person, scores between 0 and 1 built like the matching scorer's (sector experience,
 * Swedish, how accessible the opening is, noise), and prior experience that leans by gender the way the Swedish
 * labour market does, so that the share constraint has something to correct.
 */
public final class AllocationBenchmark {
  private static final String[] SECTORS = {"care", "construction", "logistics", "hospitality", "office"};
  /** Chance that a woman's (first row) or man's (second row) experience is in each sector. */
  private static final double[][] SECTOR_BY_GENDER = {
      {0.40, 0.04, 0.10, 0.28, 0.18},
      {0.12, 0.32, 0.28, 0.16, 0.12}};
  private static final int WARM_RUNS = 3;

  private AllocationBenchmark() {
  }

  /** Generates the case, solves it four ways and prints the figures. */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
    int peopleCount = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int openingCount = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    double tolerance = args.length > 3 ? Double.parseDouble(args[3]) : 0.10;
    Random random = new Random(seed);

    List<Seat> openings = new ArrayList<>();
    int[] sectorOf = new int[openingCount];
    double[] ease = new double[openingCount];
    int seatTotal = 0;
    for (int o = 0; o < openingCount; o++) {
      int seats = 1 + random.nextInt(5);
      openings.add(new Seat(String.format(Locale.ROOT, "o%03d", o), seats));
      sectorOf[o] = random.nextInt(SECTORS.length);
      ease[o] = random.nextDouble();
      seatTotal += seats;
    }

    List<Candidate> people = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    for (int p = 0; p < peopleCount; p++) {
      String id = String.format(Locale.ROOT, "p%04d", p);
      double r = random.nextDouble();
      String group = r < 0.45 ? "female" : r < 0.97 ? "male" : null;
      people.add(new Candidate(id, group));
      int sector = pick(random, SECTOR_BY_GENDER["female".equals(group) ? 0 : 1]);
      double swedish = random.nextDouble();
      int allowed = Math.min(openingCount, 10 + random.nextInt(11));
      for (int o : sample(random, openingCount, allowed)) {
        double sectorFit = sectorOf[o] == sector ? 1.0 : 0.2 + 0.3 * random.nextDouble();
        double raw = 0.40 * sectorFit + 0.25 * swedish + 0.15 * ease[o] + 0.20 * random.nextDouble();
        double score = Math.max(0.02, Math.min(0.99, raw));
        pairs.add(new Pair(id, openings.get(o).openingId(), Math.round(score * 1e4) / 1e4));
      }
    }
    Optional<ShareConstraint> shares = Optional.of(new ShareConstraint(tolerance, Set.of("female", "male")));
    Optional<ShareConstraint> none = Optional.empty();

    Run greedy = run(() -> Allocator.greedy(people, openings, pairs, none));
    Run optimal = run(() -> Allocator.optimal(people, openings, pairs, none));
    Run greedyShares = run(() -> Allocator.greedy(people, openings, pairs, shares));
    Run optimalShares = run(() -> Allocator.optimal(people, openings, pairs, shares));

    long women = people.stream().filter(c -> "female".equals(c.group())).count();
    long men = people.stream().filter(c -> "male".equals(c.group())).count();
    System.out.printf(Locale.ROOT, "Batch allocation benchmark, seed %d%n", seed);
    System.out.printf(Locale.ROOT, "people %d (female %d = %.1f %% of those with a group, male %d, unrecorded %d)%n",
        peopleCount, women, percent(women, women + men), men, peopleCount - women - men);
    System.out.printf(Locale.ROOT, "openings %d, seats %d, allowed pairs %d, share tolerance %.2f%n",
        openingCount, seatTotal, pairs.size(), tolerance);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("seed", seed);
    json.put("people", peopleCount);
    json.put("female", women);
    json.put("male", men);
    json.put("unrecorded", peopleCount - women - men);
    json.put("openings", openingCount);
    json.put("seats", seatTotal);
    json.put("pairs", pairs.size());
    json.put("tolerance", tolerance);
    ShareConstraint check = shares.get();
    print("greedy", greedy, check, people, json);
    print("optimal", optimal, check, people, json);
    print("greedy_shares", greedyShares, check, people, json);
    print("optimal_shares", optimalShares, check, people, json);
    double ratio = ratio(optimal.allocation.totalScore(), greedy.allocation.totalScore());
    double ratioShares = ratio(optimalShares.allocation.totalScore(), greedyShares.allocation.totalScore());
    System.out.printf(Locale.ROOT, "optimal/greedy %.4f (+%.2f %%), with shares %.4f (+%.2f %%)%n",
        ratio, 100 * (ratio - 1), ratioShares, 100 * (ratioShares - 1));
    System.out.printf(Locale.ROOT, "cost of the share constraint: optimal %.4f -> %.4f (%.2f %%)%n",
        optimal.allocation.totalScore(), optimalShares.allocation.totalScore(),
        100 * (ratio(optimalShares.allocation.totalScore(), optimal.allocation.totalScore()) - 1));
    json.put("ratio", round(ratio, 6));
    json.put("ratio_shares", round(ratioShares, 6));
    System.out.println(toJson(json));
  }

  private record Run(Allocation allocation, double coldMs, double warmMs) {
  }

  /** Times the first call, which includes JIT warm-up, and the best of a few more, which a running service sees. */
  private static Run run(Supplier<Allocation> solve) {
    long start = System.nanoTime();
    Allocation first = solve.get();
    double cold = (System.nanoTime() - start) / 1e6;
    double warm = Double.MAX_VALUE;
    for (int i = 0; i < WARM_RUNS; i++) {
      start = System.nanoTime();
      Allocation again = solve.get();
      warm = Math.min(warm, (System.nanoTime() - start) / 1e6);
      if (!again.equals(first)) {
        throw new IllegalStateException("the same input gave a different allocation");
      }
    }
    return new Run(first, cold, warm);
  }

  private static void print(String name, Run run, ShareConstraint check, List<Candidate> people,
      Map<String, Object> json) {
    Allocation a = run.allocation;
    int female = a.assignedByGroup().getOrDefault("female", 0);
    int male = a.assignedByGroup().getOrDefault("male", 0);
    int unrecorded = a.assignments().size() - female - male;
    boolean met = check.isMetBy(people, a.assignments());
    if (name.endsWith("_shares") && met != a.shareConstraintMet()) {
      throw new IllegalStateException(name + " reports shares met " + a.shareConstraintMet() + " but they are " + met);
    }
    System.out.printf(Locale.ROOT,
        "%-15s score %10.4f  assigned %4d (female %d = %.1f %%, male %d, unrecorded %d)  shares within %.2f: %-5s"
            + "  %.1f ms cold, %.1f ms warm%n",
        name, a.totalScore(), a.assignments().size(), female,
        percent(female, female + male), male, unrecorded, check.tolerance(), met,
        run.coldMs, run.warmMs);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("score", round(a.totalScore(), 6));
    figures.put("assigned", a.assignments().size());
    figures.put("female", female);
    figures.put("male", male);
    figures.put("unrecorded", unrecorded);
    figures.put("shares_met", met);
    figures.put("cold_ms", round(run.coldMs, 1));
    figures.put("warm_ms", round(run.warmMs, 1));
    json.put(name, figures);
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /** a/b, taking 0/0 as 1 so an empty case still prints valid JSON. */
  private static double ratio(double a, double b) {
    return b == 0 ? (a == 0 ? 1 : Double.MAX_VALUE) : a / b;
  }

  private static int pick(Random random, double[] weights) {
    double r = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** k distinct indices below n, by a partial Fisher–Yates shuffle so the draw depends only on the seed. */
  private static int[] sample(Random random, int n, int k) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return Arrays.copyOf(all, k);
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }

  private static String toJson(Object value) {
    if (value instanceof Map<?, ?> map) {
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (sb.length() > 1) {
          sb.append(',');
        }
        sb.append('"').append(e.getKey()).append("\":").append(toJson(e.getValue()));
      }
      return sb.append('}').toString();
    }
    if (value instanceof String s) {
      return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    return String.valueOf(value);
  }
}
