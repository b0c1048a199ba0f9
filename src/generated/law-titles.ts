// Generated from the first line of each rules/laws/*.md by `npm run generate`; do not edit.

/** The title of each law in the law collection, by law id. */
export const LAW_TITLES: Readonly<Record<string, string>> = {
  "cn-administrative-penalty-law-2021": "中华人民共和国行政处罚法",
  "cn-air-pollution-law-2018": "中华人民共和国大气污染防治法",
  "cn-business-environment-regulation-2019": "优化营商环境条例",
  "cn-city-appearance-regulation-2017": "城市市容和环境卫生管理条例",
  "cn-noise-pollution-law-2021": "中华人民共和国噪声污染防治法",
  "cn-solid-waste-law-2020": "中华人民共和国固体废物污染环境防治法",
  "cn-urban-rural-planning-law-2019": "中华人民共和国城乡规划法",
  "sh-air-pollution-regulation-2018": "上海市大气污染防治条例",
  "sh-business-environment-regulation-2024": "上海市优化营商环境条例",
  "sh-city-appearance-regulation-2018": "上海市市容环境卫生管理条例",
  "sh-city-management-enforcement-regulation-2018": "上海市城市管理行政执法条例",
  "sh-construction-market-regulation": "上海市建筑市场管理条例",
  "sh-domestic-waste-regulation-2019": "上海市生活垃圾管理条例",
  "sh-greening-regulation-2018": "上海市绿化条例",
  "sh-residential-property-regulation-2020": "上海市住宅物业管理规定",
  "sh-social-credit-regulation-2017": "上海市社会信用条例",
  "sh-yrd-demonstration-zone-regulation-2024": "上海市促进长三角生态绿色一体化发展示范区高质量发展条例",
  "zj-city-appearance-regulation-2021": "浙江省城市市容和环境卫生管理条例",
  "zj-domestic-waste-regulation-2020": "浙江省生活垃圾管理条例",
  "zj-hangzhou-domestic-waste-regulation-2019": "杭州市生活垃圾管理条例",
  "zj-jiaxing-construction-waste-regulation-2021": "嘉兴市建筑垃圾管理条例",
  "zj-jiaxing-waste-sorting-regulation-2021": "嘉兴市生活垃圾分类管理条例",
  "zj-public-credit-information-regulation-2017": "浙江省公共信用信息管理条例"
};
