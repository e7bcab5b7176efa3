package com.riskworkbench.sample;

import java.util.SplittableRandom;

/**
 * Provinces and cities with their weight in an internet lending book (the coastal provinces carry
 * most of it) and their administrative codes, which open the resident id number and the unified
 * social credit code. Region names are ASCII pinyin (or the usual English name), city names have
 * their Chinese form too for company names.
 */
final class Geography {

  /** A prefecture-level city; {@code code} is the 4-digit prefix of its administrative codes. */
  record City(String name, String chineseName, String code, boolean municipality) {

    /** A 6-digit county-level code inside the city. */
    String drawRegionCode(SplittableRandom rng) {
      // Municipality districts are numbered from 01; prefecture cities' districts from 02.
      int district = municipality ? 1 + rng.nextInt(15) : 2 + rng.nextInt(8);
      return code + (district < 10 ? "0" : "") + district;
    }
  }

  record Province(String name, Weighted<City> cities) {}

  private static final Weighted<Province> PROVINCES =
      Weighted.<Province>builder()
          .add(
              18,
              province(
                  "Guangdong",
                  city(30, "Guangzhou", "广州", "4401"),
                  city(30, "Shenzhen", "深圳", "4403"),
                  city(12, "Dongguan", "东莞", "4419"),
                  city(12, "Foshan", "佛山", "4406"),
                  city(6, "Huizhou", "惠州", "4413"),
                  city(5, "Shantou", "汕头", "4405"),
                  city(5, "Zhongshan", "中山", "4420")))
          .add(
              12,
              province(
                  "Zhejiang",
                  city(35, "Hangzhou", "杭州", "3301"),
                  city(20, "Ningbo", "宁波", "3302"),
                  city(15, "Wenzhou", "温州", "3303"),
                  city(12, "Jinhua", "金华", "3307"),
                  city(8, "Shaoxing", "绍兴", "3306"),
                  city(10, "Taizhou", "台州", "3310")))
          .add(
              11,
              province(
                  "Jiangsu",
                  city(22, "Nanjing", "南京", "3201"),
                  city(28, "Suzhou", "苏州", "3205"),
                  city(14, "Wuxi", "无锡", "3202"),
                  city(10, "Changzhou", "常州", "3204"),
                  city(10, "Nantong", "南通", "3206"),
                  city(8, "Xuzhou", "徐州", "3203"),
                  city(8, "Yangzhou", "扬州", "3210")))
          .add(
              6,
              province(
                  "Shandong",
                  city(25, "Jinan", "济南", "3701"),
                  city(30, "Qingdao", "青岛", "3702"),
                  city(15, "Yantai", "烟台", "3706"),
                  city(15, "Linyi", "临沂", "3713"),
                  city(15, "Weifang", "潍坊", "3707")))
          .add(
              5,
              province(
                  "Henan",
                  city(50, "Zhengzhou", "郑州", "4101"),
                  city(25, "Luoyang", "洛阳", "4103"),
                  city(25, "Nanyang", "南阳", "4113")))
          .add(
              5,
              province(
                  "Sichuan",
                  city(65, "Chengdu", "成都", "5101"),
                  city(20, "Mianyang", "绵阳", "5107"),
                  city(15, "Nanchong", "南充", "5113")))
          .add(
              4.5,
              province(
                  "Fujian",
                  city(35, "Fuzhou", "福州", "3501"),
                  city(35, "Xiamen", "厦门", "3502"),
                  city(30, "Quanzhou", "泉州", "3505")))
          .add(4, municipality("Shanghai", "上海", "3101"))
          .add(3.5, municipality("Beijing", "北京", "1101"))
          .add(
              3.5,
              province(
                  "Hubei",
                  city(65, "Wuhan", "武汉", "4201"),
                  city(15, "Yichang", "宜昌", "4205"),
                  city(20, "Xiangyang", "襄阳", "4206")))
          .add(
              3.5,
              province(
                  "Hunan",
                  city(60, "Changsha", "长沙", "4301"),
                  city(20, "Zhuzhou", "株洲", "4302"),
                  city(20, "Hengyang", "衡阳", "4304")))
          .add(
              3,
              province(
                  "Anhui",
                  city(60, "Hefei", "合肥", "3401"),
                  city(20, "Wuhu", "芜湖", "3402"),
                  city(20, "Fuyang", "阜阳", "3412")))
          .add(
              3,
              province(
                  "Hebei",
                  city(45, "Shijiazhuang", "石家庄", "1301"),
                  city(30, "Baoding", "保定", "1306"),
                  city(25, "Tangshan", "唐山", "1302")))
          .add(2.5, municipality("Chongqing", "重庆", "5001"))
          .add(2, province("Shaanxi", city(100, "Xi'an", "西安", "6101")))
          .add(
              2,
              province(
                  "Jiangxi", city(60, "Nanchang", "南昌", "3601"), city(40, "Ganzhou", "赣州", "3607")))
          .add(
              2,
              province(
                  "Guangxi", city(60, "Nanning", "南宁", "4501"), city(40, "Liuzhou", "柳州", "4502")))
          .add(1.5, municipality("Tianjin", "天津", "1201"))
          .add(1.5, province("Yunnan", city(100, "Kunming", "昆明", "5301")))
          .add(
              1.5,
              province(
                  "Liaoning", city(50, "Shenyang", "沈阳", "2101"), city(50, "Dalian", "大连", "2102")))
          .add(1, province("Guizhou", city(100, "Guiyang", "贵阳", "5201")))
          .add(1, province("Shanxi", city(100, "Taiyuan", "太原", "1401")))
          .add(0.8, province("Heilongjiang", city(100, "Harbin", "哈尔滨", "2301")))
          .add(0.6, province("Jilin", city(100, "Changchun", "长春", "2201")))
          .add(0.6, province("Inner Mongolia", city(100, "Hohhot", "呼和浩特", "1501")))
          .add(0.5, province("Xinjiang", city(100, "Urumqi", "乌鲁木齐", "6501")))
          .add(0.5, province("Gansu", city(100, "Lanzhou", "兰州", "6201")))
          .add(0.5, province("Hainan", city(100, "Haikou", "海口", "4601")))
          .add(0.2, province("Ningxia", city(100, "Yinchuan", "银川", "6401")))
          .add(0.15, province("Qinghai", city(100, "Xining", "西宁", "6301")))
          .add(0.05, province("Tibet", city(100, "Lhasa", "拉萨", "5401")))
          .build();

  private Geography() {}

  static Province drawProvince(SplittableRandom rng) {
    return PROVINCES.pick(rng);
  }

  private record WeightedCity(double weight, City city) {}

  private static WeightedCity city(double weight, String name, String chinese, String code) {
    return new WeightedCity(weight, new City(name, chinese, code, false));
  }

  private static Province province(String name, WeightedCity... cities) {
    Weighted.Builder<City> b = Weighted.builder();
    for (WeightedCity c : cities) {
      b.add(c.weight(), c.city());
    }
    return new Province(name, b.build());
  }

  private static Province municipality(String name, String chinese, String code) {
    return new Province(
        name, Weighted.<City>builder().add(1, new City(name, chinese, code, true)).build());
  }
}
