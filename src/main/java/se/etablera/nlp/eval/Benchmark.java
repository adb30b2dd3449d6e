package se.etablera.nlp.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.etablera.nlp.TextAnalyzer;
import se.etablera.taxonomy.Taxonomy;

/**
 * Throughput of {@link TextAnalyzer#analyze} on typical 300-word ads, on one thread, after warm-up.
 *
 * <pre>
 * java -cp target/etablera.jar se.etablera.nlp.eval.Benchmark ../shared/data/ads [--words 300] [--seconds 10]
 * </pre>
 *
 * <p>Texts are the real ads of the directory (headline on the first line), each cut or padded to the word
 * count by continuing with the next ad's words, so every text is an ordinary ad of that length. It reports
 * wall-clock throughput and throughput per CPU second of the measuring thread, which is the per-core figure
 * and holds when other processes share the machine. The last line printed is one JSON object. This is a
 * measurement, not a test: it fails nothing.
 */
public final class Benchmark {
  private Benchmark() {
  }

  public static void main(String[] args) throws JsonProcessingException {
    if (args.length < 1) {
      System.err.println("usage: Benchmark ADS_DIR [--words 300] [--seconds 10]");
      System.exit(2);
    }
    int words = 300;
    double seconds = 10;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--words" -> words = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long loadStart = System.nanoTime();
    Taxonomy taxonomy = Taxonomy.load();
    long taxonomyLoaded = System.nanoTime();
    TextAnalyzer analyzer = TextAnalyzer.load(taxonomy);
    long analyzerLoaded = System.nanoTime();
    List<String> texts = texts(AdCorpus.read(Path.of(args[0])).ads(), words);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no ads in " + args[0]);
    }

    long warmupEnd = System.nanoTime() + (long) (Math.max(3, seconds / 2) * 1e9);
    int sink = 0;
    for (int i = 0; System.nanoTime() < warmupEnd; i++) {
      sink += analyzer.analyze(texts.get(i % texts.size())).concepts().size();
    }
    List<Long> times = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    int n = 0;
    while (System.nanoTime() < end) {
      long t0 = System.nanoTime();
      sink += analyzer.analyze(texts.get(n % texts.size())).concepts().size();
      times.add(System.nanoTime() - t0);
      n++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    long searchStart = System.nanoTime();
    int tokens = 0;
    for (String text : texts) {
      tokens += analyzer.searchTokens(text).size();
    }
    double searchMs = (System.nanoTime() - searchStart) / 1e6 / texts.size();

    long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    double perSecond = n / elapsed;
    double perCpuSecond = n / cpuSeconds;
    double meanMs = elapsed * 1000 / n;
    double p50 = sorted[sorted.length / 2] / 1e6;
    double p99 = sorted[(int) (sorted.length * 0.99)] / 1e6;
    System.out.printf(Locale.ROOT, "%d distinct texts of %d words, one thread, %.1f s measured after warm-up%n",
        texts.size(), words, elapsed);
    System.out.printf(Locale.ROOT, "analyze: %.0f texts/s wall clock, %.0f texts per CPU second of the thread; "
        + "mean %.3f ms, p50 %.3f ms, p99 %.3f ms; searchTokens: %.3f ms/text%n", perSecond, perCpuSecond, meanMs, p50, p99,
        searchMs);
    System.out.printf(Locale.ROOT, "load: taxonomy %.0f ms, analyzer %.0f ms (cold JVM)  [checksum %d, %d tokens]%n",
        (taxonomyLoaded - loadStart) / 1e6, (analyzerLoaded - taxonomyLoaded) / 1e6, sink, tokens);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("texts", texts.size());
    json.put("words_per_text", words);
    json.put("threads", 1);
    json.put("measured_seconds", round(elapsed));
    json.put("analyzed", n);
    json.put("texts_per_second", round(perSecond));
    json.put("texts_per_cpu_second", round(perCpuSecond));
    json.put("mean_ms", round(meanMs));
    json.put("p50_ms", round(p50));
    json.put("p99_ms", round(p99));
    json.put("search_tokens_ms", round(searchMs));
    json.put("analyzer_load_ms", round((analyzerLoaded - taxonomyLoaded) / 1e6));
    json.put("cores", Runtime.getRuntime().availableProcessors());
    System.out.println(new ObjectMapper().writeValueAsString(json));
  }

  /** Ads as texts of exactly {@code words} words, continuing into the next ad where one is shorter. */
  static List<String> texts(List<AdCorpus.Ad> ads, int words) {
    List<String> all = new ArrayList<>();
    for (AdCorpus.Ad ad : ads) {
      all.add(ad.text());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      StringBuilder text = new StringBuilder();
      int count = 0;
      for (int k = 0; k < all.size() && count < words; k++) {
        String source = all.get((i + k) % all.size());
        int pos = 0;
        while (count < words && pos < source.length()) {
          int next = nextWordEnd(source, pos);
          if (next < 0) {
            break;
          }
          text.append(source, pos, next);
          pos = next;
          count++;
        }
        text.append("\n\n");
      }
      out.add(text.toString().strip());
    }
    return out;
  }

  /** The end of the next whitespace-separated word after {@code from}, with the whitespace before it. */
  private static int nextWordEnd(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i >= s.length()) {
      return -1;
    }
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
