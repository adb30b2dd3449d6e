package se.etablera.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps each group's share of the assigned places within {@code tolerance} of its share among the candidates,
 * so that an optimised proposal does not quietly favour women or men.
 *
 * <p>Only candidates whose group is in {@code groups} count: with n such candidates, n<sub>g</sub> of them in
 * group g, and A places assigned to them, a<sub>g</sub> of those to group g, the constraint is
 * |a<sub>g</sub>/A − n<sub>g</sub>/n| ≤ tolerance for every g in {@code groups}. It holds trivially when A = 0.
 * People with no group, or a group outside {@code groups}, are placed freely. Group names are compared exactly.
 *
 * <p>The tolerance is read as the decimal it prints as ({@code 0.1} means one tenth, not the nearest binary
 * double) and the check is done in exact integer arithmetic, so a share exactly on the boundary counts as within
 * it however the numbers happen to round.
 *
 * @param tolerance between 0 and 1, e.g. 0.10 for ten percentage points
 * @param groups the groups to balance, e.g. {"female", "male"}; not empty
 */
public record ShareConstraint(double tolerance, Set<String> groups) {
  public ShareConstraint {
    if (!(tolerance >= 0 && tolerance <= 1)) {
      throw new IllegalArgumentException("share tolerance must be between 0 and 1, was " + tolerance);
    }
    Objects.requireNonNull(groups, "share groups");
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("share constraint needs at least one group");
    }
    for (String g : groups) {
      if (g == null || g.isBlank()) {
        throw new IllegalArgumentException("share groups must be non-blank names, got " + groups);
      }
    }
    groups = Set.copyOf(groups);
  }

  /**
   * Whether {@code assignments} meet this constraint for {@code people}; lets a caller ask the question of an
   * allocation that was computed without the constraint, e.g. to show what the constraint changes.
   */
  public boolean isMetBy(List<Candidate> people, List<Assignment> assignments) {
    Map<String, String> groupOf = new HashMap<>();
    Map<String, Long> candidates = new HashMap<>();
    for (Candidate c : people) {
      groupOf.put(c.id(), c.group());
      if (c.group() != null && groups.contains(c.group())) {
        candidates.merge(c.group(), 1L, Long::sum);
      }
    }
    Map<String, Long> assigned = new HashMap<>();
    for (Assignment a : assignments) {
      if (!groupOf.containsKey(a.personId())) {
        throw new IllegalArgumentException("assignment names unknown person '" + a.personId() + "'");
      }
      String g = groupOf.get(a.personId());
      if (g != null && groups.contains(g)) {
        assigned.merge(g, 1L, Long::sum);
      }
    }
    Exact exact = exact();
    long n = candidates.values().stream().mapToLong(Long::longValue).sum();
    long total = assigned.values().stream().mapToLong(Long::longValue).sum();
    for (String g : groups) {
      if (!exact.within(assigned.getOrDefault(g, 0L), total, candidates.getOrDefault(g, 0L), n)) {
        return false;
      }
    }
    return true;
  }

  Exact exact() {
    BigDecimal t = BigDecimal.valueOf(tolerance);
    if (t.scale() < 0) {
      t = t.setScale(0);
    }
    return new Exact(t.unscaledValue(), BigInteger.TEN.pow(t.scale()));
  }

  /**
   * The tolerance as the fraction {@code numerator / denominator}, so that "a/A is within t of m/n" becomes
   * |a·n − m·A|·denominator ≤ numerator·A·n with no rounding anywhere.
   */
  record Exact(BigInteger numerator, BigInteger denominator) {

    /** Whether a places out of {@code total} is within tolerance of m candidates out of n. */
    boolean within(long a, long total, long m, long n) {
      if (total == 0 || n == 0) {
        return total == 0;
      }
      BigInteger gap = big(a).multiply(big(n)).subtract(big(m).multiply(big(total))).abs();
      return gap.multiply(denominator).compareTo(numerator.multiply(big(total)).multiply(big(n))) <= 0;
    }

    /** Smallest a ≥ 0 with a/total ≥ m/n − t. */
    long lowest(long total, long m, long n) {
      if (n == 0) {
        return 0;
      }
      BigInteger num = big(m).multiply(big(total)).multiply(denominator)
          .subtract(numerator.multiply(big(total)).multiply(big(n)));
      return Math.max(0, ceilDiv(num, big(n).multiply(denominator)));
    }

    /** Largest a ≤ min(m, total) with a/total ≤ m/n + t. */
    long highest(long total, long m, long n) {
      if (n == 0) {
        return 0;
      }
      BigInteger num = big(m).multiply(big(total)).multiply(denominator)
          .add(numerator.multiply(big(total)).multiply(big(n)));
      BigInteger[] qr = num.divideAndRemainder(big(n).multiply(denominator));
      return Math.min(Math.min(m, total), qr[0].longValueExact());
    }

    private static long ceilDiv(BigInteger num, BigInteger den) {
      BigInteger[] qr = num.divideAndRemainder(den);
      BigInteger q = qr[0];
      if (qr[1].signum() > 0) {
        q = q.add(BigInteger.ONE);
      }
      return q.longValueExact();
    }

    private static BigInteger big(long v) {
      return BigInteger.valueOf(v);
    }
  }
}
