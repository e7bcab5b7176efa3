package com.riskworkbench.sample;

import com.riskworkbench.portfolio.Borrower;
import com.riskworkbench.portfolio.BorrowerType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/** Draws borrowers: type, place, quality, personal data with valid id numbers, gaps in the data. */
final class BorrowerFactory {

  /** Share of individuals and of small enterprises whose loans breach the single-borrower limit. */
  private static final double INDIVIDUAL_WHALE_SHARE = 1.0 / 1500;

  private static final double SMALL_ENTERPRISE_WHALE_SHARE = 1.0 / 150;

  private static final Weighted<BorrowerType> TYPES =
      Weighted.<BorrowerType>builder()
          .add(82, BorrowerType.INDIVIDUAL)
          .add(13, BorrowerType.MICRO_ENTERPRISE)
          .add(5, BorrowerType.SMALL_ENTERPRISE)
          .build();

  /** Number of loans of a repeat-borrowing individual, and of an enterprise. */
  private static final Weighted<Integer> INDIVIDUAL_LOANS =
      Weighted.<Integer>builder().add(76, 1).add(15, 2).add(6, 3).add(2, 4).add(1, 5).build();

  private static final Weighted<Integer> ENTERPRISE_LOANS =
      Weighted.<Integer>builder().add(60, 1).add(22, 2).add(10, 3).add(5, 4).add(3, 6).build();

  /** Age bands at first origination: lower bound, width in years. */
  private static final Weighted<int[]> AGE_AT_ORIGINATION =
      Weighted.<int[]>builder()
          .add(17, new int[] {18, 7})
          .add(38, new int[] {25, 10})
          .add(25, new int[] {35, 10})
          .add(13, new int[] {45, 10})
          .add(7, new int[] {55, 6})
          .build();

  private final SplittableRandom rng;

  BorrowerFactory(SplittableRandom rng) {
    this.rng = rng;
  }

  BorrowerProfile drawProfile(String borrowerId) {
    BorrowerType type = TYPES.pick(rng);
    boolean whale =
        switch (type) {
          case INDIVIDUAL -> Draws.chance(rng, INDIVIDUAL_WHALE_SHARE);
          case SMALL_ENTERPRISE -> Draws.chance(rng, SMALL_ENTERPRISE_WHALE_SHARE);
          case MICRO_ENTERPRISE -> false;
        };
    double quality = Draws.gaussian(rng);
    int loans;
    Product product;
    if (whale) {
      // Large, long-standing clients: good grades, several large loans at once.
      quality = Math.abs(quality) + 0.8;
      loans = type == BorrowerType.INDIVIDUAL ? 3 : 4;
      product = type == BorrowerType.INDIVIDUAL ? Product.CREDIT_LOAN : Product.BUSINESS_LOAN;
    } else {
      loans = (type == BorrowerType.INDIVIDUAL ? INDIVIDUAL_LOANS : ENTERPRISE_LOANS).pick(rng);
      product = Product.drawFor(type, rng);
    }
    Geography.Province province = Geography.drawProvince(rng);
    Geography.City city = province.cities().pick(rng);
    return new BorrowerProfile(borrowerId, type, whale, quality, province, city, loans, product);
  }

  /**
   * The borrower record. {@code firstOriginationMonth} anchors the age: individuals are 18–60 when
   * they first borrow.
   */
  Borrower toBorrower(BorrowerProfile p, int firstOriginationMonth) {
    return p.isEnterprise() ? enterprise(p) : individual(p, firstOriginationMonth);
  }

  private Borrower individual(BorrowerProfile p, int firstOriginationMonth) {
    int[] band = AGE_AT_ORIGINATION.pick(rng);
    int age = band[0] + rng.nextInt(band[1]);
    // At least `age` years and one month before the origination month, so never younger than 18.
    int birthMonth = firstOriginationMonth - age * 12 - 1 - rng.nextInt(11);
    LocalDate birth = MonthTable.date(birthMonth, 1 + rng.nextInt(31));
    boolean male = rng.nextBoolean();
    int sequence = 2 * rng.nextInt(500) + (male ? 1 : 0);
    String id =
        ResidentIdNumber.of(
            p.city().drawRegionCode(rng),
            birth.getYear(),
            birth.getMonthValue(),
            birth.getDayOfMonth(),
            sequence);
    // Some partner tapes come without identity fields, some without the birth date alone.
    int missing = rng.nextInt(100);
    Optional<String> idNumber = missing < 4 ? Optional.empty() : Optional.of(id);
    Optional<LocalDate> birthDate = missing < 7 ? Optional.empty() : Optional.of(birth);
    double income =
        p.whale()
            ? Draws.uniform(rng, 600_000, 2_400_000)
            : Draws.logNormal(rng, 60_000 * ageIncomeFactor(age), 0.45)
                * StrictMath.exp(0.25 * p.quality());
    return new Borrower(
        p.borrowerId(),
        BorrowerType.INDIVIDUAL,
        Optional.of(ChineseNames.person(rng, male)),
        idNumber,
        birthDate,
        p.province().name(),
        cityOrEmpty(p),
        Industry.OCCUPATIONS.pick(rng),
        Draws.chance(rng, 0.15)
            ? OptionalLong.empty()
            : OptionalLong.of(Draws.roundedCents(income, 100)),
        creditScore(p, 0.12));
  }

  private Borrower enterprise(BorrowerProfile p) {
    Industry industry = Industry.draw(rng, p.firstProduct());
    boolean individualBusiness = p.type() == BorrowerType.MICRO_ENTERPRISE && rng.nextInt(100) < 60;
    String code =
        UnifiedSocialCreditCode.of(
            individualBusiness, p.city().drawRegionCode(rng), rng.nextInt(100_000_000));
    double revenue =
        p.whale()
            ? Draws.uniform(rng, 80_000_000, 300_000_000)
            : p.type() == BorrowerType.SMALL_ENTERPRISE
                ? Draws.logNormal(rng, 18_000_000, 0.6)
                : Draws.logNormal(rng, 1_500_000, 0.6);
    return new Borrower(
        p.borrowerId(),
        p.type(),
        Optional.of(ChineseNames.company(rng, p.city(), industry, individualBusiness)),
        Draws.chance(rng, 0.03) ? Optional.empty() : Optional.of(code),
        Optional.empty(),
        p.province().name(),
        cityOrEmpty(p),
        industry.label,
        Draws.chance(rng, 0.25)
            ? OptionalLong.empty()
            : OptionalLong.of(Draws.roundedCents(revenue, 1000)),
        creditScore(p, 0.30));
  }

  private Optional<String> cityOrEmpty(BorrowerProfile p) {
    return Draws.chance(rng, 0.02) ? Optional.empty() : Optional.of(p.city().name());
  }

  /** A 300–850 score that follows the latent quality; missing with probability {@code pMissing}. */
  private OptionalInt creditScore(BorrowerProfile p, double pMissing) {
    if (Draws.chance(rng, pMissing)) {
      return OptionalInt.empty();
    }
    long score = Math.round(640 + 70 * p.quality() + 25 * Draws.gaussian(rng));
    return OptionalInt.of((int) Math.max(300, Math.min(850, score)));
  }

  private static double ageIncomeFactor(int age) {
    if (age < 25) {
      return 0.7;
    } else if (age < 35) {
      return 1.0;
    } else if (age < 45) {
      return 1.15;
    } else if (age < 55) {
      return 1.05;
    }
    return 0.85;
  }
}
