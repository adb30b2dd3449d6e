package se.etablera.nlp;

import se.etablera.nlp.Extracted.Kind;
import se.etablera.nlp.Extracted.Requirement;

/**
 * A concept found at word positions [from, to) before its requirement is known; the builder methods keep
 * span and text consistent with the original string.
 */
record Found(Extracted extracted, int from, int to) {

  static Found of(Doc doc, int from, int to, Kind kind, String id, String label, double confidence) {
    return of(doc, from, to, kind, id, label, confidence, null, null, null, null, null);
  }

  static Found of(Doc doc, int from, int to, Kind kind, String id, String label, double confidence, String group,
                  String field, String level, Integer hours, Boolean partTime) {
    int start = doc.words.get(from).start;
    int end = doc.words.get(to - 1).end;
    return new Found(new Extracted(kind, id, label, Math.max(0, Math.min(1, confidence)), start, end,
        doc.span(start, end), Requirement.UNSPECIFIED, group, field, level, hours, partTime), from, to);
  }

  /** Grows the span to the end of a token (a closing bracket, a percent sign) that belongs to the phrase. */
  Found extendTo(Doc doc, Token last) {
    Extracted e = extracted;
    return new Found(new Extracted(e.kind(), e.id(), e.label(), e.confidence(), e.start(), last.end,
        doc.span(e.start(), last.end), e.requirement(), e.group(), e.field(), e.level(), e.hoursPerWeek(),
        e.partTime()), from, to);
  }
}
