package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The loans a pushed-down query looks at: those whose every filtered attribute has one of the
 * allowed values, the age band taken at the end of {@code asOf}. No filter means the whole book.
 */
public record PushDownScope(YearMonth asOf, Map<LoanAttribute, Set<String>> allowed) {
  public PushDownScope {
    EnumMap<LoanAttribute, Set<String>> copy = new EnumMap<>(LoanAttribute.class);
    allowed.forEach((a, v) -> copy.put(a, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    allowed = Collections.unmodifiableMap(copy);
  }
}
