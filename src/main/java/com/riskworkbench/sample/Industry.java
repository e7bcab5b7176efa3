package com.riskworkbench.sample;

import java.util.SplittableRandom;

/** Industries of enterprise borrowers, with the words their names use. */
enum Industry {
  RETAIL("Retail", "商贸", "便利店"),
  WHOLESALE("Wholesale", "贸易", "批发部"),
  CATERING("Catering", "餐饮管理", "餐饮店"),
  MANUFACTURING("Manufacturing", "机械制造", "加工厂"),
  LOGISTICS("Logistics", "物流", "货运部"),
  AGRICULTURE("Agriculture", "农业科技", "种植场"),
  CONSTRUCTION("Construction", "建筑工程", "建材经营部"),
  ECOMMERCE("E-commerce", "电子商务", "网店"),
  TECHNOLOGY("Technology", "网络科技", "工作室");

  final String label;
  final String companyWord;
  final String shopWord;

  Industry(String label, String companyWord, String shopWord) {
    this.label = label;
    this.companyWord = companyWord;
    this.shopWord = shopWord;
  }

  private static final Weighted<Industry> GENERAL =
      Weighted.<Industry>builder()
          .add(22, RETAIL)
          .add(16, WHOLESALE)
          .add(14, CATERING)
          .add(14, MANUFACTURING)
          .add(8, LOGISTICS)
          .add(7, AGRICULTURE)
          .add(7, CONSTRUCTION)
          .add(8, ECOMMERCE)
          .add(4, TECHNOLOGY)
          .build();

  private static final Weighted<Industry> ONLINE_SELLERS =
      Weighted.<Industry>builder().add(60, ECOMMERCE).add(25, RETAIL).add(15, WHOLESALE).build();

  /** Occupation-like industries of individual borrowers. */
  static final Weighted<String> OCCUPATIONS =
      Weighted.<String>builder()
          .add(40, "Individual consumption")
          .add(10, "Salaried - manufacturing")
          .add(12, "Salaried - services")
          .add(8, "Delivery and ride-hailing")
          .add(10, "Self-employed")
          .add(6, "IT and internet")
          .add(6, "Public sector and education")
          .add(4, "Construction worker")
          .add(4, "Farming")
          .build();

  static Industry draw(SplittableRandom rng, Product firstProduct) {
    return firstProduct == Product.ECOMMERCE_ORDER_LOAN
        ? ONLINE_SELLERS.pick(rng)
        : GENERAL.pick(rng);
  }
}
