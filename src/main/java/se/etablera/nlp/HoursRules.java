package se.etablera.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.etablera.nlp.Extracted.Kind;

/**
 * Working time: heltid/deltid (full-time/part-time), a percentage of full time ("75 %", "tjänstgöringsgrad
 * 80%"), hours per week ("20 timmar/vecka", "30 h/v", "15 hours per week"), and hourly or on-call
 * employment (timanställning, behovsanställning), which implies part time.
 *
 * <p>Full time is taken as 40 hours a week, the normal working week of the Swedish Working Hours Act; a
 * percentage is read against it. A percentage counts only near a word about the job's extent (tjänst,
 * omfattning, heltid, ...) or in the headline, so that "provision 20 %" is not working time.
 */
final class HoursRules {
  static final int FULL_TIME = 40;
  /** Below this many hours a week a job counts as part time. */
  static final int PART_TIME_BELOW = 35;

  private static final Set<String> FULL = Words.of("heltid", "heltidstjänst", "heltidsanställning", "heltidstjänster",
      "full-time", "fulltime", "heltidsarbete");
  private static final Set<String> PART = Words.of("deltid", "deltidstjänst", "deltidsanställning", "deltidstjänster",
      "part-time", "parttime", "deltidsarbete");
  private static final Set<String> HOURLY = Words.of("timanställning", "timanställd", "timanställda", "timvikarie",
      "timvikarier", "timvikariat", "behovsanställning", "behovsanställd", "behovsanställda");
  private static final Set<String> EXTENT = Words.of("tjänst", "tjänsten", "tjänstgöringsgrad", "tjänstgöringsgraden",
      "omfattning", "omfattningen", "sysselsättningsgrad", "sysselsättningsgraden", "heltid", "deltid", "anställning",
      "anställningen", "arbetstid", "arbetstiden", "tjänstgöring", "sysselsättning", "position", "employment",
      "tjänstens", "extent", "schedule", "deltidstjänst", "heltidstjänst", "vikariat", "tillsvidareanställning");
  private static final Set<String> HOUR_WORDS = Words.of("timmar", "tim", "h", "hours", "timme", "hrs", "t");
  private static final Set<String> WEEK_WORDS = Words.of("vecka", "veckan", "v", "week", "veckor", "vecka.", "w");
  private static final Pattern RANGE = Pattern.compile("(\\d{1,3})[-–](\\d{1,3})");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

  void extract(Doc doc, List<Found> out) {
    for (Token w : doc.words) {
      if (FULL.contains(w.norm) || w.norm.equals("full") && next(doc, w, "time")) {
        int to = w.norm.equals("full") ? w.wordIndex + 2 : w.wordIndex + 1;
        out.add(hours(doc, w.wordIndex, to, "Heltid", FULL_TIME, false, 0.9));
      } else if (PART.contains(w.norm) || w.norm.equals("part") && next(doc, w, "time")) {
        int to = w.norm.equals("part") ? w.wordIndex + 2 : w.wordIndex + 1;
        out.add(hours(doc, w.wordIndex, to, "Deltid", null, true, 0.9));
      } else if (HOURLY.contains(w.norm)) {
        out.add(hours(doc, w.wordIndex, w.wordIndex + 1, "Timanställning", null, true, 0.5));
      } else if (w.isWordOrNumber()) {
        int[] value = number(w.norm);
        if (value != null) {
          percentage(doc, w, value, out);
          perWeek(doc, w, value, out);
        }
      }
    }
  }

  /** A number or a range "50-100"; the range's upper end is what the job offers at most. */
  private static int[] number(String norm) {
    if (norm.isEmpty() || !Character.isDigit(norm.charAt(0)) || norm.length() > 7) {
      return null;
    }
    Matcher m = RANGE.matcher(norm);
    if (m.matches()) {
      return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
    if (NUMBER.matcher(norm).matches()) {
      int v = Integer.parseInt(norm);
      return new int[] {v, v};
    }
    return null;
  }

  private void percentage(Doc doc, Token w, int[] value, List<Found> out) {
    int t = w.index;
    Token after = t + 1 < doc.tokens.size() ? doc.tokens.get(t + 1) : null;
    boolean percent = after != null && (after.surface.equals("%") || after.norm.equals("procent"))
        && after.sentence == w.sentence;
    if (!percent || value[1] < 10 || value[1] > 100 || value[0] > value[1]) {
      return;
    }
    boolean headlineOfAd = w.sentence == doc.headline && doc.sentences.size() > 1;
    if (!(headlineOfAd || nearExtentWord(doc, w))) {
      return;
    }
    int hours = Math.round(FULL_TIME * value[1] / 100f);
    Found f = hours(doc, w.wordIndex, w.wordIndex + 1, value[1] + " %", hours, value[1] < 100, 0.85);
    out.add(f.extendTo(doc, after));
  }

  private static boolean nearExtentWord(Doc doc, Token w) {
    for (int i = w.wordIndex - 6; i <= w.wordIndex + 4; i++) {
      Token t = doc.wordInSentence(i, w);
      if (t != null && EXTENT.contains(t.norm)) {
        return true;
      }
    }
    return false;
  }

  /** "20 timmar/vecka", "30 h/v", "15 hours per week", "20 tim i veckan". */
  private void perWeek(Doc doc, Token w, int[] value, List<Found> out) {
    Token unit = doc.wordInSentence(w.wordIndex + 1, w);
    if (unit == null || !HOUR_WORDS.contains(unit.norm) || value[1] > 60 || value[1] == 0) {
      return;
    }
    for (int i = unit.wordIndex + 1; i <= unit.wordIndex + 3; i++) {
      Token t = doc.wordInSentence(i, w);
      if (t == null) {
        return;
      }
      if (WEEK_WORDS.contains(t.norm)) {
        out.add(hours(doc, w.wordIndex, i + 1, value[1] + " timmar/vecka", value[1], value[1] < PART_TIME_BELOW, 0.9));
        return;
      }
      if (!(t.norm.equals("per") || t.norm.equals("i") || t.norm.equals("a") || t.norm.equals("om") || t.norm.equals("each"))) {
        return;
      }
    }
  }

  private static boolean next(Doc doc, Token t, String norm) {
    Token n = doc.wordInSentence(t.wordIndex + 1, t);
    return n != null && n.norm.equals(norm);
  }

  private static Found hours(Doc doc, int from, int to, String label, Integer hours, Boolean partTime, double confidence) {
    return Found.of(doc, from, to, Kind.HOURS, null, label, confidence, null, null, null, hours, partTime);
  }
}
