package se.etablera.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language detection with OpenNLP's 103-language model (opennlp-models-langdetect, langdetect-183.bin).
 * The model is shared; {@link LanguageDetectorME} is not thread-safe in OpenNLP 2.x, so each call makes
 * its own, which costs nothing next to the prediction.
 *
 * <p>The model is reliable on two sentences or more. One word or a headline gives a near-uniform
 * distribution (OpenNLP's top score ~0.01–0.03), so results for short texts say they are unreliable.
 * Only the first {@value #SAMPLE_CHARS} characters or so are read: the cost grows with length (about 2 ms
 * for 4,000 characters) and a few sentences settle the language of an ad.
 */
final class LanguageIdentifier {
  static final int SAMPLE_CHARS = 600;
  /** The best language must score at least this many times the runner-up to count as clear. */
  private static final double MIN_MARGIN = 2.0;

  private final LanguageDetectorModel model;

  /** The detected language, its confidence, and why it may not be trusted. */
  record Result(String language, double confidence, boolean reliable, String reason) {
  }

  private LanguageIdentifier(LanguageDetectorModel model) {
    this.model = model;
  }

  static LanguageIdentifier load() {
    try (InputStream in = Resources.open("langdetect-183.bin")) {
      return new LanguageIdentifier(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("loading the OpenNLP language model", e);
    }
  }

  /** The language of a text; sentences of three words or more count towards reliability. */
  Result detect(String text, List<Sentence> sentences) {
    int fullSentences = 0;
    for (Sentence s : sentences) {
      if (s.words() >= 3) {
        fullSentences++;
      }
    }
    String sample = sample(text, sentences);
    if (sample.isBlank()) {
      return new Result("und", 0, false, "no text to detect a language in");
    }
    Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
    double best = ranked[0].getConfidence();
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    double confidence = best / (best + second);
    String language = ranked[0].getLang();
    if (fullSentences < 2) {
      return new Result(language, confidence, false, String.format(Locale.ROOT,
          "language detection is reliable only on two sentences or more; this text has %d of three words or more",
          fullSentences));
    }
    if (best < MIN_MARGIN * second) {
      return new Result(language, confidence, false, String.format(Locale.ROOT,
          "language unclear: %s and %s score almost alike", language, ranked[1].getLang()));
    }
    return new Result(language, confidence, true, null);
  }

  /** Whole sentences from the start until the sample is long enough, so no word is cut. */
  private static String sample(String text, List<Sentence> sentences) {
    if (text.length() <= SAMPLE_CHARS || sentences.isEmpty()) {
      return text;
    }
    int end = 0;
    for (Sentence s : sentences) {
      end = s.end();
      if (end >= SAMPLE_CHARS) {
        break;
      }
    }
    return text.substring(0, Math.min(end, SAMPLE_CHARS * 2));
  }
}
