package com.riskworkbench.analysis;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which loans an analysis looks at: for each filtered dimension, the segment values allowed. A loan
 * is in when every filtered dimension allows it; no filter means the whole book.
 */
public record SegmentFilter(Map<Dimension, Set<String>> allowed) {
  public static final SegmentFilter NONE = new SegmentFilter(Map.of());

  public SegmentFilter {
    EnumMap<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
    allowed.forEach((d, v) -> copy.put(d, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    allowed = Collections.unmodifiableMap(copy);
  }

  /** Parses command-line filters such as {@code channel=Partner A,Partner B}. */
  public static SegmentFilter parse(Iterable<String> specs) {
    Map<Dimension, Set<String>> allowed = new EnumMap<>(Dimension.class);
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new IllegalArgumentException(
            "filter '" + spec + "' is not of the form dimension=value[,value]");
      }
      Dimension d = Dimension.parse(spec.substring(0, eq));
      Set<String> values =
          Arrays.stream(spec.substring(eq + 1).split(","))
              .map(String::trim)
              .filter(v -> !v.isEmpty())
              .collect(Collectors.toCollection(LinkedHashSet::new));
      allowed.computeIfAbsent(d, k -> new LinkedHashSet<>()).addAll(values);
    }
    return new SegmentFilter(allowed);
  }

  public boolean isEmpty() {
    return allowed.isEmpty();
  }

  /** {@code include[l]} is true for each loan the filter lets in. */
  public boolean[] mask(LoadedPortfolio p, int asOfMonth) {
    boolean[] include = new boolean[p.loans()];
    Arrays.fill(include, true);
    for (Map.Entry<Dimension, Set<String>> e : allowed.entrySet()) {
      SegmentKeys keys = e.getKey().keys(p, asOfMonth);
      boolean[] codeAllowed = new boolean[keys.labels().length];
      for (int c = 0; c < codeAllowed.length; c++) {
        codeAllowed[c] = e.getValue().contains(keys.labels()[c]);
      }
      for (int l = 0; l < include.length; l++) {
        include[l] &= codeAllowed[keys.loanCode()[l]];
      }
    }
    return include;
  }

  /** For reports: {@code channel=Partner A,Partner B; product=Credit loan}, or "none". */
  public String describe() {
    if (allowed.isEmpty()) {
      return "none";
    }
    return allowed.entrySet().stream()
        .map(e -> e.getKey().cliName() + "=" + String.join(",", e.getValue()))
        .collect(Collectors.joining("; "));
  }
}
