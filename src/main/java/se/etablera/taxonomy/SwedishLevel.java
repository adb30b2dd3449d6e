package se.etablera.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One comparable scale for Swedish, whichever way a level is written: an SFI course (A–D, the ordinal
 * level; the study path 1–3 only sets the pace), a CEFR level (A1–C2), or Swedish as a second language
 * (svenska som andraspråk, SvA: grundläggande, then gymnasial 1–3).
 *
 * <p>Scale: 0 none · 1 SFI A · 2 SFI B ≈ A1 · 3 SFI C ≈ A2 · 4 SFI D ≈ A2+/B1 · 5 SvA grund ≈ B1 ·
 * 6 SvA 1 · 7 SvA 2 ≈ B2 · 8 SvA 3 ≈ C1 · 9 C2. The equivalences follow Skolverket's description of
 * the SFI courses against the Common European Framework; they are approximate by nature, so explanations
 * always show the level as it was written.
 */
public record SwedishLevel(String code, String label, int scale) {
  public static final SwedishLevel NONE = new SwedishLevel("none", "Ingen svenska", 0);

  private static final Map<String, SwedishLevel> BY_CODE = Map.ofEntries(
      entry(NONE),
      entry(new SwedishLevel("sfi-a", "SFI kurs A", 1)),
      entry(new SwedishLevel("sfi-b", "SFI kurs B", 2)),
      entry(new SwedishLevel("sfi-c", "SFI kurs C", 3)),
      entry(new SwedishLevel("sfi-d", "SFI kurs D", 4)),
      entry(new SwedishLevel("sva-grund", "Svenska som andraspråk, grundläggande", 5)),
      entry(new SwedishLevel("sva-1", "Svenska som andraspråk 1", 6)),
      entry(new SwedishLevel("sva-2", "Svenska som andraspråk 2", 7)),
      entry(new SwedishLevel("sva-3", "Svenska som andraspråk 3", 8)),
      entry(new SwedishLevel("cefr-a1", "CEFR A1", 2)),
      entry(new SwedishLevel("cefr-a2", "CEFR A2", 3)),
      entry(new SwedishLevel("cefr-b1", "CEFR B1", 5)),
      entry(new SwedishLevel("cefr-b2", "CEFR B2", 7)),
      entry(new SwedishLevel("cefr-c1", "CEFR C1", 8)),
      entry(new SwedishLevel("cefr-c2", "CEFR C2", 9)));

  /** Every way of writing a level we accept, as examples for error messages. */
  public static final List<String> EXAMPLES = List.of("SFI C", "SFI kurs D", "A2", "B1", "SvA grund", "SvA 1", "ingen");

  private static final Pattern SFI = Pattern.compile("^(?:sfi|svenska för invandrare)?\\s*(?:kurs\\s*)?([abcd])(?:\\s*kurs(?:en)?)?$");
  private static final Pattern SFI_LEADING = Pattern.compile("^(?:sfi|svenska för invandrare)\\s*(?:kurs\\s*)?([abcd])\\b.*$");
  private static final Pattern CEFR = Pattern.compile("^(?:cefr|gers)?\\s*([abc])\\s*([12])$");
  private static final Pattern SVA = Pattern.compile(
      "^(?:sva|sas|svenska som andraspråk|svenska som andra språk)\\s*(grund|grundläggande|grundnivå|[123])$");

  public static Optional<SwedishLevel> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** Parses "SFI C", "sfi kurs c", "C", "B1", "CEFR A2", "SvA grund", "SAS 2", "ingen"; empty when unknown. */
  public static Optional<SwedishLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = Text.normalize(text).replace("-", " ");
    if (BY_CODE.containsKey(s.replace(' ', '-'))) {
      return byCode(s.replace(' ', '-'));
    }
    if (s.equals("ingen") || s.equals("none") || s.equals("ingen svenska")) {
      return Optional.of(NONE);
    }
    Matcher m = SFI.matcher(s);
    if (m.matches() || (m = SFI_LEADING.matcher(s)).matches()) {
      return byCode("sfi-" + m.group(1));
    }
    m = CEFR.matcher(s);
    if (m.matches()) {
      return byCode("cefr-" + m.group(1) + m.group(2));
    }
    m = SVA.matcher(s);
    if (m.matches()) {
      String level = m.group(1);
      return byCode("sva-" + (level.startsWith("grund") ? "grund" : level));
    }
    return Optional.empty();
  }

  /** The SFI course at this scale value (1–4), if there is one: the course that teaches up to it. */
  public static Optional<SwedishLevel> sfiCourse(int scale) {
    return scale >= 1 && scale <= 4 ? byCode("sfi-" + (char) ('a' + scale - 1)) : Optional.empty();
  }

  public boolean atLeast(SwedishLevel other) {
    return scale >= other.scale;
  }

  public String labelIn(Locale locale) {
    if (!"en".equals(locale.getLanguage())) {
      return label;
    }
    return switch (code) {
      case "none" -> "No Swedish";
      case "sva-grund" -> "Swedish as a second language, basic";
      default -> code.startsWith("sva-") ? "Swedish as a second language " + code.substring(4)
          : code.startsWith("sfi-") ? "SFI course " + code.substring(4).toUpperCase(Locale.ROOT) : label;
    };
  }

  private static Map.Entry<String, SwedishLevel> entry(SwedishLevel level) {
    return Map.entry(level.code, level);
  }
}
