package com.riskworkbench.service;

import com.riskworkbench.portfolio.DataQualityFinding;
import com.riskworkbench.portfolio.FindingKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the import of a portfolio found (kept in the file's {@code data_quality_finding} table): the
 * number of findings of each kind and the first few findings.
 */
public record ImportFindings(Map<FindingKind, Integer> counts, List<DataQualityFinding> first) {
  public static final ImportFindings NONE = new ImportFindings(Map.of(), List.of());

  public ImportFindings {
    counts =
        counts.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<FindingKind, Integer>(counts));
    first = List.copyOf(first);
  }

  /** The findings of one kind, 0 when there are none. */
  public int count(FindingKind kind) {
    return counts.getOrDefault(kind, 0);
  }
}
