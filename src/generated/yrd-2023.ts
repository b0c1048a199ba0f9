// Generated from rules/yrd-2023 by `npm run generate`; do not edit.
import type { RuleSetSource } from "../load/index.js";

/** The bundled yrd-2023 edition as raw rule files. */
export const yrd2023: RuleSetSource = {
 "edition": {
  "$schema": "../schema/edition.schema.json",
  "id": "yrd-2023",
  "title": {
   "zh": "长三角毗邻区域城管执法生态环保和市容领域统一行政处罚裁量基准（2023，模型版）",
   "en": "Yangtze River Delta adjacent-area unified discretion benchmark for city-management ecology and city-appearance matters (2023, modelled edition)"
  },
  "issuer": {
   "zh": "cailiang 模型（依据上海市城市管理行政执法局 2023 年长三角统一裁量基准工作目标编制，非官方文本）",
   "en": "cailiang model (built on the 2023 Shanghai city-management bureau's unified-benchmark goal; not an official text)"
  },
  "documentNumber": null,
  "effectiveFrom": "2023-07-01",
  "effectiveTo": null,
  "jurisdictions": [
   {
    "id": "shanghai",
    "name": {
     "zh": "上海市",
     "en": "Shanghai"
    },
    "basisAvailable": true
   },
   {
    "id": "shanghai/qingpu",
    "name": {
     "zh": "上海市青浦区（示范区）",
     "en": "Qingpu, Shanghai (demonstration zone)"
    },
    "basisAvailable": true,
    "note": "Applies Shanghai's legal basis; Art. 58 of the 2024 demonstration-zone regulation lets Qingpu refine benchmarks within the legal range."
   },
   {
    "id": "zhejiang",
    "name": {
     "zh": "浙江省",
     "en": "Zhejiang"
    },
    "basisAvailable": true
   },
   {
    "id": "zhejiang/jiaxing",
    "name": {
     "zh": "浙江省嘉兴市（含嘉善县，示范区）",
     "en": "Jiaxing, Zhejiang (incl. Jiashan, demonstration zone)"
    },
    "basisAvailable": true
   },
   {
    "id": "jiangsu",
    "name": {
     "zh": "江苏省",
     "en": "Jiangsu"
    },
    "basisAvailable": false,
    "note": "No Jiangsu regulation text is available to this rule set; no matter has a Jiangsu basis."
   },
   {
    "id": "jiangsu/suzhou",
    "name": {
     "zh": "江苏省苏州市（含吴江区，示范区）",
     "en": "Suzhou, Jiangsu (incl. Wujiang, demonstration zone)"
    },
    "basisAvailable": false,
    "note": "No Suzhou regulation text is available to this rule set."
   },
   {
    "id": "anhui",
    "name": {
     "zh": "安徽省",
     "en": "Anhui"
    },
    "basisAvailable": false,
    "note": "No Anhui regulation text is available to this rule set."
   }
  ],
  "knownGaps": [
   {
    "jurisdiction": "jiangsu",
    "note": {
     "zh": "江苏省（含苏州市、吴江区）市容环境卫生法规的罚款条文无法取得，本版未为江苏设定法律依据。",
     "en": "Jiangsu (incl. Suzhou and Wujiang) city-appearance penalty provisions could not be obtained; this edition gives no Jiangsu basis."
    }
   },
   {
    "jurisdiction": "anhui",
    "note": {
     "zh": "安徽省相关法规文本无法取得，本版未为安徽设定法律依据。",
     "en": "Anhui texts could not be obtained; this edition gives no Anhui basis."
    }
   },
   {
    "note": {
     "zh": "未找到官方统一的城管裁量阶次金额表；各阶次划分为依据公开通则的模型。",
     "en": "No official unified city-management tier table with amounts was found; tier splits are modelled on published general rules."
    }
   }
  ],
  "provenance": {
   "status": "modelled",
   "note": "A modelled benchmark built on real statutes and real published general rules. Statutory ranges are verified verbatim against the law texts; tier splits and tier conditions are modelled unless a matter says otherwise."
  },
  "generalRules": {
   "statute": {
    "orderToCorrect": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第二十八条第一款",
     "text": "行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为。"
    },
    "oneFine": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第二十九条",
     "text": "对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚。同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚。"
    },
    "minorAge": {
     "noPenaltyUnder": 14,
     "mitigateUnder": 18,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十条",
      "text": "不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教；已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚。"
     }
    },
    "mentalState": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第三十一条",
     "text": "精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，但应当责令其监护人严加看管和治疗。间歇性精神病人在精神正常时有违法行为的，应当给予行政处罚。尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚。"
    },
    "mandatoryMitigation": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第三十二条",
     "text": "当事人有下列情形之一，应当从轻或者减轻行政处罚："
    },
    "minorNoHarm": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第三十三条第一款",
     "text": "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。"
    },
    "firstViolation": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第三十三条第一款",
     "text": "初次违法且危害后果轻微并及时改正的，可以不予行政处罚。"
    },
    "noFault": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第三十三条第二款",
     "text": "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。"
    },
    "educate": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第三十三条第三款",
     "text": "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。"
    },
    "limitation": {
     "years": 2,
     "extendedYears": 5,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十六条",
      "text": "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。法律另有规定的除外。前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。"
     }
    },
    "simpleProcedure": {
     "individual": "200",
     "unit": "3000",
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第五十一条",
      "text": "违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。法律另有规定的，从其规定。"
     }
    },
    "legalReview": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第五十八条第一款",
     "text": "有下列情形之一，在行政机关负责人作出行政处罚的决定之前，应当由从事行政处罚决定法制审核的人员进行法制审核；未经法制审核或者审核未通过的，不得作出决定："
    },
    "hearing": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第六十三条第一款第（一）项",
     "text": "较大数额罚款"
    }
   },
   "tierFormula": {
    "range": {
     "lighter": {
      "from": "0",
      "to": "1/3"
     },
     "general": {
      "from": "1/3",
      "to": "2/3"
     },
     "heavier": {
      "from": "2/3",
      "to": "1"
     }
    },
    "maxOnly": {
     "lighter": {
      "from": "0",
      "to": "0.2"
     },
     "general": {
      "from": "0.4",
      "to": "0.6"
     },
     "heavier": {
      "from": "0.6",
      "to": "1"
     }
    },
    "reduced": {
     "from": "0"
    },
    "provenance": {
     "status": "formula",
     "source": {
      "title": "“中间阶次”三阶次规则与“只规定最高罚款数额”规则（市级行政处罚裁量基准实施办法，转载）",
      "url": "https://flbkb.com/zh/xingzheng/xingzhengchufa/dd22p1.html",
      "note": "罚款为一定幅度数额的，应当在最高额与最低额之间划分三个以上阶次，一般处罚按中间阶次处罚，从轻处罚应当低于中间阶次，从重处罚不得低于中间阶次；只规定最高罚款数额的，一般处罚按最高罚款数额的40%至60%确定，从轻处罚按最高罚款数额的20%以下确定。"
     },
     "note": "The published rule fixes the max-only 从轻 (≤20 %) and 一般 (40–60 %) bands; the equal thirds of a range, the max-only 从重 band (60–100 %) and the 减轻 band (from 0 up to just below the statutory minimum; no numeric floor for 减轻 was found) are this edition's modelled reading of it."
    }
   },
   "adjustment": {
    "reduceAtMandatory": 2,
    "provenance": {
     "status": "modelled",
     "note": "行政处罚法 Arts. 30 and 32 let the agency choose 从轻 or 减轻. This edition moves one tier lighter for any mitigating circumstance, one tier heavier for any aggravating one (the two cancel), and applies 减轻 when two or more mandatory 从轻或者减轻 circumstances are present and none is aggravating."
    }
   },
   "circumstances": [
    {
     "id": "eliminated-harm",
     "kind": "mitigating-or-reducing",
     "mandatory": true,
     "label": {
      "zh": "主动消除或者减轻违法行为危害后果",
      "en": "Voluntarily eliminated or reduced the harm"
     },
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十二条第一款第（一）项",
      "text": "主动消除或者减轻违法行为危害后果的"
     },
     "provenance": {
      "status": "statute"
     }
    },
    {
     "id": "coerced",
     "kind": "mitigating-or-reducing",
     "mandatory": true,
     "label": {
      "zh": "受他人胁迫或者诱骗实施违法行为",
      "en": "Acted under coercion or deception"
     },
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十二条第一款第（二）项",
      "text": "受他人胁迫或者诱骗实施违法行为的"
     },
     "provenance": {
      "status": "statute"
     }
    },
    {
     "id": "confessed",
     "kind": "mitigating-or-reducing",
     "mandatory": true,
     "label": {
      "zh": "主动供述行政机关尚未掌握的违法行为",
      "en": "Confessed violations unknown to the agency"
     },
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十二条第一款第（三）项",
      "text": "主动供述行政机关尚未掌握的违法行为的"
     },
     "provenance": {
      "status": "statute"
     }
    },
    {
     "id": "meritorious",
     "kind": "mitigating-or-reducing",
     "mandatory": true,
     "label": {
      "zh": "配合行政机关查处违法行为有立功表现",
      "en": "Helped the agency with meritorious conduct"
     },
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十二条第一款第（四）项",
      "text": "配合行政机关查处违法行为有立功表现的"
     },
     "provenance": {
      "status": "statute"
     }
    },
    {
     "id": "other-statutory-mitigation",
     "kind": "mitigating-or-reducing",
     "mandatory": true,
     "label": {
      "zh": "法律、法规、规章规定其他应当从轻或者减轻行政处罚的情形",
      "en": "Other mitigation required by law, regulation or rule"
     },
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十二条第一款第（五）项",
      "text": "法律、法规、规章规定其他应当从轻或者减轻行政处罚的"
     },
     "provenance": {
      "status": "statute"
     }
    },
    {
     "id": "voluntarily-stopped",
     "kind": "mitigating",
     "mandatory": false,
     "label": {
      "zh": "主动中止违法行为",
      "en": "Stopped the violation of own accord"
     },
     "provenance": {
      "status": "modelled",
      "source": {
       "title": "司法行政行政处罚裁量基准（转载）",
       "url": "http://fsou.com/html/text/lar/173593/17359323_1.html"
      },
      "note": "Listed as a 从轻 circumstance in a published benchmark of another field; adopted here as a model."
     }
    },
    {
     "id": "minor-role",
     "kind": "mitigating",
     "mandatory": false,
     "label": {
      "zh": "在共同违法行为中起次要或者辅助作用",
      "en": "Played a minor or auxiliary role"
     },
     "provenance": {
      "status": "modelled",
      "source": {
       "title": "区级行政处罚裁量基准制度（转载）",
       "url": "https://ixbang.com/bid/detail/B2BFB87B2FAC1EBE1BEE4DFC98BD10C6.html"
      }
     }
    },
    {
     "id": "evaded-inspection",
     "kind": "aggravating",
     "mandatory": false,
     "label": {
      "zh": "逃避、抗拒城管执法部门依法进行检查",
      "en": "Evaded or resisted lawful inspection"
     },
     "provenance": {
      "status": "modelled",
      "source": {
       "title": "城市管理行政处罚裁量规则（转载）",
       "url": "http://ask.fsou.com/html/text/lar/170919/17091923_1.html"
      },
      "note": "从重 circumstance (四) of a published city-management rule whose issuer is not visible."
     }
    },
    {
     "id": "serious-impact",
     "kind": "aggravating",
     "mandatory": false,
     "label": {
      "zh": "违法行为较重，影响较大",
      "en": "Serious violation with wide impact"
     },
     "provenance": {
      "status": "modelled",
      "source": {
       "title": "城市管理行政处罚裁量规则（转载）",
       "url": "http://ask.fsou.com/html/text/lar/170919/17091923_1.html"
      },
      "note": "从重 circumstance (二) of the same rule."
     }
    },
    {
     "id": "destroyed-evidence",
     "kind": "aggravating",
     "mandatory": false,
     "label": {
      "zh": "隐匿、销毁违法证据",
      "en": "Hid or destroyed evidence"
     },
     "provenance": {
      "status": "modelled",
      "source": {
       "title": "司法行政行政处罚裁量基准（转载）",
       "url": "http://fsou.com/html/text/lar/173593/17359323_1.html"
      }
     }
    }
   ],
   "firstViolation": {
    "lookbackMonths": 12,
    "scope": "same-matter",
    "area": "region",
    "provenance": {
     "status": "modelled",
     "note": "首次被发现 is read as: no violation of the same matter found in the 12 months before the act anywhere in the covered region (毗邻区域 policy: prior violations in any covered jurisdiction count). The window length is modelled."
    }
   },
   "minorViolation": {
    "when": {
     "all": [
      {
       "fact": "tierLevel",
       "operator": "equal",
       "value": "lighter"
      }
     ]
    },
    "provenance": {
     "status": "modelled",
     "note": "违法行为轻微 (Art. 33 ¶1) is read as: the facts select a 从轻 (lighter) tier, unless the matter defines its own test."
    }
   },
   "procedure": {
    "legalReview": {
     "individual": "5000",
     "unit": "50000",
     "reducedAlwaysReviewed": true,
     "provenance": {
      "status": "published",
      "source": {
       "title": "控江路街道办事处重大行政执法决定法制审核目录（上海市城市管理综合行政执法）",
       "url": "https://www.bigxun.com/view/1670033784924377090",
       "note": "个人5000元以上、法人或者其他组织5万元以上罚款，以及减轻行政处罚案件，应当法制审核。"
      }
     }
    },
    "hearing": {
     "individual": "5000",
     "unit": "50000",
     "provenance": {
      "status": "modelled",
      "note": "行政处罚法 Art. 63 leaves 较大数额 to local rules; no Shanghai, Jiangsu or Zhejiang figure was found. This edition uses the legal-review thresholds until the official figure is encoded."
     }
    }
   },
   "rounding": {
    "unit": "1",
    "provenance": {
     "status": "modelled",
     "note": "Tier bounds are whole yuan: lower bounds round up and upper bounds round down, so a rounded band never leaves the statutory range."
    }
   }
  }
 },
 "matters": [
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.dumping-garbage",
   "name": {
    "zh": "乱倒垃圾、污水、粪便，乱扔动物尸体等废弃物",
    "en": "Dumping garbage, sewage or excrement, or discarding animal carcasses"
   },
   "domain": "cityscape",
   "category": "cityscape.sanitation",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "volume": {
     "type": "number",
     "label": {
      "zh": "乱倒废弃物数量",
      "en": "Volume dumped"
     },
     "unit": {
      "zh": "立方米",
      "en": "m³"
     },
     "min": 0,
     "description": {
      "zh": "乱倒的垃圾、污水、粪便或者乱扔的动物尸体等废弃物的估算体积",
      "en": "Estimated volume of the garbage, sewage, excrement or carcasses dumped"
     }
    },
    "transportedWaste": {
     "type": "boolean",
     "label": {
      "zh": "装运垃圾乱倒",
      "en": "Waste carried in a vehicle and dumped"
     },
     "description": {
      "zh": "使用车辆等运输工具装运垃圾后乱倒",
      "en": "The waste was carried in a vehicle or other conveyance and dumped from it"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第一款第（四）项",
       "text": "（四）乱倒垃圾、污水、粪便，乱扔动物尸体等废弃物；"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款规定的，由城管执法部门责令改正，并处罚款，其中，"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款第（四）项规定的，对个人处二百元以下罚款，对单位处五千元以上五万元以下罚款"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "max-only",
        "max": "200"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "detain-vehicle",
         "label": {
          "zh": "暂扣运输工具",
          "en": "Detain the vehicle"
         },
         "mandatory": false,
         "when": {
          "fact": "transportedWaste",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十八条第二款",
          "text": "对装运垃圾乱倒的，可以暂扣运输工具，并要求违法行为人到指定地点接受处理，处理后，发还运输工具；"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "5000",
        "max": "50000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "detain-vehicle",
         "label": {
          "zh": "暂扣运输工具",
          "en": "Detain the vehicle"
         },
         "mandatory": false,
         "when": {
          "fact": "transportedWaste",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十八条第二款",
          "text": "对装运垃圾乱倒的，可以暂扣运输工具，并要求违法行为人到指定地点接受处理，处理后，发还运输工具；"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "In ¶2 the clause 对装运垃圾乱倒的，可以暂扣运输工具 stands after the penalty for item (五) (open burning); it is read here as belonging to item (四), whose conduct is 乱倒垃圾."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "少量（不足1立方米）且非装运乱倒，首次被查处",
      "en": "A small amount (under 1 m³), not carried in a vehicle, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "volume",
        "operator": "lessThan",
        "value": 1
       },
       {
        "fact": "transportedWaste",
        "operator": "equal",
        "value": false
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "不足5立方米且被查处不超过一次，但数量在1立方米以上、装运乱倒或者再犯",
      "en": "Under 5 m³ with at most one prior violation, where the amount is 1 m³ or more, the waste was carried in a vehicle, or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "volume",
        "operator": "lessThan",
        "value": 5
       },
       {
        "fact": "priorCount",
        "operator": "lessThanInclusive",
        "value": 1
       },
       {
        "any": [
         {
          "fact": "volume",
          "operator": "greaterThanInclusive",
          "value": 1
         },
         {
          "fact": "transportedWaste",
          "operator": "equal",
          "value": true
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 1
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "数量在5立方米以上，或者被依法查处两次以上",
      "en": "5 m³ or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "volume",
        "operator": "greaterThanInclusive",
        "value": 5
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 2
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's max-only (individual) and range (unit) tier formulas."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "城市管理行政处罚裁量规则（转载）",
      "url": "http://ask.fsou.com/html/text/lar/170919/17091923_1.html"
     },
     "note": "Quantity thresholds (1 m³, 5 m³), vehicle-borne dumping and repeat-offence escalation are modelled; the published rule only names 危害后果 and 初犯还是再犯 as factors."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.hanging-on-public-facilities",
   "name": {
    "zh": "在道路及其他公共场所的树木和护栏、路牌、电线杆等设施上吊挂、晾晒物品",
    "en": "Hanging or drying things on trees, railings, road signs or poles in roads and public places"
   },
   "domain": "cityscape",
   "category": "cityscape.street-order",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "location": {
     "type": "enum",
     "label": {
      "zh": "发生地点",
      "en": "Location"
     },
     "values": [
      {
       "value": "ordinary",
       "label": {
        "zh": "一般道路、公共场所",
        "en": "Ordinary road or public place"
       }
      },
      {
       "value": "key-area",
       "label": {
        "zh": "主要道路两侧和景观区域",
        "en": "Along a main road or in a scenic area"
       }
      }
     ]
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十六条第一款",
       "text": "禁止在道路及其他公共场所的树木和护栏、路牌、电线杆等设施上吊挂、晾晒物品。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十六条第一款",
       "text": "违反规定的，由城管执法部门责令改正；拒不改正的，对个人可处二十元罚款，对单位处二十元以上二百元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "fixed",
        "amount": "20"
       },
       "optional": true,
       "preconditions": [
        {
         "id": "refused-correction",
         "label": {
          "zh": "责令改正后拒不改正",
          "en": "Refused to correct after an order to correct"
         },
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "20",
        "max": "200"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "refused-correction",
         "label": {
          "zh": "责令改正后拒不改正",
          "en": "Refused to correct after an order to correct"
         },
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The statute treats the parties differently: an individual 可处 (may be fined) a fixed 20 元, a unit 处 (shall be fined) 20–200 元, both only after refusing to correct."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "一般道路、公共场所，首次被查处",
      "en": "Ordinary road or public place, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "location",
        "operator": "equal",
        "value": "ordinary"
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "一般道路、公共场所被查处一次后再犯，或主要道路两侧和景观区域首次被查处",
      "en": "Ordinary place after one prior violation, or along a main road or in a scenic area the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "ordinary"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 1
         }
        ]
       },
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "key-area"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 0
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "被依法查处两次以上，或在主要道路两侧和景观区域再犯",
      "en": "Two or more prior violations, or a repeat along a main road or in a scenic area"
     },
     "when": {
      "any": [
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 2
       },
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "key-area"
         },
         {
          "fact": "priorCount",
          "operator": "greaterThanInclusive",
          "value": 1
         }
        ]
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula for the unit's 20–200 元; the individual's fixed 20 元 cannot be banded and is the same in every tier."
    },
    "conditions": {
     "status": "modelled",
     "note": "The location class borrows the statute's own 主要道路两侧和景观区域 (Art. 26 ¶2); it and the repeat-offence escalation are modelled."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.illegal-posting",
   "name": {
    "zh": "擅自张贴、悬挂宣传品或者标语，刻画、涂写",
    "en": "Unauthorised posting or hanging of publicity material or slogans, carving or graffiti"
   },
   "domain": "cityscape",
   "category": "cityscape.outdoor-facilities",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "itemCount": {
     "type": "number",
     "label": {
      "zh": "张贴、悬挂、刻画、涂写的数量",
      "en": "Number of items posted, hung, carved or painted"
     },
     "unit": {
      "zh": "处",
      "en": "places"
     },
     "integer": true,
     "min": 1,
     "description": {
      "zh": "拒不清除的宣传品、标语或者刻画、涂写的处数",
      "en": "Number of places with publicity material, slogans, carving or graffiti left uncleared"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十四条第一款",
       "text": "任何单位和个人不得擅自在树木和建筑物、构筑物或者其他设施上张贴、悬挂宣传品或者标语。"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十四条第二款",
       "text": "禁止在树木和建筑物、构筑物或者其他设施上刻画、涂写。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十四条第三款",
       "text": "违反本条规定的，由城管执法部门责令限期清除；拒不清除的，代为清除，所需费用由违法行为人承担，并处五十元以上五百元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "50",
        "max": "500"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "refused-to-clear",
         "label": {
          "zh": "责令限期清除后拒不清除",
          "en": "Refused to clear after an order to clear by a deadline"
         },
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         }
        }
       ],
       "sanctions": [
        {
         "code": "clear-at-offender-cost",
         "label": {
          "zh": "代为清除，费用由违法行为人承担",
          "en": "Cleared by the agency at the offender's cost"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十四条第三款",
          "text": "拒不清除的，代为清除，所需费用由违法行为人承担"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "50",
        "max": "500"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "refused-to-clear",
         "label": {
          "zh": "责令限期清除后拒不清除",
          "en": "Refused to clear after an order to clear by a deadline"
         },
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         }
        }
       ],
       "sanctions": [
        {
         "code": "clear-at-offender-cost",
         "label": {
          "zh": "代为清除，费用由违法行为人承担",
          "en": "Cleared by the agency at the offender's cost"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十四条第三款",
          "text": "拒不清除的，代为清除，所需费用由违法行为人承担"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "Only the 50–500 元 branch is modelled. The same paragraph's second sentence (利用或者组织张贴、刻画、涂写、悬挂或者其他形式发布宣传品、标语进行宣传的，可处一万元以上十万元以下罚款) and the number-suspension procedure of ¶4 belong to a separate matter."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "不足10处，首次被查处",
      "en": "Fewer than 10 places, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "itemCount",
        "operator": "lessThan",
        "value": 10
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "不足50处且被查处不超过一次，但在10处以上或者再犯",
      "en": "Fewer than 50 places with at most one prior violation, where there are 10 or more places or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "itemCount",
        "operator": "lessThan",
        "value": 50
       },
       {
        "fact": "priorCount",
        "operator": "lessThanInclusive",
        "value": 1
       },
       {
        "any": [
         {
          "fact": "itemCount",
          "operator": "greaterThanInclusive",
          "value": 10
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 1
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "50处以上，或者被依法查处两次以上",
      "en": "50 places or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "itemCount",
        "operator": "greaterThanInclusive",
        "value": 50
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 2
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "note": "Count thresholds (10, 50 places) and repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.littering",
   "name": {
    "zh": "乱扔果皮、纸屑、烟蒂、饮料罐、口香糖等废弃物",
    "en": "Littering (peel, paper, cigarette ends, cans, chewing gum)"
   },
   "domain": "cityscape",
   "category": "cityscape.sanitation",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "location": {
     "type": "enum",
     "label": {
      "zh": "发生地点",
      "en": "Location"
     },
     "values": [
      {
       "value": "ordinary",
       "label": {
        "zh": "一般区域（小街小巷等）",
        "en": "Ordinary area (side streets)"
       }
      },
      {
       "value": "key-area",
       "label": {
        "zh": "主要街道、窗口地段、景观区域",
        "en": "Main road, gateway or scenic area"
       }
      }
     ]
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第一款第（二）项",
       "text": "（二）乱扔果皮、纸屑、烟蒂、饮料罐、口香糖等废弃物；"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款规定的，由城管执法部门责令改正，并处罚款，其中，"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款第（二）、（三）项规定的，处一百元以下罚款；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "max-only",
        "max": "100"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "max-only",
        "max": "100"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     }
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "一般区域，首次被查处",
      "en": "Ordinary area, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "location",
        "operator": "equal",
        "value": "ordinary"
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "一般区域被查处一次后再犯，或主要街道、窗口地段首次被查处",
      "en": "Ordinary area after one prior violation, or a key area the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "ordinary"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 1
         }
        ]
       },
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "key-area"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 0
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "被依法查处两次以上，或主要街道、窗口地段再犯",
      "en": "Two or more prior violations, or a repeat in a key area"
     },
     "when": {
      "any": [
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 2
       },
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "key-area"
         },
         {
          "fact": "priorCount",
          "operator": "greaterThanInclusive",
          "value": 1
         }
        ]
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's max-only tier formula."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "城市市容违法行为裁量标准（随地吐痰、乱扔废弃物），转载",
      "url": "http://www.boteman.cn/paper/154872619.html"
     },
     "note": "Location class and repeat-offence escalation follow a published city benchmark of another city; the exact split is modelled."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.muck-vehicle-uncovered",
   "name": {
    "zh": "运输水泥、砂石、泥浆、垃圾、粪便、渣土等的车船未采取密闭或者覆盖措施",
    "en": "Vehicles or vessels carrying cement, sand, mud, waste, excrement or muck without being sealed or covered"
   },
   "domain": "cityscape",
   "category": "cityscape.transport",
   "parties": [
    "unit"
   ],
   "facts": {
    "coverage": {
     "type": "enum",
     "label": {
      "zh": "密闭、覆盖情况",
      "en": "Sealing or cover"
     },
     "values": [
      {
       "value": "partial",
       "label": {
        "zh": "已采取措施但密闭、覆盖不严",
        "en": "Sealed or covered, but not completely"
       }
      },
      {
       "value": "none",
       "label": {
        "zh": "未采取任何密闭或者覆盖措施",
        "en": "Neither sealed nor covered"
       }
      }
     ]
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十七条第二款",
       "text": "运输水泥、砂石、泥浆、垃圾、粪便、渣土等的车船应当采取密闭或者覆盖措施，不得泄漏、散落或者飞扬。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十七条第二款",
       "text": "违反规定未采取密闭或者覆盖措施的，由城管执法部门责令限期改正，并可对责任单位处一千元以上一万元以下罚款。"
      }
     ],
     "statutory": {
      "unit": {
       "fine": {
        "shape": "range",
        "min": "1000",
        "max": "10000"
       },
       "optional": true
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The fine falls on the 责任单位 only. 泄漏、散落或者飞扬 during transport (拒不清除 → 代为清除 + 300–3,000 元, same paragraph) is a separate matter; 大气法 §116 (2,000–20,000 元) may also apply to the same act (行政处罚法 Art. 29)."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "已采取措施但密闭、覆盖不严，首次被查处",
      "en": "Sealed or covered incompletely, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "coverage",
        "operator": "equal",
        "value": "partial"
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "密闭、覆盖不严被查处一次后再犯，或未采取任何密闭、覆盖措施首次被查处",
      "en": "Incomplete cover after one prior violation, or no sealing or cover at all the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "coverage",
          "operator": "equal",
          "value": "partial"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 1
         }
        ]
       },
       {
        "all": [
         {
          "fact": "coverage",
          "operator": "equal",
          "value": "none"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 0
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "被依法查处两次以上，或未采取任何密闭、覆盖措施再犯",
      "en": "Two or more prior violations, or a repeat with no sealing or cover at all"
     },
     "when": {
      "any": [
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 2
       },
       {
        "all": [
         {
          "fact": "coverage",
          "operator": "equal",
          "value": "none"
         },
         {
          "fact": "priorCount",
          "operator": "greaterThanInclusive",
          "value": 1
         }
        ]
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "note": "The degree of sealing or cover and the repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.roadside-car-wash",
   "name": {
    "zh": "占用道路、广场从事经营性车辆清洗活动",
    "en": "Commercial car washing on a road or square"
   },
   "domain": "cityscape",
   "category": "cityscape.street-order",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "occupiedArea": {
     "type": "number",
     "label": {
      "zh": "占用道路、广场面积",
      "en": "Area of road or square occupied"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "清洗作业（含待洗车辆停放）占用的道路、广场面积",
      "en": "Road or square area taken by the washing, including vehicles waiting to be washed"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第一款第（六）项",
       "text": "（六）占用道路、广场从事经营性车辆清洗活动；"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款规定的，由城管执法部门责令改正，并处罚款，其中，"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款第（六）项规定的，处三百元以上三千元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "300",
        "max": "3000"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "300",
        "max": "3000"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     }
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "占用面积不足20平方米（约一个车位），首次被查处",
      "en": "Under 20 m² (about one vehicle bay), first time found"
     },
     "when": {
      "all": [
       {
        "fact": "occupiedArea",
        "operator": "lessThan",
        "value": 20
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "占用面积不足60平方米且被查处不超过一次，但面积在20平方米以上或者再犯",
      "en": "Under 60 m² with at most one prior violation, where the area is 20 m² or more or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "occupiedArea",
        "operator": "lessThan",
        "value": 60
       },
       {
        "fact": "priorCount",
        "operator": "lessThanInclusive",
        "value": 1
       },
       {
        "any": [
         {
          "fact": "occupiedArea",
          "operator": "greaterThanInclusive",
          "value": 20
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 1
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "占用面积60平方米以上，或者被依法查处两次以上",
      "en": "60 m² or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "occupiedArea",
        "operator": "greaterThanInclusive",
        "value": 60
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 2
       }
      ]
     }
    }
   ],
   "firstViolation": {
    "listed": true,
    "item": "四",
    "conditions": [
     {
      "id": "first-discovered",
      "label": {
       "zh": "首次被发现",
       "en": "Found for the first time"
      },
      "when": {
       "fact": "priorCount",
       "operator": "equal",
       "value": 0
      }
     },
     {
      "id": "corrected-in-time",
      "label": {
       "zh": "及时纠正",
       "en": "Corrected in time"
      },
      "when": {
       "fact": "correction",
       "operator": "equal",
       "value": "in-time"
      }
     },
     {
      "id": "no-harm",
      "label": {
       "zh": "没有造成危害后果",
       "en": "No harmful consequence"
      },
      "when": {
       "fact": "harm",
       "operator": "equal",
       "value": "none"
      }
     }
    ],
    "provenance": {
     "status": "published",
     "source": {
      "title": "城市管理轻微违法违规行为免罚清单",
      "issuer": "上海市城市管理行政执法局、上海市司法局",
      "date": "2020-08-18",
      "documentNumber": "索引号 MB2F300040/2020-00004"
     },
     "note": "Item 四 cites 市容条例第二十八条第一款第六项 with the condition 首次被发现的; the list's chapeau adds 及时纠正，没有造成危害后果."
    }
   },
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "note": "Occupied-area thresholds (20 m², 60 m²) and repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.site-publicity-missing",
   "name": {
    "zh": "施工单位未按照要求在建设工程施工现场进行公示",
    "en": "Contractor failed to post the required notice at the construction site"
   },
   "domain": "cityscape",
   "category": "cityscape.construction-site",
   "parties": [
    "unit"
   ],
   "facts": {
    "publicity": {
     "type": "enum",
     "label": {
      "zh": "公示情况",
      "en": "Site notice"
     },
     "values": [
      {
       "value": "incomplete",
       "label": {
        "zh": "已公示但事项不全或者未在显著位置公示",
        "en": "Posted, but incomplete or not in a conspicuous place"
       }
      },
      {
       "value": "none",
       "label": {
        "zh": "未进行公示",
        "en": "No notice posted"
       }
      }
     ]
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-construction-market-regulation",
       "article": "第十三条第二款",
       "text": "除保密工程外，施工单位应当在施工现场的显著位置向社会公示建设工程施工许可文件的编号、工程名称、建设地址、建设规模、建设单位、设计单位、施工单位、监理单位、合同工期、项目经理等事项。"
      }
     ],
     "penalty": [
      {
       "law": "sh-construction-market-regulation",
       "article": "第五十二条",
       "text": "违反本条例第十三条第二款规定，施工单位未按照要求在建设工程施工现场进行公示的，由建设行政管理部门或者其他有关部门责令限期改正，处一万元以上三万元以下罚款。"
      }
     ],
     "statutory": {
      "unit": {
       "fine": {
        "shape": "range",
        "min": "10000",
        "max": "30000"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市建筑市场管理条例 as revised 2014-07-25 and amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The fine is imposed together with the order to correct by a deadline (责令限期改正，处…罚款); it is not conditional on 逾期不改. The statute names 建设行政管理部门或者其他有关部门 as the enforcer; the 2020 城管 免罚清单 lists the matter."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "已公示但事项不全或者位置不显著，首次被查处",
      "en": "Notice incomplete or not conspicuous, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "publicity",
        "operator": "equal",
        "value": "incomplete"
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "公示不全或者位置不显著被查处一次后再犯，或未进行公示首次被查处",
      "en": "Incomplete notice after one prior violation, or no notice at all the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "publicity",
          "operator": "equal",
          "value": "incomplete"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 1
         }
        ]
       },
       {
        "all": [
         {
          "fact": "publicity",
          "operator": "equal",
          "value": "none"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 0
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "被依法查处两次以上，或未进行公示再犯",
      "en": "Two or more prior violations, or a repeat with no notice at all"
     },
     "when": {
      "any": [
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 2
       },
       {
        "all": [
         {
          "fact": "publicity",
          "operator": "equal",
          "value": "none"
         },
         {
          "fact": "priorCount",
          "operator": "greaterThanInclusive",
          "value": 1
         }
        ]
       }
      ]
     }
    }
   ],
   "firstViolation": {
    "listed": true,
    "item": "一",
    "conditions": [
     {
      "id": "first-discovered",
      "label": {
       "zh": "首次被发现",
       "en": "Found for the first time"
      },
      "when": {
       "fact": "priorCount",
       "operator": "equal",
       "value": 0
      }
     },
     {
      "id": "corrected-after-order",
      "label": {
       "zh": "责令限期改正后及时改正",
       "en": "Corrected in time after an order to correct by a deadline"
      },
      "when": {
       "fact": "correction",
       "operator": "equal",
       "value": "in-time"
      }
     },
     {
      "id": "no-harm",
      "label": {
       "zh": "没有造成危害后果",
       "en": "No harmful consequence"
      },
      "when": {
       "fact": "harm",
       "operator": "equal",
       "value": "none"
      }
     }
    ],
    "provenance": {
     "status": "published",
     "source": {
      "title": "城市管理轻微违法违规行为免罚清单",
      "issuer": "上海市城市管理行政执法局、上海市司法局",
      "date": "2020-08-18",
      "documentNumber": "索引号 MB2F300040/2020-00004"
     },
     "note": "Item 一 cites 上海市建筑市场管理条例第十三条第二款 with the condition 首次被发现，责令限期改正后及时改正的; the list's chapeau adds 及时纠正，没有造成危害后果."
    }
   },
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "note": "The completeness of the notice and the repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.spitting-urinating",
   "name": {
    "zh": "随地吐痰、便溺",
    "en": "Spitting, urinating or defecating in public"
   },
   "domain": "cityscape",
   "category": "cityscape.sanitation",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "conduct": {
     "type": "enum",
     "label": {
      "zh": "行为方式",
      "en": "Conduct"
     },
     "values": [
      {
       "value": "spitting",
       "label": {
        "zh": "随地吐痰",
        "en": "Spitting"
       }
      },
      {
       "value": "urinating",
       "label": {
        "zh": "随地便溺",
        "en": "Urinating or defecating"
       }
      }
     ]
    },
    "location": {
     "type": "enum",
     "label": {
      "zh": "发生地点",
      "en": "Location"
     },
     "values": [
      {
       "value": "ordinary",
       "label": {
        "zh": "一般区域（小街小巷等）",
        "en": "Ordinary area (side streets)"
       }
      },
      {
       "value": "key-area",
       "label": {
        "zh": "主要街道、窗口地段、景观区域",
        "en": "Main road, gateway or scenic area"
       }
      }
     ]
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第一款第（一）项",
       "text": "（一）随地吐痰、便溺；"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款规定的，由城管执法部门责令改正，并处罚款，其中，"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款第（一）项规定的，处二百元以下罚款；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "max-only",
        "max": "200"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "max-only",
        "max": "200"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     }
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "一般区域随地吐痰，首次被查处",
      "en": "Spitting in an ordinary area, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "conduct",
        "operator": "equal",
        "value": "spitting"
       },
       {
        "fact": "location",
        "operator": "equal",
        "value": "ordinary"
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "一般区域随地吐痰被查处一次后再犯；主要街道、窗口地段随地吐痰首次被查处；一般区域随地便溺首次被查处",
      "en": "Spitting in an ordinary area after one prior violation; spitting in a key area the first time; urinating in an ordinary area the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "conduct",
          "operator": "equal",
          "value": "spitting"
         },
         {
          "fact": "location",
          "operator": "equal",
          "value": "ordinary"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 1
         }
        ]
       },
       {
        "all": [
         {
          "fact": "conduct",
          "operator": "equal",
          "value": "spitting"
         },
         {
          "fact": "location",
          "operator": "equal",
          "value": "key-area"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 0
         }
        ]
       },
       {
        "all": [
         {
          "fact": "conduct",
          "operator": "equal",
          "value": "urinating"
         },
         {
          "fact": "location",
          "operator": "equal",
          "value": "ordinary"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 0
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "被依法查处两次以上；主要街道、窗口地段再犯；随地便溺再犯；在主要街道、窗口地段随地便溺",
      "en": "Two or more prior violations; a repeat in a key area; repeat urinating; urinating in a key area"
     },
     "when": {
      "any": [
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 2
       },
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "key-area"
         },
         {
          "fact": "priorCount",
          "operator": "greaterThanInclusive",
          "value": 1
         }
        ]
       },
       {
        "all": [
         {
          "fact": "conduct",
          "operator": "equal",
          "value": "urinating"
         },
         {
          "fact": "priorCount",
          "operator": "greaterThanInclusive",
          "value": 1
         }
        ]
       },
       {
        "all": [
         {
          "fact": "conduct",
          "operator": "equal",
          "value": "urinating"
         },
         {
          "fact": "location",
          "operator": "equal",
          "value": "key-area"
         }
        ]
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's max-only tier formula."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "城市市容违法行为裁量标准（随地吐痰、乱扔废弃物），转载",
      "url": "http://www.boteman.cn/paper/154872619.html"
     },
     "note": "Location class, repeat-offence escalation and the heavier treatment of 便溺 in main streets follow a published city benchmark of another city; the exact split is modelled."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.street-vending",
   "name": {
    "zh": "占用道路、桥梁、人行天桥、地下通道及其他公共场所设摊经营、兜售物品",
    "en": "Street vending or hawking on roads, bridges, footbridges, underpasses or other public places"
   },
   "domain": "cityscape",
   "category": "cityscape.street-order",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "location": {
     "type": "enum",
     "label": {
      "zh": "发生地点",
      "en": "Location"
     },
     "values": [
      {
       "value": "ordinary",
       "label": {
        "zh": "一般道路、公共场所",
        "en": "Ordinary road or public place"
       }
      },
      {
       "value": "key-area",
       "label": {
        "zh": "主要道路、景观区域、人行天桥、地下通道及轨道交通站点周边",
        "en": "Main road, scenic area, footbridge, underpass or near a metro station"
       }
      }
     ]
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十五条第二款",
       "text": "任何单位和个人不得占用道路、桥梁、人行天桥、地下通道及其他公共场所设摊经营、兜售物品，影响市容环境卫生。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十五条第二款",
       "text": "违反规定的，由城管执法部门责令改正，并可处五十元以上五百元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "50",
        "max": "500"
       },
       "optional": true,
       "sanctions": [
        {
         "code": "detain-items",
         "label": {
          "zh": "暂扣经营兜售的物品和与违法行为有关的工具",
          "en": "Detain the goods and the tools used"
         },
         "mandatory": false,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十五条第二款",
          "text": "城管执法部门可以暂扣当事人经营兜售的物品和与违法行为有关的工具，要求其到指定地点接受处理，当事人接受处理后，城管执法部门应当及时返还暂扣的物品与相关工具"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "50",
        "max": "500"
       },
       "optional": true,
       "sanctions": [
        {
         "code": "detain-items",
         "label": {
          "zh": "暂扣经营兜售的物品和与违法行为有关的工具",
          "en": "Detain the goods and the tools used"
         },
         "mandatory": false,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十五条第二款",
          "text": "城管执法部门可以暂扣当事人经营兜售的物品和与违法行为有关的工具，要求其到指定地点接受处理，当事人接受处理后，城管执法部门应当及时返还暂扣的物品与相关工具"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "暂扣 is an administrative compulsory measure pending 接受处理, not a penalty; the items are returned once the party has been dealt with (非法物品 are transferred to the competent authority)."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "一般道路、公共场所，首次被查处",
      "en": "Ordinary road or public place, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "location",
        "operator": "equal",
        "value": "ordinary"
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "一般道路、公共场所被查处一次后再犯，或主要道路、景观区域等重点区域首次被查处",
      "en": "Ordinary place after one prior violation, or a key area the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "ordinary"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 1
         }
        ]
       },
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "key-area"
         },
         {
          "fact": "priorCount",
          "operator": "equal",
          "value": 0
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "被依法查处两次以上，或在重点区域再犯",
      "en": "Two or more prior violations, or a repeat in a key area"
     },
     "when": {
      "any": [
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 2
       },
       {
        "all": [
         {
          "fact": "location",
          "operator": "equal",
          "value": "key-area"
         },
         {
          "fact": "priorCount",
          "operator": "greaterThanInclusive",
          "value": 1
         }
        ]
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "城市管理行政处罚裁量规则（转载）",
      "url": "http://ask.fsou.com/html/text/lar/170919/17091923_1.html"
     },
     "note": "Repeat-offence escalation follows the published rule's 初犯还是再犯 factor; the location class follows the 区域 factor of 浙江省人民政府令第405号 Art. 5 (REFERENCE §6). The split itself is modelled."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.construction-waste-dumping",
   "name": {
    "zh": "擅自倾倒、堆放、处置建筑垃圾、工程渣土",
    "en": "Dumping, stockpiling or disposing of construction waste or excavated soil without authorisation"
   },
   "domain": "ecology",
   "category": "ecology.construction-waste",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "volume": {
     "type": "number",
     "label": {
      "zh": "倾倒、堆放、处置数量",
      "en": "Volume dumped"
     },
     "unit": {
      "zh": "立方米",
      "en": "m³"
     },
     "min": 0,
     "description": {
      "zh": "擅自倾倒、堆放、处置的建筑垃圾、工程渣土的估算体积",
      "en": "Estimated volume of the construction waste or excavated soil dumped, stockpiled or disposed of"
     }
    },
    "serious": {
     "type": "boolean",
     "label": {
      "zh": "情节严重",
      "en": "Serious circumstances"
     },
     "description": {
      "zh": "执法部门认定违法行为情节严重",
      "en": "The enforcement agency finds the circumstances serious"
     }
    },
    "transportUnit": {
     "type": "boolean",
     "label": {
      "zh": "当事人为运输单位",
      "en": "The party is a transport unit"
     },
     "description": {
      "zh": "当事人是持有建筑垃圾、工程渣土运输许可证的运输单位",
      "en": "The party is a carrier holding a construction-waste and excavated-soil transport licence"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十四条第五款",
       "text": "禁止擅自倾倒、堆放、处置建筑垃圾、工程渣土。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十四条第五款",
       "text": "违反规定的，由城管执法部门责令改正，处五千元以上五万元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "5000",
        "max": "50000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "detain-vehicle",
         "label": {
          "zh": "暂扣运输工具",
          "en": "Detain the vehicle"
         },
         "mandatory": false,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第四十四条第六款",
          "text": "违反本条规定的，城管执法部门可以暂扣违法当事人的运输工具，并要求其到指定地点接受处理，处理后，发还运输工具。"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "5000",
        "max": "50000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "detain-vehicle",
         "label": {
          "zh": "暂扣运输工具",
          "en": "Detain the vehicle"
         },
         "mandatory": false,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第四十四条第六款",
          "text": "违反本条规定的，城管执法部门可以暂扣违法当事人的运输工具，并要求其到指定地点接受处理，处理后，发还运输工具。"
         }
        },
        {
         "code": "revoke-license",
         "label": {
          "zh": "移送市市容环境卫生管理部门吊销建筑垃圾、工程渣土运输许可证",
          "en": "Refer to the municipal city-appearance department to revoke the construction-waste transport licence"
         },
         "mandatory": true,
         "when": {
          "all": [
           {
            "fact": "serious",
            "operator": "equal",
            "value": true
           },
           {
            "fact": "transportUnit",
            "operator": "equal",
            "value": true
           }
          ]
         },
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第四十四条第六款",
          "text": "对情节严重的运输单位，由城管执法部门移送市市容环境卫生管理部门吊销其建筑垃圾、工程渣土运输许可证。"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The prohibition in ¶5 names no subject, so it binds individuals and units alike. ¶6 applies to every violation of Art. 44: 暂扣运输工具 is discretionary (可以); revocation of the transport licence is reserved to 情节严重的运输单位 and is decided by the municipal city-appearance department on 城管's referral, so it is a unit-only sanction here."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "数量不足10立方米，情节不严重，首次被查处",
      "en": "Under 10 m³, circumstances not serious, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "volume",
        "operator": "lessThan",
        "value": 10
       },
       {
        "fact": "serious",
        "operator": "equal",
        "value": false
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "数量在10立方米以上不足50立方米，情节不严重，首次被查处",
      "en": "10 m³ or more but under 50 m³, circumstances not serious, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "volume",
        "operator": "greaterThanInclusive",
        "value": 10
       },
       {
        "fact": "volume",
        "operator": "lessThan",
        "value": 50
       },
       {
        "fact": "serious",
        "operator": "equal",
        "value": false
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "数量在50立方米以上，或者情节严重，或者12个月内再次被查处",
      "en": "50 m³ or more, or serious circumstances, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "volume",
        "operator": "greaterThanInclusive",
        "value": 50
       },
       {
        "fact": "serious",
        "operator": "equal",
        "value": true
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 1
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The volume thresholds (10 m³, 50 m³) are modelled; no published benchmark for this matter was found. Escalation on a repeat violation follows the cited benchmark of another field."
    }
   },
   "notes": [
    "Overlap: for a 工程施工单位 dumping construction waste produced by its own works, 固体废物污染环境防治法 Art. 111 ¶1(4) and ¶2 (100,000–1,000,000 元) may also apply; under 行政处罚法 Art. 29 the higher provision governs. That provision is not modelled in this matter."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.green-space-occupation",
   "name": {
    "zh": "未经许可占用绿地",
    "en": "Occupying green space without permission"
   },
   "domain": "ecology",
   "category": "ecology.greening",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "area": {
     "type": "number",
     "label": {
      "zh": "占用绿地面积",
      "en": "Green-space area occupied"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0.01
    },
    "greenSpaceKind": {
     "type": "enum",
     "label": {
      "zh": "绿地类别",
      "en": "Kind of green space"
     },
     "values": [
      {
       "value": "public",
       "label": {
        "zh": "公共绿地",
        "en": "Public green space"
       }
      },
      {
       "value": "other",
       "label": {
        "zh": "其他绿地（单位附属绿地、居住区绿地等）",
        "en": "Other green space (grounds of a unit, residential estate …)"
       }
      }
     ]
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-greening-regulation-2018",
       "article": "第三十二条第一款",
       "text": "建成的绿地不得擅自占用。"
      }
     ],
     "penalty": [
      {
       "law": "sh-greening-regulation-2018",
       "article": "第四十四条第二款",
       "text": "违反本条例第三十二条规定，未经许可占用绿地的，由市或者区绿化管理部门责令限期改正，按占用绿地面积每平方米五百元以上二千元以下处以罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "per-unit",
        "rate": {
         "min": "500",
         "max": "2000"
        },
        "quantity": [
         "area"
        ],
        "unit": {
         "zh": "元/平方米",
         "en": "yuan per m²"
        }
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "per-unit",
        "rate": {
         "min": "500",
         "max": "2000"
        },
        "quantity": [
         "area"
        ],
        "unit": {
         "zh": "元/平方米",
         "en": "yuan per m²"
        }
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市绿化条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The regulation names 市或者区绿化管理部门 as the penalty body; 城管 enforces violations of greening management other than 绿化建设 under 上海市城市管理行政执法条例 Art. 11 ¶1(3)."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "占用公共绿地以外的绿地不足10平方米，首次被查处",
      "en": "Under 10 m² of non-public green space, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "greenSpaceKind",
        "operator": "equal",
        "value": "other"
       },
       {
        "fact": "area",
        "operator": "lessThan",
        "value": 10
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "占用面积不足100平方米，首次被查处，且占用公共绿地或者面积在10平方米以上",
      "en": "Under 100 m², first time found, where the space is public or the area is 10 m² or more"
     },
     "when": {
      "all": [
       {
        "fact": "area",
        "operator": "lessThan",
        "value": 100
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       },
       {
        "any": [
         {
          "fact": "greenSpaceKind",
          "operator": "equal",
          "value": "public"
         },
         {
          "fact": "area",
          "operator": "greaterThanInclusive",
          "value": 10
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "占用面积在100平方米以上，或者12个月内再次被查处",
      "en": "100 m² or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "area",
        "operator": "greaterThanInclusive",
        "value": 100
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 1
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula, applied to the 500–2,000 元 rate per m²."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The area thresholds (10 m², 100 m²) and the weight given to public green space (which Art. 32 ¶3 treats more strictly: 补建 or 易地补偿) are modelled."
    }
   },
   "notes": [
    "The fine is rate × area; the tiers only choose the rate within 500–2,000 元.",
    "Art. 44 ¶3 (reducing green area when re-arranging a built green space, 按照前款规定处理) and ¶4 (occupying or removing 立体绿化, same 500–2,000 元/m²) have the same rate but are separate conduct; they are not part of this matter."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.green-space-temporary-use",
   "name": {
    "zh": "未经许可临时使用绿地",
    "en": "Temporary use of green space without permission"
   },
   "domain": "ecology",
   "category": "ecology.greening",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "days": {
     "type": "number",
     "label": {
      "zh": "临时使用天数",
      "en": "Days of use"
     },
     "unit": {
      "zh": "日",
      "en": "days"
     },
     "integer": true,
     "min": 1
    },
    "area": {
     "type": "number",
     "label": {
      "zh": "临时使用绿地面积",
      "en": "Green-space area used"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0.01
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-greening-regulation-2018",
       "article": "第三十一条第一款",
       "text": "因城市建设需要临时使用绿地的，应当向区绿化管理部门提出申请。"
      }
     ],
     "penalty": [
      {
       "law": "sh-greening-regulation-2018",
       "article": "第四十四条第一款",
       "text": "违反本条例第三十一条规定，未经许可临时使用绿地的，由市或者区绿化管理部门责令限期改正，按临时使用绿地每日每平方米十元以上三十元以下处以罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "per-unit",
        "rate": {
         "min": "10",
         "max": "30"
        },
        "quantity": [
         "days",
         "area"
        ],
        "unit": {
         "zh": "元/日/平方米",
         "en": "yuan per day per m²"
        }
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "per-unit",
        "rate": {
         "min": "10",
         "max": "30"
        },
        "quantity": [
         "days",
         "area"
        ],
        "unit": {
         "zh": "元/日/平方米",
         "en": "yuan per day per m²"
        }
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市绿化条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The regulation names 市或者区绿化管理部门 as the penalty body; 城管 enforces violations of greening management other than 绿化建设 under 上海市城市管理行政执法条例 Art. 11 ¶1(3). The fine is imposed together with an order to correct within a time limit, not conditional on a failure to correct."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "面积不足50平方米且使用不超过7日，首次被查处",
      "en": "Under 50 m² for at most 7 days, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "area",
        "operator": "lessThan",
        "value": 50
       },
       {
        "fact": "days",
        "operator": "lessThanInclusive",
        "value": 7
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "面积不足200平方米且使用不超过30日，首次被查处，但面积在50平方米以上或者使用超过7日",
      "en": "Under 200 m² for at most 30 days, first time found, where the area is 50 m² or more or the use lasted over 7 days"
     },
     "when": {
      "all": [
       {
        "fact": "area",
        "operator": "lessThan",
        "value": 200
       },
       {
        "fact": "days",
        "operator": "lessThanInclusive",
        "value": 30
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       },
       {
        "any": [
         {
          "fact": "area",
          "operator": "greaterThanInclusive",
          "value": 50
         },
         {
          "fact": "days",
          "operator": "greaterThan",
          "value": 7
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "面积在200平方米以上，或者使用超过30日，或者12个月内再次被查处",
      "en": "200 m² or more, or use over 30 days, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "area",
        "operator": "greaterThanInclusive",
        "value": 200
       },
       {
        "fact": "days",
        "operator": "greaterThan",
        "value": 30
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 1
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula, applied to the 10–30 元 daily rate per m²."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The area (50 m², 200 m²) and duration (7 days, 30 days) thresholds are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "The fine is rate × days × area; the tiers only choose the rate within 10–30 元.",
    "Using green space beyond an approved period or area is not separately addressed by Art. 44 ¶1; it is read here as unpermitted use for the excess."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.illegal-tree-felling",
   "name": {
    "zh": "擅自砍伐树木",
    "en": "Felling trees without approval"
   },
   "domain": "ecology",
   "category": "ecology.greening",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "compensationStandard": {
     "type": "money",
     "label": {
      "zh": "绿化补偿标准金额",
      "en": "Greening compensation standard amount"
     },
     "description": {
      "zh": "按本市绿化补偿标准计算的被砍伐树木的补偿金额（元）",
      "en": "The compensation amount for the felled trees under the city's greening compensation standard, in yuan"
     }
    },
    "treeCount": {
     "type": "number",
     "label": {
      "zh": "砍伐树木数量",
      "en": "Number of trees felled"
     },
     "unit": {
      "zh": "株",
      "en": "trees"
     },
     "integer": true,
     "min": 1
    },
    "trunkDiameter": {
     "type": "number",
     "label": {
      "zh": "被砍伐树木的最大胸径",
      "en": "Largest trunk diameter at breast height"
     },
     "unit": {
      "zh": "厘米",
      "en": "cm"
     },
     "min": 0
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-greening-regulation-2018",
       "article": "第二十九条第一款",
       "text": "禁止擅自砍伐树木。"
      }
     ],
     "penalty": [
      {
       "law": "sh-greening-regulation-2018",
       "article": "第四十三条第二款",
       "text": "违反本条例第二十九条第一款规定，擅自砍伐树木的，由市或者区绿化管理部门处绿化补偿标准五至十倍的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "multiple",
        "base": "compensationStandard",
        "min": "5",
        "max": "10"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "multiple",
        "base": "compensationStandard",
        "min": "5",
        "max": "10"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市绿化条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The regulation names 市或者区绿化管理部门 as the penalty body; 城管 enforces violations of greening management other than 绿化建设 under 上海市城市管理行政执法条例 Art. 11 ¶1(3). Unlike Art. 43 ¶1 (擅自迁移), ¶2 does not say 责令改正."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "砍伐1至2株，胸径均不足25厘米，首次被查处",
      "en": "1–2 trees, all under 25 cm in diameter, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "treeCount",
        "operator": "lessThan",
        "value": 3
       },
       {
        "fact": "trunkDiameter",
        "operator": "lessThan",
        "value": 25
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "砍伐3株以上不足10株，胸径均不足25厘米，首次被查处",
      "en": "3 to 9 trees, all under 25 cm in diameter, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "treeCount",
        "operator": "greaterThanInclusive",
        "value": 3
       },
       {
        "fact": "treeCount",
        "operator": "lessThan",
        "value": 10
       },
       {
        "fact": "trunkDiameter",
        "operator": "lessThan",
        "value": 25
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "砍伐10株以上，或者有胸径在25厘米以上的树木，或者12个月内再次被查处",
      "en": "10 trees or more, or any tree of 25 cm diameter or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "treeCount",
        "operator": "greaterThanInclusive",
        "value": 10
       },
       {
        "fact": "trunkDiameter",
        "operator": "greaterThanInclusive",
        "value": 25
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 1
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula, applied to the 5–10 multiple of the compensation standard."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The heavier thresholds (10 trees, 25 cm diameter) borrow the line 上海市绿化条例 Art. 30 ¶2(2) draws for felling that needs municipal rather than district approval (十株以上或者胸径在二十五厘米以上); using it for tiers, and the 3-tree line, are modelled."
    }
   },
   "notes": [
    "Art. 43 ¶3: a 建设、养护单位 that fails to replant after approved felling and does not correct by the deadline is punished under the felling rule; that path is not modelled here.",
    "The compensation standard already grows with the number and size of trees; the tiers only choose the multiple."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.night-construction-noise",
   "name": {
    "zh": "未按照规定取得证明，在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工作业",
    "en": "Noisy construction work at night in an area of noise-sensitive buildings without the required certificate"
   },
   "domain": "ecology",
   "category": "ecology.noise",
   "parties": [
    "unit"
   ],
   "facts": {
    "nights": {
     "type": "number",
     "label": {
      "zh": "夜间施工次数（夜）",
      "en": "Nights of construction work"
     },
     "unit": {
      "zh": "夜",
      "en": "nights"
     },
     "integer": true,
     "min": 1,
     "description": {
      "zh": "查实的未取得证明进行夜间施工的夜数（夜间指晚上十点至次日早晨六点，本市另有规定的除外）",
      "en": "Nights on which work without a certificate is established (night = 22:00–06:00 unless the city sets other hours)"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第四十三条第一款",
       "text": "在噪声敏感建筑物集中区域，禁止夜间进行产生噪声的建筑施工作业，但抢修、抢险施工作业，因生产工艺要求或者其他特殊需要必须连续施工作业的除外。"
      },
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第四十三条第二款",
       "text": "因特殊需要必须连续施工作业的，应当取得地方人民政府住房和城乡建设、生态环境主管部门或者地方人民政府指定的部门的证明，并在施工现场显著位置公示或者以其他方式公告附近居民。"
      }
     ],
     "penalty": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第七十七条",
       "text": "违反本法规定，建设单位、施工单位有下列行为之一，由工程所在地人民政府指定的部门责令改正，处一万元以上十万元以下的罚款；拒不改正的，可以责令暂停施工："
      },
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第七十七条第一款第（二）项",
       "text": "（二）未按照规定取得证明，在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工作业的。"
      }
     ],
     "statutory": {
      "unit": {
       "fine": {
        "shape": "range",
        "min": "10000",
        "max": "100000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "order-to-stop-work",
         "label": {
          "zh": "责令暂停施工",
          "en": "Order to suspend construction"
         },
         "mandatory": false,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "cn-noise-pollution-law-2021",
          "article": "第七十七条",
          "text": "拒不改正的，可以责令暂停施工"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "噪声污染防治法 of 2021-12-24, in force 2022-06-05; a later amendment could not be checked."
     },
     "note": "Shanghai applies the national law directly. 城管 is the enforcing department because 上海市城市管理行政执法条例 Art. 11 ¶1(5) assigns it 未经批准或者未按批准要求从事夜间建筑施工，造成噪声污染 (violations that need no instrument measurement). Art. 77 addresses only 建设单位、施工单位, so the matter has no individual party."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "夜间施工1夜，首次被查处",
      "en": "One night of work, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "nights",
        "operator": "lessThan",
        "value": 2
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "夜间施工2至3夜，首次被查处",
      "en": "Two or three nights of work, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "nights",
        "operator": "greaterThanInclusive",
        "value": 2
       },
       {
        "fact": "nights",
        "operator": "lessThan",
        "value": 4
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "夜间施工4夜以上，或者12个月内再次被查处",
      "en": "Four nights or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "nights",
        "operator": "greaterThanInclusive",
        "value": 4
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 1
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The thresholds on the number of nights (2, 4) are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "Art. 77 ¶1(1) (超过噪声排放标准排放建筑施工噪声) carries the same penalty but needs instrument measurement, which 上海市城市管理行政执法条例 Art. 11 ¶1(5) leaves outside 城管's remit; it is not part of this matter.",
    "责令暂停施工 is available only after a refusal to correct and is discretionary (可以)."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.open-burning-leaves",
   "name": {
    "zh": "露天焚烧秸秆、枯枝落叶等产生烟尘的物质",
    "en": "Open burning of straw, dead branches, leaves or similar smoke-producing material"
   },
   "domain": "ecology",
   "category": "ecology.air",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "burnArea": {
     "type": "number",
     "label": {
      "zh": "焚烧面积",
      "en": "Area burned"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "焚烧点（火堆、过火地面）的估算面积",
      "en": "Estimated area of the fire or burnt ground"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第五十四条第一款",
       "text": "本市禁止露天焚烧秸秆、枯枝落叶等产生烟尘的物质"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第七十七条",
       "text": "省、自治区、直辖市人民政府应当划定区域，禁止露天焚烧秸秆、落叶等产生烟尘污染的物质。"
      }
     ],
     "penalty": [
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第九十七条",
       "text": "违反本条例第五十四条第一款规定，露天焚烧秸秆、枯枝落叶等产生烟尘的物质的，由生态环境部门责令改正，可以处五百元以上二千元以下罚款；"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十九条第一款",
       "text": "违反本法规定，在人口集中地区对树木、花草喷洒剧毒、高毒农药，或者露天焚烧秸秆、落叶等产生烟尘污染的物质的，由县级以上地方人民政府确定的监督管理部门责令改正，并可以处五百元以上二千元以下的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "2000"
       },
       "optional": true
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "2000"
       },
       "optional": true
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市大气污染防治条例 as amended 2018-12-20 and 大气污染防治法 as amended 2018-10-26; later amendments could not be checked."
     },
     "note": "Shanghai has its own provision for the act: 上海市大气污染防治条例 Art. 54 ¶1 bans it city-wide (the national Art. 77 leaves the banned area to the province, and Art. 119 ¶1 speaks of 人口集中地区) and Art. 97 sets the same optional 500–2,000 元 fine for anyone. Both are cited, the Shanghai provision first, as a decision would cite them. Art. 97 names 生态环境部门 as the penalty body, but 上海市城市管理行政执法条例 Art. 11 ¶1(5) assigns 露天焚烧秸秆、枯枝落叶等产生烟尘的物质 to 城管; which department acts in a given area follows the city's division of duties."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "焚烧面积不足1平方米，首次被查处",
      "en": "Under 1 m², first time found"
     },
     "when": {
      "all": [
       {
        "fact": "burnArea",
        "operator": "lessThan",
        "value": 1
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "焚烧面积1平方米以上不足10平方米，首次被查处",
      "en": "From 1 m² up to under 10 m², first time found"
     },
     "when": {
      "all": [
       {
        "fact": "burnArea",
        "operator": "greaterThanInclusive",
        "value": 1
       },
       {
        "fact": "burnArea",
        "operator": "lessThan",
        "value": 10
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "焚烧面积10平方米以上，或者12个月内再次被查处",
      "en": "10 m² or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "burnArea",
        "operator": "greaterThanInclusive",
        "value": 10
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 1
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The area thresholds (1 m², 10 m²) are modelled and match those of ecology.open-burning for leaves, so the same act lands in the same tier under both matters."
    }
   },
   "notes": [
    "Overlap: burning leaves in the open is also item (五) of 上海市市容环境卫生管理条例 Art. 28 ¶1 (ecology.open-burning: individual ≤200 元, unit 300–3,000 元, mandatory). Under 行政处罚法 Art. 29 one fine is imposed under the provision with the higher fine.",
    "Burning 沥青、油毡、橡胶、塑料、皮革、垃圾 falls under the second clause of 上海市大气污染防治条例 Art. 97 and 大气污染防治法 Art. 119 ¶2 (unit 10,000–100,000 元, individual 500–2,000 元, mandatory); that is a different matter."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.open-burning",
   "name": {
    "zh": "在露天场所和垃圾收集容器内焚烧树叶、垃圾或者其他废弃物",
    "en": "Burning leaves, garbage or other waste in the open or in waste containers"
   },
   "domain": "ecology",
   "category": "ecology.air",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "material": {
     "type": "enum",
     "label": {
      "zh": "焚烧物",
      "en": "Material burned"
     },
     "values": [
      {
       "value": "leaves",
       "label": {
        "zh": "树叶、枯枝等",
        "en": "Leaves, dead branches and the like"
       }
      },
      {
       "value": "garbage",
       "label": {
        "zh": "垃圾或者其他废弃物",
        "en": "Garbage or other waste"
       }
      }
     ]
    },
    "burnArea": {
     "type": "number",
     "label": {
      "zh": "焚烧面积",
      "en": "Area burned"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "焚烧点（火堆、过火地面）的估算面积；在垃圾收集容器内焚烧的，按容器开口面积计",
      "en": "Estimated area of the fire or burnt ground; for a fire in a waste container, the container's opening"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第一款第（五）项",
       "text": "（五）在露天场所和垃圾收集容器内焚烧树叶、垃圾或者其他废弃物；"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款规定的，由城管执法部门责令改正，并处罚款，其中，"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十八条第二款",
       "text": "违反前款第（五）项规定的，对个人处二百元以下罚款，对单位处三百元以上三千元以下罚款"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "max-only",
        "max": "200"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "300",
        "max": "3000"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The clause 对装运垃圾乱倒的，可以暂扣运输工具 that follows the item (五) penalty in ¶2 concerns 乱倒垃圾 (item (四)) and is not applied to open burning."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "焚烧树叶等，面积不足1平方米，首次被查处",
      "en": "Burning leaves and the like, under 1 m², first time found"
     },
     "when": {
      "all": [
       {
        "fact": "material",
        "operator": "equal",
        "value": "leaves"
       },
       {
        "fact": "burnArea",
        "operator": "lessThan",
        "value": 1
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "首次被查处，焚烧树叶等面积1平方米以上不足10平方米，或者焚烧垃圾等面积不足1平方米",
      "en": "First time found: leaves from 1 m² up to under 10 m², or garbage under 1 m²"
     },
     "when": {
      "all": [
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       },
       {
        "any": [
         {
          "all": [
           {
            "fact": "material",
            "operator": "equal",
            "value": "leaves"
           },
           {
            "fact": "burnArea",
            "operator": "greaterThanInclusive",
            "value": 1
           },
           {
            "fact": "burnArea",
            "operator": "lessThan",
            "value": 10
           }
          ]
         },
         {
          "all": [
           {
            "fact": "material",
            "operator": "equal",
            "value": "garbage"
           },
           {
            "fact": "burnArea",
            "operator": "lessThan",
            "value": 1
           }
          ]
         }
        ]
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "焚烧面积10平方米以上，或者焚烧垃圾等面积1平方米以上，或者12个月内再次被查处",
      "en": "10 m² or more, or garbage burned over an area of 1 m² or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 1
       },
       {
        "fact": "burnArea",
        "operator": "greaterThanInclusive",
        "value": 10
       },
       {
        "all": [
         {
          "fact": "material",
          "operator": "equal",
          "value": "garbage"
         },
         {
          "fact": "burnArea",
          "operator": "greaterThanInclusive",
          "value": 1
         }
        ]
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's max-only tier formula (individuals) and range tier formula (units)."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The split by material (garbage weighs heavier than leaves) and the area thresholds (1 m², 10 m²) are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "Overlap (行政处罚法 Art. 29, one fine under the higher provision): burning leaves or dead branches in the open is also 露天焚烧秸秆、枯枝落叶 under 上海市大气污染防治条例 Art. 54 ¶1 / Art. 97 and 大气污染防治法 Art. 119 ¶1 (可以处 500–2,000 元), see ecology.open-burning-leaves; burning garbage in the open is also covered by 上海市大气污染防治条例 Art. 97 second clause and 大气污染防治法 Art. 119 ¶2 (unit 10,000–100,000 元, individual 500–2,000 元) and by 固体废物污染环境防治法 Art. 111 ¶1(1) (焚烧生活垃圾: unit 50,000–500,000 元, individual 100–500 元), which are not modelled here."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.renovation-waste-misplaced",
   "name": {
    "zh": "未将装修垃圾运至指定场所",
    "en": "Renovation waste not taken to the designated site"
   },
   "domain": "ecology",
   "category": "ecology.construction-waste",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "tonnes": {
     "type": "number",
     "label": {
      "zh": "未运至指定场所的装修垃圾重量",
      "en": "Weight of renovation waste not taken to the designated site"
     },
     "unit": {
      "zh": "吨",
      "en": "tonnes"
     },
     "min": 0.001
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十三条",
       "text": "对居民装修房屋产生的垃圾，物业管理企业或者居民委员会应当及时委托市容环境卫生作业服务单位，运至市容环境卫生管理部门指定的场所处置。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十三条",
       "text": "违反规定未将装修垃圾运至指定场所的，由城管执法部门责令改正，可按每吨二百元处以罚款；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "per-unit",
        "rate": {
         "min": "200",
         "max": "200"
        },
        "quantity": [
         "tonnes"
        ],
        "unit": {
         "zh": "元/吨",
         "en": "yuan per tonne"
        }
       },
       "optional": true,
       "sanctions": [
        {
         "code": "detain-vehicle",
         "label": {
          "zh": "暂扣运输工具",
          "en": "Detain the vehicle"
         },
         "mandatory": false,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第四十三条",
          "text": "城管执法部门可以暂扣违法当事人的运输工具，并要求其到指定地点接受处理，处理后，发还运输工具。"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "per-unit",
        "rate": {
         "min": "200",
         "max": "200"
        },
        "quantity": [
         "tonnes"
        ],
        "unit": {
         "zh": "元/吨",
         "en": "yuan per tonne"
        }
       },
       "optional": true,
       "sanctions": [
        {
         "code": "detain-vehicle",
         "label": {
          "zh": "暂扣运输工具",
          "en": "Detain the vehicle"
         },
         "mandatory": false,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第四十三条",
          "text": "城管执法部门可以暂扣违法当事人的运输工具，并要求其到指定地点接受处理，处理后，发还运输工具。"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "Art. 43 is a single paragraph. Its duty sentence names 物业管理企业 and 居民委员会, but the penalty sentence (违反规定未将装修垃圾运至指定场所的) names no subject and the vehicle clause speaks of 违法当事人 (e.g. whoever carried the waste elsewhere), so both individuals and units are modelled as possible parties. The fine is a fixed rate (可按每吨二百元, 'may'), not a range."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "不足1吨，首次被查处",
      "en": "Under 1 tonne, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "tonnes",
        "operator": "lessThan",
        "value": 1
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "1吨以上不足5吨，首次被查处",
      "en": "1 tonne or more but under 5 tonnes, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "tonnes",
        "operator": "greaterThanInclusive",
        "value": 1
       },
       {
        "fact": "tonnes",
        "operator": "lessThan",
        "value": 5
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "5吨以上，或者12个月内再次被查处",
      "en": "5 tonnes or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "tonnes",
        "operator": "greaterThanInclusive",
        "value": 5
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 1
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula; with a fixed rate (min = max) every band gives the same 200 元 per tonne."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The weight thresholds (1 t, 5 t) are modelled. Because the statutory rate is fixed, the tiers do not change the amount; they matter for whether the violation counts as minor (the edition reads 轻微 as a lighter tier) and for 首违不罚."
    }
   },
   "notes": [
    "Art. 30 of the same regulation requires residents to pile renovation waste at the site the property company or residents' committee designates; it carries no fine of its own.",
    "Dumping renovation waste in public places may instead fall under Art. 28 ¶1(4) (乱倒垃圾) or Art. 44 ¶5 (擅自倾倒建筑垃圾); under 行政处罚法 Art. 29 only one fine, under the higher provision, is imposed for one act."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.unpermitted-construction",
   "name": {
    "zh": "未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设（尚可采取改正措施）",
    "en": "Building without a construction-project planning permit or against its terms (still correctable)"
   },
   "domain": "ecology",
   "category": "ecology.planning",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "constructionCost": {
     "type": "money",
     "label": {
      "zh": "建设工程造价",
      "en": "Construction cost"
     },
     "description": {
      "zh": "违法建设部分的建设工程造价（元）",
      "en": "Construction cost of the unlawful works, in yuan"
     }
    },
    "floorArea": {
     "type": "number",
     "label": {
      "zh": "违法建设面积",
      "en": "Floor area built unlawfully"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第四十条第一款",
       "text": "在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。"
      }
     ],
     "penalty": [
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十四条",
       "text": "未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的，由县级以上地方人民政府城乡规划主管部门责令停止建设；"
      },
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十四条",
       "text": "尚可采取改正措施消除对规划实施的影响的，限期改正，处建设工程造价百分之五以上百分之十以下的罚款；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "percentage",
        "base": "constructionCost",
        "min": "5",
        "max": "10"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "order-to-stop-construction",
         "label": {
          "zh": "责令停止建设",
          "en": "Order to stop building"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-urban-rural-planning-law-2019",
          "article": "第六十四条",
          "text": "由县级以上地方人民政府城乡规划主管部门责令停止建设"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "percentage",
        "base": "constructionCost",
        "min": "5",
        "max": "10"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "order-to-stop-construction",
         "label": {
          "zh": "责令停止建设",
          "en": "Order to stop building"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-urban-rural-planning-law-2019",
          "article": "第六十四条",
          "text": "由县级以上地方人民政府城乡规划主管部门责令停止建设"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "城乡规划法 as amended 2019-04-23; a later amendment could not be checked."
     },
     "note": "The Shanghai basis cites the national law. Shanghai's own 上海市城乡规划条例 (which REFERENCE.md places at Art. 58) is not in the law collection and is not cited. 城管 enforces 擅自搭建建筑物、构筑物 under 上海市城市管理行政执法条例 Art. 11 ¶1(8), within the division of duties the city government sets; other unpermitted construction stays with the planning department."
    }
   },
   "tiers": [
    {
     "id": "lighter",
     "label": {
      "zh": "从轻",
      "en": "Lighter"
     },
     "level": "lighter",
     "description": {
      "zh": "违法建设面积不足20平方米，首次被查处",
      "en": "Under 20 m² built unlawfully, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "floorArea",
        "operator": "lessThan",
        "value": 20
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "违法建设面积20平方米以上不足100平方米，首次被查处",
      "en": "20 m² or more but under 100 m², first time found"
     },
     "when": {
      "all": [
       {
        "fact": "floorArea",
        "operator": "greaterThanInclusive",
        "value": 20
       },
       {
        "fact": "floorArea",
        "operator": "lessThan",
        "value": 100
       },
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       }
      ]
     }
    },
    {
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "违法建设面积100平方米以上，或者12个月内再次被查处",
      "en": "100 m² or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "floorArea",
        "operator": "greaterThanInclusive",
        "value": 100
       },
       {
        "fact": "priorCount",
        "operator": "greaterThanInclusive",
        "value": 1
       }
      ]
     }
    }
   ],
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula, applied to the 5 %–10 % of the construction cost."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The floor-area thresholds (20 m², 100 m²) are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "Only the correctable branch of Art. 64 is modelled (尚可采取改正措施消除对规划实施的影响的: 限期改正 + 5 %–10 % of the construction cost). The other branch (无法采取改正措施消除影响的: 限期拆除; 不能拆除的, 没收实物或者违法收入, 可以并处建设工程造价百分之十以下的罚款) is a separate matter not written here.",
    "Whether the works are still correctable is a legal finding made before this matter applies; the engine is not asked to decide it."
   ]
  }
 ],
 "paths": {
  "edition": "rules/yrd-2023/edition.json",
  "matters": [
   "rules/yrd-2023/matters/cityscape.dumping-garbage.json",
   "rules/yrd-2023/matters/cityscape.hanging-on-public-facilities.json",
   "rules/yrd-2023/matters/cityscape.illegal-posting.json",
   "rules/yrd-2023/matters/cityscape.littering.json",
   "rules/yrd-2023/matters/cityscape.muck-vehicle-uncovered.json",
   "rules/yrd-2023/matters/cityscape.roadside-car-wash.json",
   "rules/yrd-2023/matters/cityscape.site-publicity-missing.json",
   "rules/yrd-2023/matters/cityscape.spitting-urinating.json",
   "rules/yrd-2023/matters/cityscape.street-vending.json",
   "rules/yrd-2023/matters/ecology.construction-waste-dumping.json",
   "rules/yrd-2023/matters/ecology.green-space-occupation.json",
   "rules/yrd-2023/matters/ecology.green-space-temporary-use.json",
   "rules/yrd-2023/matters/ecology.illegal-tree-felling.json",
   "rules/yrd-2023/matters/ecology.night-construction-noise.json",
   "rules/yrd-2023/matters/ecology.open-burning-leaves.json",
   "rules/yrd-2023/matters/ecology.open-burning.json",
   "rules/yrd-2023/matters/ecology.renovation-waste-misplaced.json",
   "rules/yrd-2023/matters/ecology.unpermitted-construction.json"
  ]
 }
};
