package com.riskworkbench.analysis;

import static com.riskworkbench.analysis.AnalysisResult.amount;
import static com.riskworkbench.analysis.AnalysisResult.ratio;

import com.riskworkbench.portfolio.book.LoadedPortfolio;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Related-party groups at the as-of month (docs/methodology.md §6.7): each group's exposure (the
 * balances of its borrowers' ACTIVE loans in the scope), its share of the outstanding balance and
 * of net assets, and the check against the group limit. Groups with at least one ACTIVE loan are
 * listed by exposure descending, ties by group id. Without net assets the share of net assets, the
 * limit and the check are not available.
 */
public final class GroupAnalysis {
  /** How many groups the window and the pack show. */
  public static final int TOP = 10;

  private GroupAnalysis() {}

  public static GroupResult run(AnalysisScope scope, GroupLimit limit) {
    LoadedPortfolio p = scope.portfolio();
    int groups = p.groups().size();
    int[] loans = new int[groups];
    long[] exposure = new long[groups];
    int[] borrowers = new int[groups];
    int[] lastCounted = new int[p.borrowers()];
    java.util.Arrays.fill(lastCounted, -1);
    boolean[] include = scope.include();
    long outstanding = 0;
    for (int l = 0; l < p.loans(); l++) {
      if (!include[l]) {
        continue;
      }
      int r = p.rowAt(l, scope.asOfMonth());
      if (r < 0 || p.rowStatus()[r] != LoadedPortfolio.ACTIVE) {
        continue;
      }
      long b = p.rowBalance()[r];
      outstanding += b;
      int borrower = p.loanBorrower()[l];
      int g = p.borrowerGroup()[borrower];
      if (g == LoadedPortfolio.NO_CODE) {
        continue;
      }
      loans[g]++;
      exposure[g] += b;
      if (lastCounted[borrower] != g) {
        lastCounted[borrower] = g;
        borrowers[g]++;
      }
    }
    List<GroupSum> sums = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      if (loans[g] > 0) {
        sums.add(new GroupSum(p.groups().value(g), borrowers[g], loans[g], exposure[g]));
      }
    }
    return finish(outstanding, p.netAssetsCents(), limit, sums);
  }

  /** A group's ACTIVE loans in scope: distinct borrowers, loans and balance in cents. */
  record GroupSum(String groupId, int borrowers, int loans, long exposureCents) {}

  /**
   * The result from the groups' sums (those with an ACTIVE loan) and the outstanding balance of the
   * scope: shares, the limit check and the order, the same for both engines.
   */
  static GroupResult finish(
      long outstanding, OptionalLong netAssets, GroupLimit limit, List<GroupSum> sums) {
    OptionalLong limitCents = limit.limit(netAssets);
    List<Group> rows = new ArrayList<>();
    for (GroupSum g : sums) {
      rows.add(
          new Group(
              g.groupId(),
              g.borrowers(),
              g.loans(),
              g.exposureCents(),
              ratio(g.exposureCents(), outstanding),
              netAssets.isPresent() ? ratio(g.exposureCents(), netAssets.getAsLong()) : Double.NaN,
              limitCents.isPresent()
                  ? LimitCheck.of(g.exposureCents() > limitCents.getAsLong())
                  : LimitCheck.NOT_AVAILABLE));
    }
    rows.sort(
        (a, b) -> {
          int byExposure = Long.compare(b.exposureCents(), a.exposureCents());
          return byExposure != 0 ? byExposure : a.groupId().compareTo(b.groupId());
        });
    return new GroupResult(outstanding, netAssets, limit, limitCents, rows);
  }

  /** One group's row; ratios over a zero or unknown denominator are NaN. */
  public record Group(
      String groupId,
      int borrowers,
      int loans,
      long exposureCents,
      double shareOfOutstanding,
      double shareOfNetAssets,
      LimitCheck check) {}

  public record GroupResult(
      long outstandingCents,
      OptionalLong netAssetsCents,
      GroupLimit limit,
      OptionalLong limitCents,
      List<Group> groups)
      implements AnalysisResult {

    public GroupResult {
      groups = List.copyOf(groups);
    }

    /** The {@link GroupAnalysis#TOP} largest groups. */
    public List<Group> top() {
      return groups.subList(0, Math.min(TOP, groups.size()));
    }

    /** The groups over the limit. */
    public List<Group> breaches() {
      return groups.stream().filter(g -> g.check() == LimitCheck.BREACH).toList();
    }

    /** The scope's loans ACTIVE at the as-of month whose borrower is in group {@code groupId}. */
    public int[] loansOf(AnalysisScope scope, String groupId) {
      LoadedPortfolio p = scope.portfolio();
      int wanted = p.groups().code(groupId);
      IntArrayList found = new IntArrayList();
      for (int l = 0; wanted >= 0 && l < p.loans(); l++) {
        if (!scope.include()[l] || p.borrowerGroup()[p.loanBorrower()[l]] != wanted) {
          continue;
        }
        int r = p.rowAt(l, scope.asOfMonth());
        if (r >= 0 && p.rowStatus()[r] == LoadedPortfolio.ACTIVE) {
          found.add(l);
        }
      }
      return found.toIntArray();
    }

    @Override
    public Table rows() {
      StringColumn group = StringColumn.create("group");
      IntColumn borrowers = IntColumn.create("borrowers");
      IntColumn loans = IntColumn.create("loans");
      DoubleColumn exposure = DoubleColumn.create("exposure");
      DoubleColumn share = DoubleColumn.create("share_of_outstanding");
      DoubleColumn netAssetsShare = DoubleColumn.create("share_of_net_assets");
      DoubleColumn limit = DoubleColumn.create("limit");
      BooleanColumn breach = BooleanColumn.create("breach");
      for (Group g : groups) {
        group.append(g.groupId());
        borrowers.append(g.borrowers());
        loans.append(g.loans());
        exposure.append(amount(g.exposureCents()));
        share.append(g.shareOfOutstanding());
        netAssetsShare.append(g.shareOfNetAssets());
        limit.append(limitCents.isPresent() ? amount(limitCents.getAsLong()) : Double.NaN);
        g.check().appendTo(breach);
      }
      return Table.create(
          "groups", group, borrowers, loans, exposure, share, netAssetsShare, limit, breach);
    }

    @Override
    public Map<String, Object> extras() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("outstanding", amount(outstandingCents));
      m.put("net_assets", netAssetsCents.isPresent() ? amount(netAssetsCents.getAsLong()) : null);
      m.put("limit_share_of_net_assets", limit.netAssetsShare());
      m.put("limit", limitCents.isPresent() ? amount(limitCents.getAsLong()) : null);
      m.put("breaches", limitCents.isPresent() ? breaches().size() : null);
      return m;
    }
  }
}
