package com.riskworkbench.sample;

import java.util.SplittableRandom;

/**
 * Synthetic names: people as surname + one or two given-name characters (surnames weighted roughly
 * by frequency, given names by gender), companies as city + trade name + line of business + legal
 * form, the way business licences read. Any likeness to a real person or firm is chance.
 */
final class ChineseNames {

  private static final Weighted<String> SURNAMES = surnames();

  private static final String MALE_CHARS = "伟强磊军洋勇杰涛超明刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志文海亮成东";
  private static final String FEMALE_CHARS = "芳娜敏静丽艳娟霞婷雪慧玲颖倩琳欣怡涵桐雨佳晓燕梅兰红萍月莉洁瑶琪";
  private static final String NEUTRAL_CHARS = "子思嘉梓一小春秋心安新永晨金玉";

  private static final String TRADE_FIRST = "鑫华恒宏嘉瑞金永盛天博汇新海德东中润聚福锦兴荣佳明万信安卓景";
  private static final String TRADE_SECOND = "达盛通远禾丰泰兴世诚源航纳隆方泽满程旺昌美辉顺越成鼎晟宇和利";

  private ChineseNames() {}

  static String person(SplittableRandom rng, boolean male) {
    String given = male ? MALE_CHARS : FEMALE_CHARS;
    StringBuilder sb = new StringBuilder(4).append(SURNAMES.pick(rng));
    if (rng.nextInt(100) < 35) {
      sb.append(given.charAt(rng.nextInt(given.length())));
    } else {
      String firstPool = rng.nextInt(100) < 30 ? NEUTRAL_CHARS : given;
      sb.append(firstPool.charAt(rng.nextInt(firstPool.length())));
      sb.append(given.charAt(rng.nextInt(given.length())));
    }
    return sb.toString();
  }

  /**
   * A company name such as 杭州鑫达贸易有限公司, or for an individual business (个体工商户) a shop name such as
   * 广州市恒通餐饮店.
   */
  static String company(
      SplittableRandom rng, Geography.City city, Industry industry, boolean individualBusiness) {
    StringBuilder sb = new StringBuilder(16).append(city.chineseName());
    if (individualBusiness) {
      sb.append('市');
    }
    sb.append(TRADE_FIRST.charAt(rng.nextInt(TRADE_FIRST.length())));
    sb.append(TRADE_SECOND.charAt(rng.nextInt(TRADE_SECOND.length())));
    if (individualBusiness) {
      sb.append(industry.shopWord);
    } else {
      sb.append(industry.companyWord).append("有限公司");
    }
    return sb.toString();
  }

  private static Weighted<String> surnames() {
    // Most frequent surnames first, with their rough share of the population in per mille.
    String[] common = {
      "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林",
      "罗"
    };
    double[] share = {
      72, 72, 70, 54, 46, 32, 24, 23, 21, 19, 17, 15, 13, 13, 12, 11, 11, 10, 10, 10
    };
    String rest =
        "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    Weighted.Builder<String> b = Weighted.builder();
    for (int i = 0; i < common.length; i++) {
      b.add(share[i], common[i]);
    }
    for (int i = 0; i < rest.length(); i++) {
      b.add(8 - 6.0 * i / rest.length(), rest.substring(i, i + 1));
    }
    b.add(0.5, "欧阳").add(0.3, "司马").add(0.2, "上官").add(0.2, "诸葛");
    return b.build();
  }
}
