package se.etablera.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The input in canonical form: people and openings sorted by id, duplicate pairs merged (higher score kept),
 * pairs sorted by person then opening, scores in whole micro-units. Both solvers work only on this, which is
 * what makes their answers independent of the order the caller listed things in.
 */
final class Problem {
  /** One micro-unit of score: finer than any difference a match score is meant to express. */
  static final double MICROS_PER_UNIT = 1_000_000.0;
  /** Keeps every sum of scores in micro-units far inside a long. */
  static final double MAX_SCORE = 1_000_000.0;

  final String[] personIds;
  final String[] personGroups;
  final String[] openingIds;
  final int[] seats;
  final int[] pairPerson;
  final int[] pairOpening;
  final long[] pairMicros;
  final double[] pairScore;

  private Problem(String[] personIds, String[] personGroups, String[] openingIds, int[] seats,
      int[] pairPerson, int[] pairOpening, long[] pairMicros, double[] pairScore) {
    this.personIds = personIds;
    this.personGroups = personGroups;
    this.openingIds = openingIds;
    this.seats = seats;
    this.pairPerson = pairPerson;
    this.pairOpening = pairOpening;
    this.pairMicros = pairMicros;
    this.pairScore = pairScore;
  }

  int people() {
    return personIds.length;
  }

  int openings() {
    return openingIds.length;
  }

  int pairs() {
    return pairPerson.length;
  }

  /** Validates the input and puts it in canonical form; every rejection names what was wrong. */
  static Problem of(List<Candidate> people, List<Seat> openings, List<Pair> pairs) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(openings, "openings");
    Objects.requireNonNull(pairs, "pairs");

    List<Candidate> sortedPeople = new ArrayList<>(people);
    sortedPeople.forEach(c -> Objects.requireNonNull(c, "people must not contain null"));
    sortedPeople.sort(Comparator.comparing(Candidate::id));
    String[] personIds = new String[sortedPeople.size()];
    String[] personGroups = new String[sortedPeople.size()];
    Map<String, Integer> personIndex = new HashMap<>();
    for (int i = 0; i < personIds.length; i++) {
      personIds[i] = sortedPeople.get(i).id();
      personGroups[i] = sortedPeople.get(i).group();
      if (personIndex.put(personIds[i], i) != null) {
        throw new IllegalArgumentException("person '" + personIds[i] + "' is listed more than once");
      }
    }

    List<Seat> sortedOpenings = new ArrayList<>(openings);
    sortedOpenings.forEach(o -> Objects.requireNonNull(o, "openings must not contain null"));
    sortedOpenings.sort(Comparator.comparing(Seat::openingId));
    String[] openingIds = new String[sortedOpenings.size()];
    int[] seats = new int[sortedOpenings.size()];
    Map<String, Integer> openingIndex = new HashMap<>();
    for (int i = 0; i < openingIds.length; i++) {
      Seat o = sortedOpenings.get(i);
      openingIds[i] = o.openingId();
      seats[i] = o.seats();
      if (o.seats() < 0) {
        throw new IllegalArgumentException("opening '" + o.openingId() + "' has negative seats: " + o.seats());
      }
      if (openingIndex.put(openingIds[i], i) != null) {
        throw new IllegalArgumentException("opening '" + openingIds[i] + "' is listed more than once");
      }
    }

    // Keyed by (person, opening) index so the merged list comes out sorted the same way every time.
    TreeMap<Long, Pair> best = new TreeMap<>();
    for (Pair p : pairs) {
      Objects.requireNonNull(p, "pairs must not contain null");
      Integer person = personIndex.get(p.personId());
      if (person == null) {
        throw new IllegalArgumentException(
            "pair (" + p.personId() + ", " + p.openingId() + ") names unknown person '" + p.personId() + "'");
      }
      Integer opening = openingIndex.get(p.openingId());
      if (opening == null) {
        throw new IllegalArgumentException(
            "pair (" + p.personId() + ", " + p.openingId() + ") names unknown opening '" + p.openingId() + "'");
      }
      micros(p);
      long key = (long) person * openingIds.length + opening;
      best.merge(key, p, (a, b) -> b.score() > a.score() ? b : a);
    }

    int n = best.size();
    int[] pairPerson = new int[n];
    int[] pairOpening = new int[n];
    long[] pairMicros = new long[n];
    double[] pairScore = new double[n];
    int i = 0;
    for (Map.Entry<Long, Pair> e : best.entrySet()) {
      pairPerson[i] = (int) (e.getKey() / openingIds.length);
      pairOpening[i] = (int) (e.getKey() % openingIds.length);
      pairMicros[i] = micros(e.getValue());
      pairScore[i] = e.getValue().score();
      i++;
    }
    return new Problem(personIds, personGroups, openingIds, seats, pairPerson, pairOpening, pairMicros, pairScore);
  }

  /**
   * The score in whole micro-units. Rejects what cannot be a match score, and scores so large that sums of
   * them could overflow; a million is far beyond any score scale in use (match scores run 0–1 or 0–100).
   */
  private static long micros(Pair p) {
    double s = p.score();
    if (Double.isNaN(s) || s <= 0 || s > MAX_SCORE) {
      throw new IllegalArgumentException("pair (" + p.personId() + ", " + p.openingId()
          + ") has score " + s + "; scores must be positive, finite and at most " + (long) MAX_SCORE);
    }
    long m = Math.round(s * MICROS_PER_UNIT);
    if (m < 1) {
      throw new IllegalArgumentException("pair (" + p.personId() + ", " + p.openingId()
          + ") has score " + s + ", below the resolution of one millionth");
    }
    return m;
  }
}
