// Generated from rules/yrd-2023 by `npm run generate`; do not edit.
import type { RuleSetSource } from "../load/index.js";
import type { Yrd2023 } from "./yrd-2023-types.js";

/** The bundled yrd-2023 edition as raw rule files, carrying its types ({@link Yrd2023}). */
export const yrd2023: RuleSetSource<Yrd2023> = {
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
  "effectiveTo": "2025-06-30",
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
   },
   {
    "note": {
     "zh": "上海市 2020 年《城市管理轻微违法违规行为免罚清单》第二、三项援引《上海市建设工程文明施工管理规定》，该文本无法取得，未编入；第六项以后的清单项不可见。",
     "en": "Items 二 and 三 of Shanghai's 2020 city-management no-penalty list cite the Shanghai construction-site civilisation rules, whose text is not available, so they are not encoded; items from 六 on could not be read."
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
    "confiscation": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第二十八条第二款",
     "text": "当事人有违法所得，除依法应当退赔的外，应当予以没收。"
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
    },
    "temporal": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第三十七条",
     "text": "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，法律、法规、规章已被修改或者废止，且新的规定处罚较轻或者不认为是违法的，适用新的规定。"
    }
   },
   "tierFormula": {
    "split": "linear",
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
     "status": "modelled",
     "source": {
      "title": "“中间阶次”三阶次规则与“只规定最高罚款数额”规则（市级行政处罚裁量基准实施办法，转载）",
      "url": "https://flbkb.com/zh/xingzheng/xingzhengchufa/dd22p1.html",
      "note": "罚款为一定金额的倍数的，应当在最高倍数与最低倍数之间划分三个以上的阶次，一般处罚按中间阶次处罚，从轻处罚应当低于中间阶次，从重处罚不得低于中间阶次。罚款为一定幅度数额的，应当在最高额与最低额之间划分三个以上阶次（最高额与最低额比值为四倍以上的，应当按倍数额划分处罚阶次），一般处罚按中间阶次处罚，从轻处罚应当低于中间阶次，从重处罚不得低于中间阶次；只规定最高罚款数额的，一般处罚按最高罚款数额的40%至60%确定，从轻处罚按最高罚款数额的20%以下确定。"
     },
     "note": "The published rule fixes the max-only 从轻 (≤20 %) and 一般 (40–60 %) bands; the equal thirds of a range, the max-only 从重 band (60–100 %) and the 减轻 band (from 0 up to just below the statutory minimum; no numeric floor for 减轻 was found) are this edition's modelled reading of it. Not followed: the rule's clause 最高额与最低额比值为四倍以上的，应当按倍数额划分处罚阶次. Every bundled range is 4× or more, yet this edition splits it in equal thirds (split: linear): the rule's issuer could not be confirmed (it is known only from reprints attributing it to a county-level 实施办法), and no Shanghai or Zhejiang text adopting it was found. An author who follows it sets tierFormula.split to \"geometric\" (bounds at min × (max/min)^fraction). The tier split is therefore this edition's model, not the published rule."
    }
   },
   "sanctionKinds": {
    "penalties": [
     "warning",
     "confiscate-illegal-gains",
     "confiscate-items",
     "revoke-license",
     "order-to-stop-work"
    ],
    "penaltiesCitation": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第九条",
     "text": "行政处罚的种类：（一）警告、通报批评；（二）罚款、没收违法所得、没收非法财物；（三）暂扣许可证件、降低资质等级、吊销许可证件；（四）限制开展生产经营活动、责令停产停业、责令关闭、限制从业；"
    },
    "hearing": [
     "revoke-license",
     "order-to-stop-work"
    ]
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
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第一款",
       "text": "公民应当维护城市环境卫生，禁止下列行为："
      },
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第一款第（三）项",
       "text": "（三）乱倒生活垃圾、污水、粪便；"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第二款",
       "text": "违反前款第三项或者第四项规定的，责令改正，处一百元以上五百元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "100",
        "max": "500"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "100",
        "max": "500"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment); a later amendment was not checked."
     },
     "note": "Art. 32 ¶1 opens with 公民应当维护城市环境卫生, but its prohibition (禁止下列行为) and the penalty sentence of ¶2 name no subject and set one amount for whoever commits the act; units are therefore given the same statutory penalty as individuals. Item (三) covers 生活垃圾、污水、粪便; it does not name animal carcasses (乱扔动物尸体), which the Shanghai item adds, and the Zhejiang text has no vehicle-detention clause, so the transportedWaste fact only selects the tier here. 浙江省生活垃圾管理条例 Art. 27 also forbids 随意抛洒、倾倒、堆放或者焚烧 domestic waste, but its penalty (Art. 45) covers only 未分类投放, so it gives no fine for dumping."
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
     "note": "Bands from the edition's max-only (Shanghai individual) and range (Shanghai unit; Zhejiang, both parties) tier formulas."
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
   "firstViolation": {
    "listed": true,
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
     "status": "modelled",
     "note": "Modelled entry of the adjacent-area (毗邻区域) 首违不罚 list: Zhejiang leads the guidance (2021 沪苏浙毗邻区域城管执法联合执法实施意见), whose text was not found; conditions follow the Shanghai 2020 城管免罚清单 pattern. Prior violations anywhere in the covered region count."
    }
   },
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
    },
    "organisedPublicity": {
     "type": "boolean",
     "label": {
      "zh": "利用或者组织张贴、刻画、涂写、悬挂或者以其他形式发布宣传品、标语进行宣传",
      "en": "Used or organised the posting, carving, painting or hanging to publicise"
     },
     "description": {
      "zh": "行为人是利用或者组织他人发布宣传品、标语进行宣传的单位或者个人（上海：可处一万元以上十万元以下罚款）",
      "en": "The party used or organised others to post publicity material or slogans (Shanghai: a fine of 10,000–100,000 yuan may be imposed)"
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
       ],
       "stages": [
        {
         "id": "organised-publicity",
         "label": {
          "zh": "利用或者组织张贴等进行宣传",
          "en": "Used or organised the posting to publicise"
         },
         "when": {
          "fact": "organisedPublicity",
          "operator": "equal",
          "value": true
         },
         "fine": {
          "shape": "range",
          "min": "10000",
          "max": "100000"
         },
         "optional": true,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十四条第三款",
          "text": "其中，对利用或者组织张贴、刻画、涂写、悬挂或者其他形式发布宣传品、标语进行宣传的，可处一万元以上十万元以下罚款。"
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
       ],
       "stages": [
        {
         "id": "organised-publicity",
         "label": {
          "zh": "利用或者组织张贴等进行宣传",
          "en": "Used or organised the posting to publicise"
         },
         "when": {
          "fact": "organisedPublicity",
          "operator": "equal",
          "value": true
         },
         "fine": {
          "shape": "range",
          "min": "10000",
          "max": "100000"
         },
         "optional": true,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十四条第三款",
          "text": "其中，对利用或者组织张贴、刻画、涂写、悬挂或者其他形式发布宣传品、标语进行宣传的，可处一万元以上十万元以下罚款。"
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
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第二十条第二款",
       "text": "任何单位和个人不得在树木、地面、电杆、建筑物、构筑物或者其他设施上任意刻画、涂写、张贴。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第二十条第三款",
       "text": "违反本条第二款规定的，责令限期清除；逾期不清除的，处五十元以上三百元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "50",
        "max": "300"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-cleared-by-deadline",
         "label": {
          "zh": "责令限期清除后逾期不清除",
          "en": "Not cleared by the deadline of an order to clear"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "50",
        "max": "300"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-cleared-by-deadline",
         "label": {
          "zh": "责令限期清除后逾期不清除",
          "en": "Not cleared by the deadline of an order to clear"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment); a later amendment was not checked."
     },
     "note": "Art. 20 ¶2 covers 刻画、涂写、张贴 (also on the ground, 地面); it does not name hanging (悬挂) publicity material or slogans: a hung banner or slogan is an outdoor facility (条幅) under Art. 18, which this matter does not model. The fine needs the party not to have cleared by the deadline (逾期不清除: cleared late or not at all). The Zhejiang text has no clause on clearing at the offender's cost."
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
   "firstViolation": {
    "listed": true,
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
     "status": "modelled",
     "note": "Modelled entry of the adjacent-area (毗邻区域) 首违不罚 list: Zhejiang leads the guidance (2021 沪苏浙毗邻区域城管执法联合执法实施意见), whose text was not found; conditions follow the Shanghai 2020 城管免罚清单 pattern. Prior violations anywhere in the covered region count."
    }
   },
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "note": "Count thresholds (10, 50 places) and repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   },
   "notes": [
    "上海市容条例 Art. 24 ¶3 has a second stage: 其中，对利用或者组织…进行宣传的，可处一万元以上十万元以下罚款 (organisedPublicity). It is read as applying to the same 违法行为人 the sentence before fines, i.e. after a refusal to clear; Zhejiang's Art. 20 has no such stage, so the fact changes nothing there."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.landscape-lighting-off",
   "name": {
    "zh": "景观灯光设施未保持完好或者未按照规定的时间开启",
    "en": "Landscape lighting not kept in working order or not switched on at the set times"
   },
   "domain": "cityscape",
   "category": "cityscape.outdoor-facilities",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "scope": {
     "type": "enum",
     "label": {
      "zh": "未开启或者不完好的范围",
      "en": "Extent of the lighting off or defective"
     },
     "values": [
      {
       "value": "partial",
       "label": {
        "zh": "部分景观灯光未开启或者不完好",
        "en": "Part of the landscape lighting off or defective"
       }
      },
      {
       "value": "whole",
       "label": {
        "zh": "景观灯光整体未开启",
        "en": "The landscape lighting entirely off"
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
       "article": "第十九条第三款",
       "text": "景观灯光设施的所有者、使用者或者管理者，应当保持景观灯光设施的完好，并按照市容环境卫生管理部门规定的时间开启景观灯光设施。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第十九条第三款",
       "text": "违反规定的，由城管执法部门责令改正；拒不改正的，处三百元以上三千元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "300",
        "max": "3000"
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
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "300",
        "max": "3000"
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
      "zh": "部分景观灯光未开启或者不完好，首次被查处",
      "en": "Part of the lighting off or defective, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "scope",
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
      "zh": "部分景观灯光未开启或者不完好被查处一次后再犯，或景观灯光整体未开启首次被查处",
      "en": "Part of the lighting off after one prior violation, or all of it off the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "scope",
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
          "fact": "scope",
          "operator": "equal",
          "value": "whole"
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
      "zh": "被依法查处两次以上，或景观灯光整体未开启再犯",
      "en": "Two or more prior violations, or a repeat with all of the lighting off"
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
          "fact": "scope",
          "operator": "equal",
          "value": "whole"
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "The extent of the failure (part or all of the lighting) and the repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   },
   "notes": [
    "No Zhejiang basis: 浙江省城市市容和环境卫生管理条例 Art. 15 requires 景观灯光 to meet the city-appearance standard and be kept 整洁、完好、美观 but sets no penalty for it."
   ]
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
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第一款",
       "text": "公民应当维护城市环境卫生，禁止下列行为："
      },
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第一款第（二）项",
       "text": "（二）乱扔果皮、纸屑、烟蒂、饮料罐、口香糖、塑料袋等废弃物；"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第二款",
       "text": "违反前款第一项或者第二项规定的，可以处二十元以上五十元以下罚款；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "20",
        "max": "50"
       },
       "optional": true
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "20",
        "max": "50"
       },
       "optional": true
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment); a later amendment was not checked."
     },
     "note": "Art. 32 ¶1 opens with 公民应当维护城市环境卫生, but its prohibition (禁止下列行为) and the penalty sentence of ¶2 name no subject and set one amount for whoever commits the act; units are therefore given the same statutory penalty as individuals. Item (二) also names 塑料袋, which the Shanghai item does not."
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
     "note": "Bands from the edition's max-only tier formula (Shanghai) and range tier formula (Zhejiang, 20–50 元)."
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
   "id": "cityscape.muck-vehicle-spill",
   "name": {
    "zh": "运输水泥、砂石、泥浆、垃圾、粪便、渣土等的车船泄漏、散落或者飞扬，拒不清除",
    "en": "Load leaking, spilling or blowing from a vehicle or vessel carrying cement, sand, mud, waste, excrement or muck, and not cleared"
   },
   "domain": "cityscape",
   "category": "cityscape.transport",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "pollutedArea": {
     "type": "number",
     "label": {
      "zh": "泄漏、散落污染面积",
      "en": "Area soiled by the spill"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "泄漏、散落物污染的道路或者水域面积",
      "en": "Road or water surface soiled by the leaked or spilled load"
     }
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
       "text": "对产生泄漏、散落或者飞扬的，由公安交通管理部门责令停止行驶，由城管执法部门责令立即清除；拒不清除的，代为清除，所需费用由违法行为人承担，并处三百元以上三千元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "300",
        "max": "3000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "refused-to-clear",
         "label": {
          "zh": "责令立即清除后拒不清除",
          "en": "Refused to clear up after an order to clear immediately"
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
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十七条第二款",
          "text": "拒不清除的，代为清除，所需费用由违法行为人承担"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "300",
        "max": "3000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "refused-to-clear",
         "label": {
          "zh": "责令立即清除后拒不清除",
          "en": "Refused to clear up after an order to clear immediately"
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
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十七条第二款",
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
     "note": "The fine falls on the 违法行为人 (driver or carrier) who refuses to clear up; the order to stop driving comes from the traffic police. Failing to seal or cover the load is a separate matter (cityscape.muck-vehicle-uncovered)."
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
      "zh": "污染面积不足10平方米，首次被查处",
      "en": "Under 10 m² soiled, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "pollutedArea",
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
      "zh": "污染面积不足50平方米且被查处不超过一次，但面积在10平方米以上或者再犯",
      "en": "Under 50 m² with at most one prior violation, where the area is 10 m² or more or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "pollutedArea",
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
          "fact": "pollutedArea",
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
      "zh": "污染面积50平方米以上，或者被依法查处两次以上",
      "en": "50 m² or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "pollutedArea",
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "Soiled-area thresholds (10 m², 50 m²) and repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   },
   "notes": [
    "No Zhejiang basis: 浙江省城市市容和环境卫生管理条例 Art. 22 forbids 泄漏、散落和带泥运行 but sets no penalty for it (Art. 46 defers to laws and administrative regulations)."
   ]
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
   "id": "cityscape.out-of-store-business",
   "name": {
    "zh": "沿街和广场周围的经营者超出门窗和外墙经营",
    "en": "Street-front or square-side business spilling beyond its doors, windows and outer walls"
   },
   "domain": "cityscape",
   "category": "cityscape.street-order",
   "parties": [
    "individual",
    "unit"
   ],
   "earnsMoney": true,
   "facts": {
    "occupiedArea": {
     "type": "number",
     "label": {
      "zh": "店外经营占用面积",
      "en": "Area used outside the shop"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "超出门窗和外墙经营、作业或者展示商品占用的面积",
      "en": "Area used for trading, work or display beyond the doors, windows and outer walls"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十五条第五款",
       "text": "本市道路两侧和广场周围建筑物、构筑物内的经营者不得超出门窗和外墙经营。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十五条第五款",
       "text": "违反规定的，由城管执法部门责令改正，可处五十元以上五百元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "50",
        "max": "500"
       },
       "optional": true
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "50",
        "max": "500"
       },
       "optional": true
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     }
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十七条第一款",
       "text": "沿街和广场周边的经营者不得擅自超出门、窗进行店外经营、作业或者展示商品。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十七条第三款",
       "text": "违反本条第一款或者第二款规定的，责令限期改正；逾期不改正的，对违反本条第一款规定的行为，可以处一百元以上一千元以下罚款，"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "100",
        "max": "1000"
       },
       "optional": true,
       "preconditions": [
        {
         "id": "not-corrected-by-deadline",
         "label": {
          "zh": "责令限期改正，逾期不改正",
          "en": "Not corrected by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "100",
        "max": "1000"
       },
       "optional": true,
       "preconditions": [
        {
         "id": "not-corrected-by-deadline",
         "label": {
          "zh": "责令限期改正，逾期不改正",
          "en": "Not corrected by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment)."
     },
     "note": "Zhejiang fines only after the correction deadline has passed. The same paragraph fines 车辆清洗、维修、废品收购 and 废弃物接纳 premises (Art. 17 ¶2, 500–3,000 元), a different matter."
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
      "zh": "店外经营占用面积不足5平方米，首次被查处",
      "en": "Under 5 m² outside the shop, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "occupiedArea",
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
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "占用面积不足15平方米且被查处不超过一次，但面积在5平方米以上或者再犯",
      "en": "Under 15 m² with at most one prior violation, where the area is 5 m² or more or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "occupiedArea",
        "operator": "lessThan",
        "value": 15
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
          "value": 5
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
      "zh": "占用面积15平方米以上，或者被依法查处两次以上",
      "en": "15 m² or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "occupiedArea",
        "operator": "greaterThanInclusive",
        "value": 15
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "Occupied-area thresholds (5 m², 15 m²) and repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   },
   "notes": [
    "Art. 28 ¶2 (违法所得，应当予以没收): 店外经营: the business is carried on outside the shop, so its takings there are 违法所得. A case states its illegal gains (illegalGains) and they are confiscated."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.outdoor-facility-unmaintained",
   "name": {
    "zh": "户外设施图案、文字、灯光显示不全或者破损、污浊、腐蚀、陈旧，设置者未修复",
    "en": "Outdoor facility with incomplete display or damaged, dirty, corroded or worn, not repaired by the owner"
   },
   "domain": "cityscape",
   "category": "cityscape.outdoor-facilities",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "location": {
     "type": "enum",
     "label": {
      "zh": "设施所在地点",
      "en": "Location of the facility"
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
       "article": "第二十条第三款",
       "text": "户外设施的设置者，应当对户外设施进行维护保养，图案、文字、灯光显示不全或者破损、污浊、腐蚀、陈旧的，应当修复。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十条第三款",
       "text": "违反规定的，由城管执法部门责令限期改正；拒不改正的，处五十元以上五百元以下罚款。"
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
        "min": "50",
        "max": "500"
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
     "note": "The fine needs a refusal to correct after the order to correct by a deadline (拒不改正); a late correction alone does not meet it."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十八条第三款",
       "text": "户外设施的设置者应当负责设施的日常维护和保养，保持其整洁、完好；图案、文字、灯光显示不全或者污浊、腐蚀、陈旧的，应当及时修复。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十八条第六款",
       "text": "违反本条第三款规定的，责令限期改正；逾期不改正的，处五十元以上五百元以下罚款。"
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
         "id": "not-corrected-by-deadline",
         "label": {
          "zh": "责令限期改正，逾期不改正",
          "en": "Not corrected by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
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
         "id": "not-corrected-by-deadline",
         "label": {
          "zh": "责令限期改正，逾期不改正",
          "en": "Not corrected by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment)."
     },
     "note": "Zhejiang fines once the correction deadline has passed (逾期不改正), a lower threshold than Shanghai's 拒不改正."
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
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
   "id": "cityscape.pet-feces",
   "name": {
    "zh": "饲养人未即时清除宠物在道路和其他公共场所产生的粪便",
    "en": "Pet owner not clearing up the pet's excrement on roads or in public places at once"
   },
   "domain": "cityscape",
   "category": "cityscape.sanitation",
   "parties": [
    "individual"
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
        "zh": "主要道路两侧、景观区域和公园广场",
        "en": "Along a main road, in a scenic area, park or square"
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
       "article": "第三十六条第三款",
       "text": "居民饲养宠物不得影响环境卫生，对宠物在道路和其他公共场所产生的粪便应当即时自行清除。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第三十六条第三款",
       "text": "违反规定的，由城管执法部门责令改正；拒不改正的，处二十元以上二百元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
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
     }
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十三条第三款",
       "text": "饲养宠物和信鸽不得污染环境，对宠物在城市道路和其他公共场地排放的粪便，饲养人应当即时清除。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十三条第五款",
       "text": "违反本条第三款规定的，责令改正，可以处二十元以上五十元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "20",
        "max": "50"
       },
       "optional": true
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment)."
     },
     "note": "Zhejiang may fine without a refusal to correct (责令改正，可以处…), but only 20–50 元."
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
      "zh": "一般道路、公共场所被查处一次后再犯，或主要道路两侧、景观区域和公园广场首次被查处",
      "en": "Ordinary place after one prior violation, or a main road, scenic area, park or square the first time"
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
      "zh": "被依法查处两次以上，或在主要道路两侧、景观区域和公园广场再犯",
      "en": "Two or more prior violations, or a repeat on a main road, in a scenic area, park or square"
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "城市市容违法行为裁量标准（随地吐痰、乱扔废弃物），转载",
      "url": "http://www.boteman.cn/paper/154872619.html"
     },
     "note": "Location class and repeat-offence escalation follow the published sanitation benchmark of another city (REFERENCE tier formula 5); the split is modelled."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.poultry-raising",
   "name": {
    "zh": "居民在城市化地区（城市建成区）饲养鸡、鸭、鹅、兔等家禽家畜和食用鸽",
    "en": "Resident keeping chickens, ducks, geese, rabbits or other poultry and livestock, or meat pigeons, in the urban area"
   },
   "domain": "cityscape",
   "category": "cityscape.sanitation",
   "parties": [
    "individual"
   ],
   "facts": {
    "animals": {
     "type": "number",
     "label": {
      "zh": "饲养数量",
      "en": "Number of animals"
     },
     "unit": {
      "zh": "只",
      "en": "animals"
     },
     "integer": true,
     "min": 1,
     "description": {
      "zh": "违法饲养的家禽家畜和食用鸽只数",
      "en": "Number of poultry, livestock or meat pigeons kept in breach of the ban"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第三十六条第一款",
       "text": "居民不得饲养鸡、鸭、鹅、兔等家禽家畜和食用鸽。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第三十六条第一款",
       "text": "违反规定的，由城管执法部门责令限期处理或者予以没收；拒不改正的，可按每只五十元处以罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "per-unit",
        "rate": {
         "min": "50",
         "max": "50"
        },
        "quantity": [
         "animals"
        ],
        "unit": {
         "zh": "元/只",
         "en": "yuan per animal"
        }
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
       ],
       "sanctions": [
        {
         "code": "confiscate-items",
         "label": {
          "zh": "没收饲养的家禽家畜和食用鸽",
          "en": "Confiscate the animals"
         },
         "mandatory": false,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第三十六条第一款",
          "text": "由城管执法部门责令限期处理或者予以没收"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "A fixed rate of 50 元 per animal, so every tier gives the same amount. 没收 is the alternative to the order to dispose of the animals (责令限期处理或者予以没收)."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十三条第一款",
       "text": "城市建成区内禁止饲养鸡、鸭、鹅、兔、羊、猪等家畜家禽和食用鸽；因教学、科研以及其他特殊需要饲养的除外。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十三条第四款",
       "text": "违反本条第一款规定影响市容和环境卫生的，责令限期改正；逾期不改正的，没收饲养的家畜家禽和食用鸽，可以处五十元以上五百元以下罚款。"
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
       "preconditions": [
        {
         "id": "not-corrected-by-deadline",
         "label": {
          "zh": "责令限期改正，逾期不改正",
          "en": "Not corrected by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ],
       "sanctions": [
        {
         "code": "confiscate-items",
         "label": {
          "zh": "没收饲养的家畜家禽和食用鸽",
          "en": "Confiscate the animals"
         },
         "mandatory": true,
         "citation": {
          "law": "zj-city-appearance-regulation-2021",
          "article": "第三十三条第四款",
          "text": "逾期不改正的，没收饲养的家畜家禽和食用鸽"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment)."
     },
     "note": "Zhejiang confiscates and may fine once the correction deadline has passed, where the keeping 影响市容和环境卫生; keeping for teaching, research or other special needs is exempt. Whether the ban reaches areas outside 城市建成区 is for the county-level government (Art. 33 ¶2)."
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
      "zh": "饲养不足6只，首次被查处",
      "en": "Fewer than 6 animals, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "animals",
        "operator": "lessThan",
        "value": 6
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
      "zh": "饲养不足20只且被查处不超过一次，但在6只以上或者再犯",
      "en": "Fewer than 20 animals with at most one prior violation, where there are 6 or more or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "animals",
        "operator": "lessThan",
        "value": 20
       },
       {
        "fact": "priorCount",
        "operator": "lessThanInclusive",
        "value": 1
       },
       {
        "any": [
         {
          "fact": "animals",
          "operator": "greaterThanInclusive",
          "value": 6
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
      "zh": "饲养20只以上，或者被依法查处两次以上",
      "en": "20 animals or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "animals",
        "operator": "greaterThanInclusive",
        "value": 20
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
     "note": "Bands from the edition's range tier formula (Zhejiang); Shanghai's per-animal rate is fixed (50 元 × animals)."
    },
    "conditions": {
     "status": "modelled",
     "note": "Head-count thresholds (6, 20) and repeat-offence escalation are modelled; they set the Zhejiang band and the tier label, while Shanghai's fixed per-animal rate gives the same amount in every tier."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.public-space-stacking",
   "name": {
    "zh": "擅自占用道路、桥梁、人行天桥、地下通道及其他公共场所堆放物品",
    "en": "Stacking goods on roads, bridges, footbridges, underpasses or other public places without approval"
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
      "zh": "堆放物品占用面积",
      "en": "Area taken by the stacked goods"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "堆放物品占用的道路或者其他公共场所面积",
      "en": "Road or public-place area taken by the goods"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十五条第三款",
       "text": "任何单位和个人不得擅自占用道路、桥梁、人行天桥、地下通道及其他公共场所堆放物品，影响市容环境卫生。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十五条第三款",
       "text": "违反规定的，由城管执法部门责令改正，可处五百元以上五千元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "5000"
       },
       "optional": true
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "5000"
       },
       "optional": true
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "Stacking with approval but without keeping the surroundings clean is a different provision (Art. 25 ¶4, 可处 50–500 元)."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十二条第一款",
       "text": "任何单位和个人不得在街道两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施。"
      },
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十二条第一款",
       "text": "因建设等特殊需要，在街道两侧和公共场地临时堆放物料，搭建临时建筑物、构筑物或者其他设施的，应当征得市容环境卫生主管部门同意，并按照有关规定办理审批手续。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十二条第三款",
       "text": "违反本条第一款或者第二款规定的，责令限期改正；逾期不改正的，对单位处五百元以上三千元以下罚款，对个人处二百元以上一千元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "200",
        "max": "1000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-corrected-by-deadline",
         "label": {
          "zh": "责令限期改正，逾期不改正",
          "en": "Not corrected by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "3000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-corrected-by-deadline",
         "label": {
          "zh": "责令限期改正，逾期不改正",
          "en": "Not corrected by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment)."
     },
     "note": "Zhejiang fines only after the correction deadline has passed, and sets different ranges for units and individuals. The regulation applies in 城市建成区 (Art. 2)."
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
      "zh": "堆放物品占用面积不足10平方米，首次被查处",
      "en": "Under 10 m², first time found"
     },
     "when": {
      "all": [
       {
        "fact": "occupiedArea",
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
      "zh": "占用面积不足30平方米且被查处不超过一次，但面积在10平方米以上或者再犯",
      "en": "Under 30 m² with at most one prior violation, where the area is 10 m² or more or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "occupiedArea",
        "operator": "lessThan",
        "value": 30
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
      "zh": "占用面积30平方米以上，或者被依法查处两次以上",
      "en": "30 m² or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "occupiedArea",
        "operator": "greaterThanInclusive",
        "value": 30
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "Occupied-area thresholds (10 m², 30 m²) and repeat-offence escalation are modelled; no published tier conditions for this matter were found."
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
   "earnsMoney": true,
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
   },
   "notes": [
    "Art. 28 ¶2 (违法所得，应当予以没收): 经营性车辆清洗: washing cars on the road for money. A case states its illegal gains (illegalGains) and they are confiscated."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.sanitation-facility-damage",
   "name": {
    "zh": "占用、损毁或者擅自拆除、迁移、封闭生活垃圾处置设施以外的环境卫生设施",
    "en": "Occupying, damaging, or removing, relocating or closing without approval a sanitation facility other than a domestic-waste disposal facility"
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
       "value": "occupied",
       "label": {
        "zh": "占用（侵占）环境卫生设施，设施未受损",
        "en": "Occupied the facility without damaging it"
       }
      },
      {
       "value": "damaged-or-removed",
       "label": {
        "zh": "损毁（损坏）或者擅自拆除、迁移、封闭（关闭）环境卫生设施",
        "en": "Damaged, removed, relocated or closed the facility"
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
       "article": "第五十六条第一款",
       "text": "禁止任何单位和个人占用、损毁环境卫生设施。"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第五十六条第二款",
       "text": "任何单位和个人不得擅自拆除、迁移、封闭环境卫生设施。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第五十六条第四款",
       "text": "违反第一款、第二款规定的，由城管执法部门责令其恢复原状或者采取其他补救措施，"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第五十六条第四款",
       "text": "对除生活垃圾处置设施以外的其他环境卫生设施，可处三千元以上三万元以下罚款；造成损失的，承担赔偿责任。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "3000",
        "max": "30000"
       },
       "optional": true,
       "sanctions": [
        {
         "code": "restore",
         "label": {
          "zh": "责令恢复原状或者采取其他补救措施",
          "en": "Order to restore the facility or take other remedial measures"
         },
         "mandatory": true,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第五十六条第四款",
          "text": "由城管执法部门责令其恢复原状或者采取其他补救措施"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "3000",
        "max": "30000"
       },
       "optional": true,
       "sanctions": [
        {
         "code": "restore",
         "label": {
          "zh": "责令恢复原状或者采取其他补救措施",
          "en": "Order to restore the facility or take other remedial measures"
         },
         "mandatory": true,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第五十六条第四款",
          "text": "由城管执法部门责令其恢复原状或者采取其他补救措施"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "A 生活垃圾处置设施、场所 carries 10,000–100,000 元 under the same paragraph; that facility kind is not part of this matter."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十九条第一款",
       "text": "任何单位和个人不得侵占、损坏、拆除、关闭环境卫生设施，不得擅自改变环境卫生设施的使用性质。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十九条第二款",
       "text": "违反前款规定的，责令改正，对单位处十万元以上一百万元以下罚款，对个人处一千元以上一万元以下罚款；拒不改正的，可以代为改正，所需费用由违法行为人承担。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "1000",
        "max": "10000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "other",
         "label": {
          "zh": "代为改正，费用由违法行为人承担",
          "en": "Corrected by the agency at the offender's cost"
         },
         "mandatory": false,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "zj-city-appearance-regulation-2021",
          "article": "第三十九条第二款",
          "text": "拒不改正的，可以代为改正，所需费用由违法行为人承担"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "100000",
        "max": "1000000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "other",
         "label": {
          "zh": "代为改正，费用由违法行为人承担",
          "en": "Corrected by the agency at the offender's cost"
         },
         "mandatory": false,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "zj-city-appearance-regulation-2021",
          "article": "第三十九条第二款",
          "text": "拒不改正的，可以代为改正，所需费用由违法行为人承担"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment)."
     },
     "note": "Zhejiang does not distinguish facility kinds and fines units far more heavily (100,000–1,000,000 元) than individuals (1,000–10,000 元); the same range applies to 生活垃圾处置设施."
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
      "zh": "占用环境卫生设施未造成损坏，首次被查处",
      "en": "Occupied without damage, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "conduct",
        "operator": "equal",
        "value": "occupied"
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
      "zh": "占用环境卫生设施被查处一次后再犯，或损毁、擅自拆除、迁移、封闭环境卫生设施首次被查处",
      "en": "Occupation after one prior violation, or damage, removal, relocation or closure the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "conduct",
          "operator": "equal",
          "value": "occupied"
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
          "value": "damaged-or-removed"
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
      "zh": "被依法查处两次以上，或损毁、擅自拆除、迁移、封闭环境卫生设施再犯",
      "en": "Two or more prior violations, or a repeat of damage, removal, relocation or closure"
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
          "fact": "conduct",
          "operator": "equal",
          "value": "damaged-or-removed"
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "The kind of interference (occupation versus damage or removal) and the repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.site-facilities-missing",
   "name": {
    "zh": "施工单位未按规定在建设工地设置临时厕所和生活垃圾收集容器",
    "en": "Contractor failed to provide the required site toilets and domestic-waste containers"
   },
   "domain": "cityscape",
   "category": "cityscape.construction-site",
   "parties": [
    "unit"
   ],
   "facts": {
    "deficiency": {
     "type": "enum",
     "label": {
      "zh": "设置情况",
      "en": "What is missing"
     },
     "values": [
      {
       "value": "partial",
       "label": {
        "zh": "已设置但不符合规定要求，或者只设置了其中一项",
        "en": "Provided but not to the required standard, or only one of the two provided"
       }
      },
      {
       "value": "none",
       "label": {
        "zh": "临时厕所和生活垃圾收集容器均未设置",
        "en": "Neither site toilets nor waste containers provided"
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
       "article": "第三十三条第一款",
       "text": "施工单位应当在建设工地设置符合规定要求的封闭围栏、临时厕所和生活垃圾收集容器，并保持整洁、完好。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第三十三条第四款",
       "text": "违反本条规定的，由城管执法部门责令改正，对未按规定设置临时厕所和生活垃圾收集容器，或者向建设工地外排放污水、散落粉尘的，处三百元以上三千元以下罚款；"
      }
     ],
     "statutory": {
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
     "note": "The same clause fines 向建设工地外排放污水、散落粉尘 (300–3,000 元); a missing 封闭围栏 carries 3,000–30,000 元 and is not part of this matter."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第二十九条第二款",
       "text": "建设工程的施工现场应当设置临时厕所和生活垃圾收集容器，保持整洁、完好，并采取有效措施防止污水流溢。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第二十九条第四款",
       "text": "违反本条第二款和第三款规定的，责令限期改正；逾期不改正的，处一千元以上五千元以下罚款。"
      }
     ],
     "statutory": {
      "unit": {
       "fine": {
        "shape": "range",
        "min": "1000",
        "max": "5000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-corrected-by-deadline",
         "label": {
          "zh": "责令限期改正，逾期不改正",
          "en": "Not corrected by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment)."
     },
     "note": "Zhejiang fines once the correction deadline has passed. Its Art. 29 ¶1 (硬质密闭围挡) has no penalty in this regulation."
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
      "zh": "已设置但不符合要求或者只设置其中一项，首次被查处",
      "en": "Substandard or only one of the two provided, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "deficiency",
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
      "zh": "设置不符合要求或者只设置其中一项被查处一次后再犯，或两项均未设置首次被查处",
      "en": "Substandard or one missing after one prior violation, or neither provided the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "deficiency",
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
          "fact": "deficiency",
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
      "zh": "被依法查处两次以上，或两项均未设置再犯",
      "en": "Two or more prior violations, or a repeat with neither provided"
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
          "fact": "deficiency",
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
    "item": "五",
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
     "status": "modelled",
     "source": {
      "title": "城市管理轻微违法违规行为免罚清单",
      "issuer": "上海市城市管理行政执法局、上海市司法局",
      "date": "2020-08-18",
      "documentNumber": "索引号 MB2F300040/2020-00004"
     },
     "note": "The matter's place on the list is published (item 五, 城市管理轻微违法违规行为免罚清单), but the item's own conditions were not visible in the copy that could be read: the conditions here are modelled on items 一–四. Item 五 cites 市容条例第三十三条第一款 (施工单位…). The item's own condition is not visible in the copy of the list that could be read; the conditions are modelled on items 一–四 (首次被发现，责令限期改正后及时改正的) and the list's chapeau (及时纠正，没有造成危害后果). The list is a Shanghai document: the engine applies a matter's listing in every jurisdiction, so a Zhejiang case meeting these conditions is also shown as listed (its outcome, no penalty, is the same there because the Zhejiang fine needs 逾期不改正)."
    }
   },
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "What is missing and the repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   },
   "notes": [
    "The 免罚清单 item also covers the missing 封闭围栏 of Art. 33 ¶1, whose fine (3,000–30,000 元) differs; that conduct is not encoded as a matter yet."
   ]
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
   "id": "cityscape.site-stacking-outside-enclosure",
   "name": {
    "zh": "施工单位擅自在建设工地围栏外堆放建筑垃圾、工程渣土和建筑材料",
    "en": "Contractor stacking construction waste, muck or materials outside the site enclosure without approval"
   },
   "domain": "cityscape",
   "category": "cityscape.construction-site",
   "parties": [
    "unit"
   ],
   "facts": {
    "stackedArea": {
     "type": "number",
     "label": {
      "zh": "围栏外堆放占地面积",
      "en": "Area stacked outside the enclosure"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "建设工地围栏外堆放建筑垃圾、工程渣土和建筑材料占用的面积",
      "en": "Area outside the site enclosure taken by the waste, muck or materials"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第三十三条第二款",
       "text": "施工单位不得擅自在建设工地围栏外堆放建筑垃圾、工程渣土和建筑材料"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第三十三条第四款",
       "text": "违反本条规定的，由城管执法部门责令改正，"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第三十三条第四款",
       "text": "对未按规定设置封闭围栏，或者擅自在建设工地围栏外堆放建筑垃圾、渣土和材料的，处三千元以上三万元以下罚款；"
      }
     ],
     "statutory": {
      "unit": {
       "fine": {
        "shape": "range",
        "min": "3000",
        "max": "30000"
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
      "zh": "围栏外堆放面积不足20平方米，首次被查处",
      "en": "Under 20 m² outside the enclosure, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "stackedArea",
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
      "zh": "堆放面积不足100平方米且被查处不超过一次，但面积在20平方米以上或者再犯",
      "en": "Under 100 m² with at most one prior violation, where the area is 20 m² or more or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "stackedArea",
        "operator": "lessThan",
        "value": 100
       },
       {
        "fact": "priorCount",
        "operator": "lessThanInclusive",
        "value": 1
       },
       {
        "any": [
         {
          "fact": "stackedArea",
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
      "zh": "堆放面积100平方米以上，或者被依法查处两次以上",
      "en": "100 m² or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "stackedArea",
        "operator": "greaterThanInclusive",
        "value": 100
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "Stacked-area thresholds (20 m², 100 m²) and repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   },
   "notes": [
    "No Zhejiang basis: 浙江省城市市容和环境卫生管理条例 Art. 29 has no provision on stacking outside the site enclosure; stacking on a street or public ground falls under its Art. 12 (cityscape.public-space-stacking)."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.special-waste-littering",
   "name": {
    "zh": "乱丢废电池等实行单独收集的特殊废弃物",
    "en": "Dropping waste batteries or other separately collected special waste"
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
       "article": "第二十八条第一款第（三）项",
       "text": "（三）乱丢废电池等实行单独收集的特殊废弃物；"
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
      "zh": "一般区域被查处一次后再犯，或主要街道、窗口地段、景观区域首次被查处",
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
      "zh": "被依法查处两次以上，或在主要街道、窗口地段、景观区域再犯",
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
     "note": "Location class and repeat-offence escalation follow the published littering benchmark of another city (REFERENCE tier formula 5), as for cityscape.littering; the split is modelled."
    }
   },
   "notes": [
    "No Zhejiang basis: 浙江省城市市容和环境卫生管理条例 has no item for separately collected special waste. Its Art. 32 ¶1(2) (乱扔…等废弃物, 可以处二十元以上五十元以下罚款) is addressed to 公民 only and is the general littering provision; a waste battery thrown into the wrong place in Zhejiang is also 有害垃圾 未分类投放 under 浙江省生活垃圾管理条例 Art. 45 (see cityscape.waste-missorting)."
   ]
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
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第一款",
       "text": "公民应当维护城市环境卫生，禁止下列行为："
      },
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第一款第（一）项",
       "text": "（一）随地吐痰、便溺；"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第二款",
       "text": "违反前款第一项或者第二项规定的，可以处二十元以上五十元以下罚款；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "20",
        "max": "50"
       },
       "optional": true
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "20",
        "max": "50"
       },
       "optional": true
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment); a later amendment was not checked."
     },
     "note": "Art. 32 ¶1 opens with 公民应当维护城市环境卫生, but its prohibition (禁止下列行为) and the penalty sentence of ¶2 name no subject and set one amount for whoever commits the act; units are therefore given the same statutory penalty as individuals."
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
     "note": "Bands from the edition's max-only tier formula (Shanghai) and range tier formula (Zhejiang, 20–50 元)."
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
   "earnsMoney": true,
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
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十六条第一款",
       "text": "任何单位和个人不得擅自占用城市人行道、桥梁、地下通道以及其他公共场所设摊经营、兜售物品。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十六条第三款",
       "text": "违反本条第一款规定的，责令改正；拒不改正的，可以处五十元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "max-only",
        "max": "50"
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
        "shape": "max-only",
        "max": "50"
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
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment); a later amendment was not checked."
     },
     "note": "The fine is optional (可以处) and needs a refusal to correct (拒不改正). The Zhejiang text has no clause on detaining the goods or tools. Its list of places is 城市人行道、桥梁、地下通道以及其他公共场所; the roadway (道路) is not named but falls under 其他公共场所 in this reading."
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
   "firstViolation": {
    "listed": true,
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
     "status": "modelled",
     "note": "Modelled entry of the adjacent-area (毗邻区域) 首违不罚 list: Zhejiang leads the guidance (2021 沪苏浙毗邻区域城管执法联合执法实施意见), whose text was not found; conditions follow the Shanghai 2020 城管免罚清单 pattern. Prior violations anywhere in the covered region count."
    }
   },
   "provenance": {
    "tiers": {
     "status": "formula",
     "note": "Bands from the edition's range tier formula (Shanghai) and max-only tier formula (Zhejiang, 50 元 or less)."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "城市管理行政处罚裁量规则（转载）",
      "url": "http://ask.fsou.com/html/text/lar/170919/17091923_1.html"
     },
     "note": "Repeat-offence escalation follows the published rule's 初犯还是再犯 factor; the location class follows the 区域 factor of 浙江省人民政府令第405号 Art. 5 (REFERENCE §6). The split itself is modelled."
    }
   },
   "notes": [
    "Art. 28 ¶2 (违法所得，应当予以没收): 设摊经营、兜售物品: selling goods on public space. A case states its illegal gains (illegalGains) and they are confiscated."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.unapproved-outdoor-ad",
   "name": {
    "zh": "未按照批准的要求（不符合城市容貌标准）设置户外广告设施",
    "en": "Outdoor advertising facility not set up as approved (not meeting the city-appearance standard)"
   },
   "domain": "cityscape",
   "category": "cityscape.outdoor-facilities",
   "parties": [
    "individual",
    "unit"
   ],
   "earnsMoney": true,
   "facts": {
    "facilityArea": {
     "type": "number",
     "label": {
      "zh": "违规户外广告设施面积",
      "en": "Area of the non-conforming advertising facility"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "未按批准要求或者不符合城市容貌标准设置的户外广告设施的版面面积",
      "en": "Display area of the advertising facility that departs from the approval or the city-appearance standard"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十条第二款",
       "text": "户外广告以及非广告的霓虹灯、标语、招牌、标牌、电子显示牌、灯箱、画廊、实物造型等户外设施（以下统称户外设施），应当按照批准的要求设置。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十条第二款",
       "text": "违反规定设置户外设施的，由城管执法部门或者其他有关管理部门责令限期改造或者拆除；逾期不改造或者拆除的，强制拆除，对户外广告设施设置者处五千元以上五万元以下罚款，"
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
       "preconditions": [
        {
         "id": "not-altered-by-deadline",
         "label": {
          "zh": "责令限期改造或者拆除，逾期不改造或者拆除",
          "en": "Not altered or removed by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ],
       "sanctions": [
        {
         "code": "demolish",
         "label": {
          "zh": "强制拆除",
          "en": "Compulsory removal"
         },
         "mandatory": true,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十条第二款",
          "text": "逾期不改造或者拆除的，强制拆除"
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
       "preconditions": [
        {
         "id": "not-altered-by-deadline",
         "label": {
          "zh": "责令限期改造或者拆除，逾期不改造或者拆除",
          "en": "Not altered or removed by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ],
       "sanctions": [
        {
         "code": "demolish",
         "label": {
          "zh": "强制拆除",
          "en": "Compulsory removal"
         },
         "mandatory": true,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十条第二款",
          "text": "逾期不改造或者拆除的，强制拆除"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked. 《上海市户外广告设施管理办法》 was not available."
     },
     "note": "The fine for an advertising facility (5,000–50,000 元) differs from the fine for other outdoor facilities (500–5,000 元, cityscape.unapproved-outdoor-sign). 强制拆除 is administrative enforcement, not a penalty."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十八条第一款",
       "text": "户外广告设施以及非广告的招牌、电子显示牌、灯箱、画廊、条幅、旗帜、充气装置、实物造型等户外设施（以下统称户外设施），应当符合城市容貌标准。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十八条第四款",
       "text": "违反本条第一款规定设置户外设施，影响市容的，责令限期改造或者拆除；逾期不改造或者拆除的，对户外广告设施的设置者处一千元以上一万元以下罚款，"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "1000",
        "max": "10000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-altered-by-deadline",
         "label": {
          "zh": "责令限期改造或者拆除，逾期不改造或者拆除",
          "en": "Not altered or removed by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "1000",
        "max": "10000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-altered-by-deadline",
         "label": {
          "zh": "责令限期改造或者拆除，逾期不改造或者拆除",
          "en": "Not altered or removed by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment)."
     },
     "note": "Zhejiang tests the facility against 城市容貌标准 (影响市容) rather than an approval. A large outdoor advertisement set up without the 市容环境卫生主管部门's consent is a different provision (Art. 18 ¶2, ¶5: 逾期不改正或者拆除 → 10,000–100,000 元), not encoded here."
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
      "zh": "违规设施面积不足20平方米，首次被查处",
      "en": "Under 20 m², first time found"
     },
     "when": {
      "all": [
       {
        "fact": "facilityArea",
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
      "zh": "违规设施面积不足100平方米且被查处不超过一次，但面积在20平方米以上或者再犯",
      "en": "Under 100 m² with at most one prior violation, where the area is 20 m² or more or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "facilityArea",
        "operator": "lessThan",
        "value": 100
       },
       {
        "fact": "priorCount",
        "operator": "lessThanInclusive",
        "value": 1
       },
       {
        "any": [
         {
          "fact": "facilityArea",
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
      "zh": "违规设施面积100平方米以上，或者被依法查处两次以上",
      "en": "100 m² or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "facilityArea",
        "operator": "greaterThanInclusive",
        "value": 100
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "Facility-area thresholds (20 m², 100 m²) and repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   },
   "notes": [
    "Art. 28 ¶2 (违法所得，应当予以没收): 户外广告: the advertising space may earn fees. A case states its illegal gains (illegalGains) and they are confiscated."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.unapproved-outdoor-sign",
   "name": {
    "zh": "未按照批准的要求（不符合城市容貌标准）设置户外广告设施以外的其他户外设施（招牌、标牌、灯箱等）",
    "en": "Outdoor facility other than advertising (shop sign, nameplate, light box …) not set up as approved (not meeting the city-appearance standard)"
   },
   "domain": "cityscape",
   "category": "cityscape.outdoor-facilities",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "facilityArea": {
     "type": "number",
     "label": {
      "zh": "违规户外设施面积",
      "en": "Area of the non-conforming facility"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "未按批准要求或者不符合城市容貌标准设置的招牌、标牌、灯箱等户外设施的面积",
      "en": "Area of the sign, nameplate, light box or other facility that departs from the approval or the city-appearance standard"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十条第二款",
       "text": "户外广告以及非广告的霓虹灯、标语、招牌、标牌、电子显示牌、灯箱、画廊、实物造型等户外设施（以下统称户外设施），应当按照批准的要求设置。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十条第二款",
       "text": "违反规定设置户外设施的，由城管执法部门或者其他有关管理部门责令限期改造或者拆除；逾期不改造或者拆除的，强制拆除，"
      },
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第二十条第二款",
       "text": "对其他户外设施设置者处五百元以上五千元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "5000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-altered-by-deadline",
         "label": {
          "zh": "责令限期改造或者拆除，逾期不改造或者拆除",
          "en": "Not altered or removed by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ],
       "sanctions": [
        {
         "code": "demolish",
         "label": {
          "zh": "强制拆除",
          "en": "Compulsory removal"
         },
         "mandatory": true,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十条第二款",
          "text": "逾期不改造或者拆除的，强制拆除"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "5000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-altered-by-deadline",
         "label": {
          "zh": "责令限期改造或者拆除，逾期不改造或者拆除",
          "en": "Not altered or removed by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ],
       "sanctions": [
        {
         "code": "demolish",
         "label": {
          "zh": "强制拆除",
          "en": "Compulsory removal"
         },
         "mandatory": true,
         "citation": {
          "law": "sh-city-appearance-regulation-2018",
          "article": "第二十条第二款",
          "text": "逾期不改造或者拆除的，强制拆除"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked. 《上海市户外招牌设置管理办法》 was not available."
     },
     "note": "Other outdoor facilities (霓虹灯、标语、招牌、标牌、电子显示牌、灯箱、画廊、实物造型 that are not advertising) carry 500–5,000 元; an advertising facility carries 5,000–50,000 元 (cityscape.unapproved-outdoor-ad). 强制拆除 is administrative enforcement, not a penalty."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十八条第一款",
       "text": "户外广告设施以及非广告的招牌、电子显示牌、灯箱、画廊、条幅、旗帜、充气装置、实物造型等户外设施（以下统称户外设施），应当符合城市容貌标准。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十八条第四款",
       "text": "违反本条第一款规定设置户外设施，影响市容的，责令限期改造或者拆除；逾期不改造或者拆除的，"
      },
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第十八条第四款",
       "text": "对其他户外设施的设置者处二百元以上二千元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "200",
        "max": "2000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-altered-by-deadline",
         "label": {
          "zh": "责令限期改造或者拆除，逾期不改造或者拆除",
          "en": "Not altered or removed by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "200",
        "max": "2000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "not-altered-by-deadline",
         "label": {
          "zh": "责令限期改造或者拆除，逾期不改造或者拆除",
          "en": "Not altered or removed by the deadline set in the order"
         },
         "when": {
          "fact": "correction",
          "operator": "in",
          "value": [
           "late",
           "refused"
          ]
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment)."
     },
     "note": "Zhejiang tests the facility against 城市容貌标准 (影响市容) rather than an approval; its list of outdoor facilities also names 条幅、旗帜、充气装置."
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
      "zh": "违规设施面积不足5平方米，首次被查处",
      "en": "Under 5 m², first time found"
     },
     "when": {
      "all": [
       {
        "fact": "facilityArea",
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
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "违规设施面积不足20平方米且被查处不超过一次，但面积在5平方米以上或者再犯",
      "en": "Under 20 m² with at most one prior violation, where the area is 5 m² or more or it is a repeat"
     },
     "when": {
      "all": [
       {
        "fact": "facilityArea",
        "operator": "lessThan",
        "value": 20
       },
       {
        "fact": "priorCount",
        "operator": "lessThanInclusive",
        "value": 1
       },
       {
        "any": [
         {
          "fact": "facilityArea",
          "operator": "greaterThanInclusive",
          "value": 5
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
      "zh": "违规设施面积20平方米以上，或者被依法查处两次以上",
      "en": "20 m² or more, or two or more prior violations"
     },
     "when": {
      "any": [
       {
        "fact": "facilityArea",
        "operator": "greaterThanInclusive",
        "value": 20
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "Facility-area thresholds (5 m², 20 m²) and repeat-offence escalation are modelled; no published tier conditions for this matter were found."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "cityscape.waste-missorting",
   "name": {
    "zh": "未按规定分类投放生活垃圾",
    "en": "Domestic waste not sorted into the right containers"
   },
   "domain": "cityscape",
   "category": "cityscape.domestic-waste",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "mixture": {
     "type": "enum",
     "label": {
      "zh": "混合投放情况",
      "en": "What was mixed"
     },
     "description": {
      "zh": "有害垃圾与湿垃圾同时混投的，按有害垃圾混投认定",
      "en": "Where both hazardous and wet waste were mixed in, count it as hazardous waste mixed"
     },
     "values": [
      {
       "value": "hazardous-mixed",
       "label": {
        "zh": "有害垃圾与可回收物、湿垃圾（易腐垃圾）、干垃圾（其他垃圾）混合投放",
        "en": "Hazardous waste mixed with recyclables, wet (perishable) or dry (other) waste"
       }
      },
      {
       "value": "wet-mixed",
       "label": {
        "zh": "湿垃圾（易腐垃圾）与可回收物、干垃圾（其他垃圾）混合投放",
        "en": "Wet (perishable) waste mixed with recyclables or dry (other) waste"
       }
      },
      {
       "value": "other",
       "label": {
        "zh": "其他未分类投放（如可回收物与干垃圾（其他垃圾）混合投放）",
        "en": "Other failure to sort (e.g. recyclables mixed with dry waste)"
       }
      }
     ]
    },
    "serious": {
     "type": "boolean",
     "label": {
      "zh": "情节严重",
      "en": "Serious circumstances"
     },
     "description": {
      "zh": "浙江省、嘉兴市条例以情节严重为罚款要件；上海市条例不以此为要件",
      "en": "Zhejiang and Jiaxing fine only in serious cases; Shanghai does not require it"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-domestic-waste-regulation-2019",
       "article": "第二十四条第一款",
       "text": "产生生活垃圾的单位和个人是生活垃圾分类投放的责任主体，应当将生活垃圾分别投放至相应的收集容器。"
      }
     ],
     "penalty": [
      {
       "law": "sh-domestic-waste-regulation-2019",
       "article": "第五十七条第一款",
       "text": "单位违反本条例第二十四条第一款规定，未将生活垃圾分别投放至相应收集容器的，由城管执法部门责令立即改正；拒不改正的，处五千元以上五万元以下罚款。"
      },
      {
       "law": "sh-domestic-waste-regulation-2019",
       "article": "第五十七条第二款",
       "text": "个人违反本条例第二十四条第一款规定，将有害垃圾与可回收物、湿垃圾、干垃圾混合投放，或者将湿垃圾与可回收物、干垃圾混合投放的，由城管执法部门责令立即改正；拒不改正的，处五十元以上二百元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "50",
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
        },
        {
         "id": "fined-mixture",
         "label": {
          "zh": "将有害垃圾或者湿垃圾与其他生活垃圾混合投放",
          "en": "Mixed hazardous or wet waste with other domestic waste"
         },
         "when": {
          "fact": "mixture",
          "operator": "in",
          "value": [
           "hazardous-mixed",
           "wet-mixed"
          ]
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
      "note": "上海市生活垃圾管理条例 of 2019-01-31 (in force 2019-07-01); a later amendment could not be checked."
     },
     "note": "Both parties are fined only after refusing to correct. For an individual the fine covers only mixing hazardous waste, or wet waste, with other waste; any failure of a unit to sort is fined."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-domestic-waste-regulation-2020",
       "article": "第二十七条",
       "text": "产生生活垃圾的单位和个人是生活垃圾分类投放的责任主体，应当按照规定将生活垃圾分类投放到对应的收集容器，"
      }
     ],
     "penalty": [
      {
       "law": "zj-domestic-waste-regulation-2020",
       "article": "第四十五条",
       "text": "违反本条例第二十七条规定，单位、个人未分类投放生活垃圾的，由生活垃圾管理部门责令改正；情节严重的，对个人处二百元以上二千元以下罚款，对单位处五万元以上五十万元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "200",
        "max": "2000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "serious",
         "label": {
          "zh": "情节严重",
          "en": "Serious circumstances"
         },
         "when": {
          "fact": "serious",
          "operator": "equal",
          "value": true
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "50000",
        "max": "500000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "serious",
         "label": {
          "zh": "情节严重",
          "en": "Serious circumstances"
         },
         "when": {
          "fact": "serious",
          "operator": "equal",
          "value": true
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省生活垃圾管理条例 of 2020-12-24."
     },
     "note": "Zhejiang fines only 情节严重 cases, which the regulation does not define; whether the party corrected is not a condition."
    },
    "zhejiang/jiaxing": {
     "prohibition": [
      {
       "law": "zj-jiaxing-waste-sorting-regulation-2021",
       "article": "第十二条",
       "text": "单位和个人应当分类投放生活垃圾至相应的收集容器，"
      }
     ],
     "penalty": [
      {
       "law": "zj-jiaxing-waste-sorting-regulation-2021",
       "article": "第二十七条",
       "text": "违反本条例第十二条规定，投放生活垃圾未分类的，依法由综合行政执法部门责令改正；情节严重的，对单位处五万元以上五十万元以下罚款，对个人处二百元以上二千元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "200",
        "max": "2000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "serious",
         "label": {
          "zh": "情节严重",
          "en": "Serious circumstances"
         },
         "when": {
          "fact": "serious",
          "operator": "equal",
          "value": true
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "50000",
        "max": "500000"
       },
       "optional": false,
       "preconditions": [
        {
         "id": "serious",
         "label": {
          "zh": "情节严重",
          "en": "Serious circumstances"
         },
         "when": {
          "fact": "serious",
          "operator": "equal",
          "value": true
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "嘉兴市生活垃圾分类管理条例 as amended 2021-09-29."
     },
     "note": "The same amounts as the provincial Art. 45, enforced by the 综合行政执法部门; Art. 25 of the Jiaxing regulation defers to liability provisions in higher law."
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
      "zh": "湿垃圾混投或者其他未分类投放，首次被查处",
      "en": "Wet waste mixed or other failure to sort, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "mixture",
        "operator": "in",
        "value": [
         "wet-mixed",
         "other"
        ]
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
      "zh": "湿垃圾混投或者其他未分类投放被查处一次后再犯，或有害垃圾混投首次被查处",
      "en": "Wet waste mixed or other failure to sort after one prior violation, or hazardous waste mixed the first time"
     },
     "when": {
      "any": [
       {
        "all": [
         {
          "fact": "mixture",
          "operator": "in",
          "value": [
           "wet-mixed",
           "other"
          ]
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
          "fact": "mixture",
          "operator": "equal",
          "value": "hazardous-mixed"
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
      "zh": "被依法查处两次以上，或有害垃圾混投再犯",
      "en": "Two or more prior violations, or a repeat with hazardous waste mixed"
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
          "fact": "mixture",
          "operator": "equal",
          "value": "hazardous-mixed"
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
     "note": "Bands from the edition's range tier formula, applied to each jurisdiction's own range."
    },
    "conditions": {
     "status": "modelled",
     "note": "What was mixed (hazardous waste weighs heaviest) and the repeat-offence escalation are modelled; 情节严重 is not a tier factor, because it is the Zhejiang precondition of any fine (a jurisdiction-neutral tier cannot use it)."
    }
   },
   "notes": [
    "固体废物污染环境防治法 Art. 111 ¶3 (情节严重: 单位 50,000–500,000 元, 个人 依法处以罚款) is the national provision behind the Zhejiang amounts; it is not encoded as a separate basis.",
    "The Shanghai and Zhejiang tier bands come from each jurisdiction's own range for the party."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.bulk-transport-uncovered",
   "name": {
    "zh": "运输散装、流体物料的车辆未采取密闭或者其他措施防止物料遗撒",
    "en": "Vehicle carrying bulk or fluid material without sealing or other measures against spillage"
   },
   "domain": "ecology",
   "category": "ecology.air",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "spillLength": {
     "type": "number",
     "label": {
      "zh": "遗撒路段长度",
      "en": "Length of road with spilled material"
     },
     "unit": {
      "zh": "米",
      "en": "m"
     },
     "min": 0,
     "description": {
      "zh": "物料遗撒造成扬尘污染的道路长度；未密闭但尚未遗撒的为0",
      "en": "Length of road on which material spilled and raised dust; 0 when the load was unsealed but nothing spilled"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第五十六条第一款",
       "text": "装卸、运输易产生扬尘污染的物料的车辆，应当采用密闭化措施。运输单位和个人应当加强对车辆机械密闭装置的维护，确保设备正常使用，运输途中的物料不得沿途泄漏、散落或者飞扬。"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第七十条第一款",
       "text": "运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆应当采取密闭或者其他措施防止物料遗撒造成扬尘污染，并按照规定路线行驶。"
      }
     ],
     "penalty": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十六条",
       "text": "违反本法规定，运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆，未采取密闭或者其他措施防止物料遗撒的，由县级以上地方人民政府确定的监督管理部门责令改正，处二千元以上二万元以下的罚款；"
      },
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第九十八条第二款",
       "text": "违反本条例第五十六条第一款规定，运输车辆未采用密闭化措施，或者在运输过程中物料泄露、散落、飞扬的，由公安交通管理部门或者绿化市容行政管理部门依照有关法律、法规处理。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "2000",
        "max": "20000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "other",
         "label": {
          "zh": "车辆不得上道路行驶",
          "en": "The vehicle may not be driven on roads"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十六条",
          "text": "拒不改正的，车辆不得上道路行驶。"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "2000",
        "max": "20000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "other",
         "label": {
          "zh": "车辆不得上道路行驶",
          "en": "The vehicle may not be driven on roads"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十六条",
          "text": "拒不改正的，车辆不得上道路行驶。"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市大气污染防治条例 as amended 2018-12-20 and 大气污染防治法 as amended 2018-10-26; later amendments could not be checked."
     },
     "note": "上海市大气污染防治条例 Art. 98 ¶2 sets no amount of its own and refers to the laws (依照有关法律、法规处理), so the fine is that of 大气污染防治法 Art. 116. Art. 116 leaves the department to the local government; 城管 acts under 上海市城市管理行政执法条例 Art. 11 ¶1(5) (道路运输…产生扬尘; 在装载、运输过程中散落…固体废物). The vehicle's operator may be a unit or an individual."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第七十条第一款",
       "text": "运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆应当采取密闭或者其他措施防止物料遗撒造成扬尘污染，并按照规定路线行驶。"
      }
     ],
     "penalty": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十六条",
       "text": "违反本法规定，运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆，未采取密闭或者其他措施防止物料遗撒的，由县级以上地方人民政府确定的监督管理部门责令改正，处二千元以上二万元以下的罚款；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "2000",
        "max": "20000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "other",
         "label": {
          "zh": "车辆不得上道路行驶",
          "en": "The vehicle may not be driven on roads"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十六条",
          "text": "拒不改正的，车辆不得上道路行驶。"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "2000",
        "max": "20000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "other",
         "label": {
          "zh": "车辆不得上道路行驶",
          "en": "The vehicle may not be driven on roads"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十六条",
          "text": "拒不改正的，车辆不得上道路行驶。"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "大气污染防治法 as amended 2018-10-26; a later amendment could not be checked."
     },
     "note": "The national law applies province-wide; no Zhejiang or Jiaxing text in the law collection has its own fine for this act. Art. 116 leaves the department to the local government."
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
      "zh": "未采取密闭等措施但未发生遗撒，首次被查处",
      "en": "Not sealed but nothing spilled, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "spillLength",
        "operator": "lessThanInclusive",
        "value": 0
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
      "zh": "遗撒路段不足100米，首次被查处",
      "en": "Spillage over less than 100 m of road, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "spillLength",
        "operator": "greaterThan",
        "value": 0
       },
       {
        "fact": "spillLength",
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
      "zh": "遗撒路段100米以上，或者12个月内再次被查处",
      "en": "Spillage over 100 m of road or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "spillLength",
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
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The split between an unsealed load and actual spillage, and the 100 m threshold, are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "车辆不得上道路行驶 follows a refusal to correct; it is encoded as a measure (code other), not a penalty.",
    "Overlap (行政处罚法 Art. 29): in Shanghai 上海市市容环境卫生管理条例 Art. 27 ¶2 (cityscape.muck-vehicle-uncovered: 可对责任单位处 1,000–10,000 元) covers the same unsealed load; the higher provision (this one, 2,000–20,000 元) governs."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.burning-toxic-materials",
   "name": {
    "zh": "焚烧沥青、油毡、橡胶、塑料、皮革、垃圾等产生有毒有害烟尘和恶臭气体的物质",
    "en": "Burning asphalt, linoleum, rubber, plastics, leather, garbage or other material giving off toxic smoke or foul gas"
   },
   "domain": "ecology",
   "category": "ecology.air",
   "parties": [
    "individual",
    "unit"
   ],
   "safetyRelevant": true,
   "safetyReason": "Burning asphalt, linoleum, rubber, plastics, leather, garbage and the like gives off toxic and harmful smoke and dust (有毒有害烟尘和恶臭气体): an act of this matter endangers life and health (涉及公民生命健康安全), so with harm the five-year period of 行政处罚法 Art. 36 ¶1 applies.",
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
       "text": "本市禁止露天焚烧秸秆、枯枝落叶等产生烟尘的物质，"
      },
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第五十四条第一款",
       "text": "以及沥青、油毡、橡胶、塑料、垃圾、皮革等产生有毒有害、恶臭或强烈异味气体的物质。"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第八十二条第一款",
       "text": "禁止在人口集中地区和其他依法需要特殊保护的区域内焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质。"
      }
     ],
     "penalty": [
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第九十七条",
       "text": "露天焚烧沥青、油毡、橡胶、塑料、垃圾、皮革等产生有毒有害、恶臭或强烈异味气体物质的，由生态环境部门责令改正，对单位处一万元以上十万元以下罚款，对个人处五百元以上二千元以下罚款。"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十九条第二款",
       "text": "违反本法规定，在人口集中地区和其他依法需要特殊保护的区域内，焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质的，由县级人民政府确定的监督管理部门责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元以下的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "2000"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "10000",
        "max": "100000"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市大气污染防治条例 as amended 2018-12-20 and 大气污染防治法 as amended 2018-10-26; later amendments could not be checked."
     },
     "note": "Shanghai has its own provision: 上海市大气污染防治条例 Art. 54 ¶1 bans open burning of these materials city-wide and Art. 97 (second clause) sets the same amounts as 大气污染防治法 Art. 119 ¶2; both are cited, the Shanghai provision first. Art. 97 names 生态环境部门, but 上海市城市管理行政执法条例 Art. 11 ¶1(5) assigns 露天焚烧沥青、油毡、橡胶、塑料、垃圾、皮革等产生有毒有害、恶臭或强烈异味气体的物质 to 城管."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第八十二条第一款",
       "text": "禁止在人口集中地区和其他依法需要特殊保护的区域内焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质。"
      }
     ],
     "penalty": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十九条第二款",
       "text": "违反本法规定，在人口集中地区和其他依法需要特殊保护的区域内，焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质的，由县级人民政府确定的监督管理部门责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元以下的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "2000"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "10000",
        "max": "100000"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "大气污染防治法 as amended 2018-10-26; a later amendment could not be checked."
     },
     "note": "The national law applies province-wide; it reaches burning in 人口集中地区和其他依法需要特殊保护的区域, a finding made before this matter applies. Art. 119 ¶2 leaves the department to the county government."
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
     "note": "The area thresholds (1 m², 10 m²) are modelled and match ecology.open-burning-leaves; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "Overlap (行政处罚法 Art. 29, one fine under the higher provision): burning garbage in the open is also 上海市市容环境卫生管理条例 Art. 28 ¶1(5) (ecology.open-burning: individual ≤200 元, unit 300–3,000 元), 浙江省城市市容和环境卫生管理条例 Art. 32 ¶1(4) (100–500 元) and, for 生活垃圾, 固体废物污染环境防治法 Art. 111 ¶1(1) (ecology.domestic-waste-dumping: unit 50,000–500,000 元, individual 100–500 元)."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.commercial-loudspeaker",
   "name": {
    "zh": "在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传",
    "en": "Advertising in commercial business with loudspeakers or other continuous, repeated loud noise"
   },
   "domain": "ecology",
   "category": "ecology.noise",
   "parties": [
    "individual",
    "unit"
   ],
   "earnsMoney": true,
   "facts": {
    "days": {
     "type": "number",
     "label": {
      "zh": "查实的违法天数",
      "en": "Days on which the act is established"
     },
     "unit": {
      "zh": "天",
      "en": "days"
     },
     "integer": true,
     "min": 1,
     "description": {
      "zh": "查实使用高音广播喇叭等进行广告宣传的天数",
      "en": "Days on which advertising with a loudspeaker or similar loud noise is established"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第六十三条第一款",
       "text": "禁止在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传。"
      }
     ],
     "penalty": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第八十一条第一款",
       "text": "违反本法规定，有下列行为之一，由地方人民政府指定的部门责令改正，处五千元以上五万元以下的罚款；"
      },
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第八十一条第一款第（二）项",
       "text": "（二）在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传的；"
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
       "stages": [
        {
         "id": "refused-to-correct",
         "label": {
          "zh": "拒不改正",
          "en": "Refused to correct"
         },
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "fine": {
          "shape": "range",
          "min": "50000",
          "max": "200000"
         },
         "citation": {
          "law": "cn-noise-pollution-law-2021",
          "article": "第八十一条第一款",
          "text": "拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，责令停业："
         },
         "sanctions": [
          {
           "code": "order-to-stop-work",
           "label": {
            "zh": "报经有批准权的人民政府批准，责令停业",
            "en": "Order to suspend business, with the approval of the competent government"
           },
           "mandatory": false,
           "citation": {
            "law": "cn-noise-pollution-law-2021",
            "article": "第八十一条第一款",
            "text": "并可以报经有批准权的人民政府批准，责令停业"
           }
          }
         ]
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
       "stages": [
        {
         "id": "refused-to-correct",
         "label": {
          "zh": "拒不改正",
          "en": "Refused to correct"
         },
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "fine": {
          "shape": "range",
          "min": "50000",
          "max": "200000"
         },
         "citation": {
          "law": "cn-noise-pollution-law-2021",
          "article": "第八十一条第一款",
          "text": "拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，责令停业："
         },
         "sanctions": [
          {
           "code": "order-to-stop-work",
           "label": {
            "zh": "报经有批准权的人民政府批准，责令停业",
            "en": "Order to suspend business, with the approval of the competent government"
           },
           "mandatory": false,
           "citation": {
            "law": "cn-noise-pollution-law-2021",
            "article": "第八十一条第一款",
            "text": "并可以报经有批准权的人民政府批准，责令停业"
           }
          }
         ]
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "噪声污染防治法 of 2021-12-24, in force 2022-06-05; a later amendment could not be checked."
     },
     "note": "No Shanghai text in the law collection has its own provision, so the national law is the basis. Art. 81 leaves the department to the local government (地方人民政府指定的部门). 上海市城市管理行政执法条例 Art. 11 ¶1(5) gives 城管 environmental-protection violations that need no instrument measurement, but its list does not name commercial loudspeakers; whether 城管 acts follows the matters the city government publishes under Art. 11 ¶2, which could not be checked here."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第六十三条第一款",
       "text": "禁止在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传。"
      }
     ],
     "penalty": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第八十一条第一款",
       "text": "违反本法规定，有下列行为之一，由地方人民政府指定的部门责令改正，处五千元以上五万元以下的罚款；"
      },
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第八十一条第一款第（二）项",
       "text": "（二）在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传的；"
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
       "stages": [
        {
         "id": "refused-to-correct",
         "label": {
          "zh": "拒不改正",
          "en": "Refused to correct"
         },
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "fine": {
          "shape": "range",
          "min": "50000",
          "max": "200000"
         },
         "citation": {
          "law": "cn-noise-pollution-law-2021",
          "article": "第八十一条第一款",
          "text": "拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，责令停业："
         },
         "sanctions": [
          {
           "code": "order-to-stop-work",
           "label": {
            "zh": "报经有批准权的人民政府批准，责令停业",
            "en": "Order to suspend business, with the approval of the competent government"
           },
           "mandatory": false,
           "citation": {
            "law": "cn-noise-pollution-law-2021",
            "article": "第八十一条第一款",
            "text": "并可以报经有批准权的人民政府批准，责令停业"
           }
          }
         ]
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
       "stages": [
        {
         "id": "refused-to-correct",
         "label": {
          "zh": "拒不改正",
          "en": "Refused to correct"
         },
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "fine": {
          "shape": "range",
          "min": "50000",
          "max": "200000"
         },
         "citation": {
          "law": "cn-noise-pollution-law-2021",
          "article": "第八十一条第一款",
          "text": "拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，责令停业："
         },
         "sanctions": [
          {
           "code": "order-to-stop-work",
           "label": {
            "zh": "报经有批准权的人民政府批准，责令停业",
            "en": "Order to suspend business, with the approval of the competent government"
           },
           "mandatory": false,
           "citation": {
            "law": "cn-noise-pollution-law-2021",
            "article": "第八十一条第一款",
            "text": "并可以报经有批准权的人民政府批准，责令停业"
           }
          }
         ]
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "噪声污染防治法 of 2021-12-24, in force 2022-06-05; a later amendment could not be checked."
     },
     "note": "The national law applies province-wide; no Zhejiang or Jiaxing text in the law collection has its own provision. The department is the one the local government designates."
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
      "zh": "查实违法1至2天，首次被查处",
      "en": "One or two days, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "days",
        "operator": "lessThan",
        "value": 3
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
      "zh": "查实违法3至6天，首次被查处",
      "en": "Three to six days, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "days",
        "operator": "greaterThanInclusive",
        "value": 3
       },
       {
        "fact": "days",
        "operator": "lessThan",
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
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "查实违法7天以上，或者12个月内再次被查处",
      "en": "Seven days or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "days",
        "operator": "greaterThanInclusive",
        "value": 7
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
     "note": "The day thresholds (3, 7) are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "Not encoded: Art. 81's second stage, 拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，责令停业. A basis holds one statutory fine per party, and tiers cannot leave it, so the refusal stage (50,000–200,000 元, optional 责令停业 with government approval) needs a matter of its own; until then this matter gives the 5,000–50,000 元 fine whatever the correction, which understates the fine after a refusal.",
    "Art. 28 ¶2 (违法所得，应当予以没收): 商业经营活动中的广告宣传: the advertising serves a business. A case states its illegal gains (illegalGains) and they are confiscated."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.construction-dust",
   "name": {
    "zh": "施工单位未采取有效防尘降尘措施（施工工地扬尘）",
    "en": "Construction contractor failing to take effective dust-control measures on site"
   },
   "domain": "ecology",
   "category": "ecology.air",
   "parties": [
    "unit"
   ],
   "facts": {
    "exposedArea": {
     "type": "number",
     "label": {
      "zh": "未采取防尘措施的面积",
      "en": "Area left without dust control"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "未围挡、未覆盖或者未洒水抑尘的裸露土方、渣土、建筑垃圾和作业面的估算面积",
      "en": "Estimated area of bare earth, muck, construction waste or work surface left unenclosed, uncovered or unsprayed"
     }
    },
    "sensitiveNearby": {
     "type": "boolean",
     "label": {
      "zh": "周边有敏感建筑",
      "en": "Sensitive buildings nearby"
     },
     "description": {
      "zh": "施工工地边界五十米内有居民住宅、学校、医院等建筑",
      "en": "Homes, schools, hospitals or similar buildings within 50 m of the site boundary"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第五十五条第二款",
       "text": "施工单位应当按照施工技术规范中扬尘污染防治的要求文明施工，控制扬尘污染。"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第六十九条第三款",
       "text": "施工单位应当在施工工地设置硬质围挡，并采取覆盖、分段作业、择时施工、洒水抑尘、冲洗地面和车辆等有效防尘降尘措施。建筑土方、工程渣土、建筑垃圾应当及时清运；在场地内堆存的，应当采用密闭式防尘网遮盖。"
      }
     ],
     "penalty": [
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第九十八条第一款",
       "text": "违反本条例第五十五条第二款规定，施工单位未采取有效防尘措施的，由工程有关行政管理部门责令改正，处一万元以上十万元以下罚款。"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十五条第一款",
       "text": "违反本法规定，施工单位有下列行为之一的，由县级以上人民政府住房城乡建设等主管部门按照职责责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治："
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十五条第一款第（一）项",
       "text": "（一）施工工地未设置硬质围挡，或者未采取覆盖、分段作业、择时施工、洒水抑尘、冲洗地面和车辆等有效防尘降尘措施的；"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十五条第一款第（二）项",
       "text": "（二）建筑土方、工程渣土、建筑垃圾未及时清运，或者未采用密闭式防尘网遮盖的。"
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
          "zh": "责令停工整治",
          "en": "Order to stop work for rectification"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "sh-air-pollution-regulation-2018",
          "article": "第九十八条第八款",
          "text": "有本条第一款至第四款规定的情形，拒不改正的，由有关行政管理部门责令停工整治或者停业整治"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市大气污染防治条例 as amended 2018-12-20 and 大气污染防治法 as amended 2018-10-26; later amendments could not be checked."
     },
     "note": "Shanghai has its own provision with the same fine: 上海市大气污染防治条例 Art. 98 ¶1 (施工单位未采取有效防尘措施, 10,000–100,000 元) and ¶8 (拒不改正 → 责令停工整治); 大气污染防治法 Art. 115 ¶1 is cited beside it. The penalty body is 工程有关行政管理部门 (the construction administration), not 城管: 上海市城市管理行政执法条例 Art. 11 ¶1(5) gives 城管 only dust from 道路运输、堆场作业、露天仓库 and similar acts that need no instrument measurement, and does not name construction sites."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第六十九条第三款",
       "text": "施工单位应当在施工工地设置硬质围挡，并采取覆盖、分段作业、择时施工、洒水抑尘、冲洗地面和车辆等有效防尘降尘措施。建筑土方、工程渣土、建筑垃圾应当及时清运；在场地内堆存的，应当采用密闭式防尘网遮盖。"
      }
     ],
     "penalty": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十五条第一款",
       "text": "违反本法规定，施工单位有下列行为之一的，由县级以上人民政府住房城乡建设等主管部门按照职责责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治："
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十五条第一款第（一）项",
       "text": "（一）施工工地未设置硬质围挡，或者未采取覆盖、分段作业、择时施工、洒水抑尘、冲洗地面和车辆等有效防尘降尘措施的；"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十五条第一款第（二）项",
       "text": "（二）建筑土方、工程渣土、建筑垃圾未及时清运，或者未采用密闭式防尘网遮盖的。"
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
          "zh": "责令停工整治",
          "en": "Order to stop work for rectification"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十五条第一款",
          "text": "拒不改正的，责令停工整治"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "大气污染防治法 as amended 2018-10-26; a later amendment could not be checked."
     },
     "note": "The national law applies province-wide; no Zhejiang or Jiaxing text in the law collection penalises construction dust (浙江省城市市容和环境卫生管理条例 Art. 29 ¶1 requires 硬质密闭围挡 and dust prevention, but its penalty in ¶4 covers only ¶2 and ¶3). Art. 115 names 住房城乡建设等主管部门 as the penalty body."
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
      "zh": "未采取防尘措施的面积不足500平方米，周边五十米内无敏感建筑，首次被查处",
      "en": "Under 500 m² without dust control, no sensitive buildings within 50 m, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "exposedArea",
        "operator": "lessThan",
        "value": 500
       },
       {
        "fact": "sensitiveNearby",
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
      "zh": "首次被查处，且面积500平方米以上不足2000平方米、周边无敏感建筑，或者面积不足500平方米、周边有敏感建筑",
      "en": "First time found, and either 500 m² up to under 2,000 m² with no sensitive buildings nearby, or under 500 m² with sensitive buildings nearby"
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
            "fact": "sensitiveNearby",
            "operator": "equal",
            "value": false
           },
           {
            "fact": "exposedArea",
            "operator": "greaterThanInclusive",
            "value": 500
           },
           {
            "fact": "exposedArea",
            "operator": "lessThan",
            "value": 2000
           }
          ]
         },
         {
          "all": [
           {
            "fact": "sensitiveNearby",
            "operator": "equal",
            "value": true
           },
           {
            "fact": "exposedArea",
            "operator": "lessThan",
            "value": 500
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
      "zh": "面积2000平方米以上，或者周边有敏感建筑且面积500平方米以上，或者12个月内再次被查处",
      "en": "2,000 m² or more, or 500 m² or more with sensitive buildings nearby, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "exposedArea",
        "operator": "greaterThanInclusive",
        "value": 2000
       },
       {
        "all": [
         {
          "fact": "sensitiveNearby",
          "operator": "equal",
          "value": true
         },
         {
          "fact": "exposedArea",
          "operator": "greaterThanInclusive",
          "value": 500
         }
        ]
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
     "note": "The area thresholds (500 m², 2,000 m²) and the 50 m line for sensitive buildings are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "责令停工整治 (a penalty, with a hearing right) follows only a refusal to correct and is mandatory (责令 without 可以).",
    "大气污染防治法 Art. 123 ¶1(4) (建筑施工…未采取有效措施防治扬尘污染, 拒不改正 → 按日连续处罚 from the day after the order) and 上海市大气污染防治条例 Art. 102 allow a daily fine at the original amount after a refusal; the engine has no daily-penalty shape, so this is not encoded.",
    "Art. 115 ¶2 (建设单位 not covering bare land that cannot be built on for now) and 上海市大气污染防治条例 Art. 98 ¶7 are a separate matter not written here.",
    "Overlap (行政处罚法 Art. 29): in Shanghai, 上海市市容环境卫生管理条例 Art. 33 ¶4 (城管) fines 向建设工地外…散落粉尘 300–3,000 元 and a missing 封闭围栏 3,000–30,000 元, which may cover part of the same act; the higher provision (this one) governs."
   ]
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
   "earnsMoney": true,
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
         "code": "refer-for-revocation",
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
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第二十八条第二款",
       "text": "处置建筑垃圾的单位应当按照规定的路线、时间清运建筑垃圾，不得沿途丢弃、遗撒、随意倾倒。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第二十八条第四款",
       "text": "违反本条第二款或者第三款规定的，责令改正，对单位处十万元以上一百万元以下罚款，有违法所得的，并处没收违法所得；对个人处二百元以下罚款。"
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
        "min": "100000",
        "max": "1000000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "有违法所得的，没收违法所得",
          "en": "Confiscate the illegal gains, where there are any"
         },
         "mandatory": true,
         "citation": {
          "law": "zj-city-appearance-regulation-2021",
          "article": "第二十八条第四款",
          "text": "有违法所得的，并处没收违法所得"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment); a later amendment was not checked."
     },
     "note": "Art. 28 ¶2 names 处置建筑垃圾的单位 and the acts 沿途丢弃、遗撒、随意倾倒; ¶4 sets the penalty for violations of ¶2 or ¶3 for units (100,000–1,000,000 元) and for individuals (200 元 or less), and individuals are modelled under the same paragraph. Stockpiling (堆放) without dumping is not named in ¶2. The Zhejiang text has no vehicle-detention or licence-revocation clause, so transportUnit has no effect here. The matter has no fact for illegal gains, so the confiscation (并处没收违法所得, only where there are gains) is listed for every unit penalty with its condition in the label."
    },
    "zhejiang/jiaxing": {
     "prohibition": [
      {
       "law": "zj-jiaxing-construction-waste-regulation-2021",
       "article": "第九条",
       "text": "从事建筑垃圾运输活动，不得沿途丢弃、随意倾倒建筑垃圾。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第二十八条第四款",
       "text": "违反本条第二款或者第三款规定的，责令改正，对单位处十万元以上一百万元以下罚款，有违法所得的，并处没收违法所得；对个人处二百元以下罚款。"
      },
      {
       "law": "zj-jiaxing-construction-waste-regulation-2021",
       "article": "第十九条",
       "text": "违反本条例规定的行为，法律、行政法规、省的地方性法规已有法律责任规定的，从其规定。"
      },
      {
       "law": "zj-jiaxing-construction-waste-regulation-2021",
       "article": "第二十条",
       "text": "违反本条例第九条规定，沿途丢弃或者随意倾倒建设工程垃圾的，依法由综合行政执法部门责令改正，对单位处十万元以上一百万元以下罚款，对个人处五千元以上五万元以下罚款；"
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
        "min": "100000",
        "max": "1000000"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "嘉兴市建筑垃圾管理条例, adopted 2021-02-08, approved by the provincial people's congress standing committee 2021-03-26, in force 2021-06-01; a later amendment was not checked."
     },
     "note": "Jiaxing (incl. 嘉善, in the demonstration zone). Jiaxing Art. 19 (从其规定) defers to a provincial regulation that already sets a liability: 浙江省城市市容和环境卫生管理条例 Art. 28 ¶4 sets one for units (100,000–1,000,000 元) and for individuals (二百元以下), so both come from it, and it is cited first; Jiaxing's own Art. 20 amounts (individual 5,000–50,000 元) do not apply. Only the 建设工程垃圾 branch of Art. 20 is modelled."
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
     "note": "Bands from the edition's range tier formula, and its max-only tier formula for individuals under the Zhejiang basis (200 元 or less)."
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
    "Overlap: for a 工程施工单位 dumping construction waste produced by its own works, 固体废物污染环境防治法 Art. 111 ¶1(4) and ¶2 (100,000–1,000,000 元) may also apply; under 行政处罚法 Art. 29 the higher provision governs. That provision is not modelled in this matter.",
    "Art. 28 ¶2 (违法所得，应当予以没收): 擅自处置建筑垃圾: disposal may be done for a fee. A case states its illegal gains (illegalGains) and they are confiscated."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.construction-waste-no-permit",
   "name": {
    "zh": "产生建筑垃圾、工程渣土的单位未申报、未取得处置证或者委托无运输许可证的单位运输",
    "en": "Unit producing construction waste or excavated soil without declaring it, without a disposal certificate, or using an unlicensed carrier"
   },
   "domain": "ecology",
   "category": "ecology.construction-waste",
   "parties": [
    "unit"
   ],
   "facts": {
    "volume": {
     "type": "number",
     "label": {
      "zh": "建筑垃圾、工程渣土数量",
      "en": "Volume of construction waste or soil"
     },
     "unit": {
      "zh": "立方米",
      "en": "m³"
     },
     "min": 0,
     "description": {
      "zh": "未申报、未取得处置证或者交由无证单位运输的建筑垃圾、工程渣土的估算体积",
      "en": "Estimated volume not declared, without a disposal certificate, or handed to an unlicensed carrier"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十四条第一款",
       "text": "产生建筑垃圾、工程渣土的单位，应当向所在地的区市容环境卫生管理部门申报产生量和处置方案，取得建筑垃圾、工程渣土处置证，委托取得建筑垃圾、工程渣土运输许可证的单位运输。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十四条第一款",
       "text": "违反规定的，由城管执法部门责令改正，处一万元以上十万元以下罚款。"
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
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市市容环境卫生管理条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The duty in ¶1 falls on 产生建筑垃圾、工程渣土的单位, so the matter has only unit parties. ¶6 lets 城管 detain the party's vehicle for any violation of Art. 44 (可以). The licence revocation in ¶6 is reserved to 运输单位 and does not apply to a producing unit. No Zhejiang text in the law collection penalises the same conduct (the national 城市建筑垃圾管理规定 is not in the collection), so the matter has no Zhejiang basis."
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
      "zh": "数量不足100立方米，首次被查处",
      "en": "Under 100 m³, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "volume",
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
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "数量100立方米以上不足500立方米，首次被查处",
      "en": "100 m³ up to under 500 m³, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "volume",
        "operator": "greaterThanInclusive",
        "value": 100
       },
       {
        "fact": "volume",
        "operator": "lessThan",
        "value": 500
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
      "zh": "数量500立方米以上，或者12个月内再次被查处",
      "en": "500 m³ or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "volume",
        "operator": "greaterThanInclusive",
        "value": 500
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
     "note": "The volume thresholds (100 m³, 500 m³) are modelled; no published benchmark for this matter was found."
    }
   }
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.domestic-waste-dumping",
   "name": {
    "zh": "随意倾倒、抛撒、堆放或者焚烧生活垃圾",
    "en": "Dumping, scattering, stockpiling or burning household waste at random"
   },
   "domain": "ecology",
   "category": "ecology.solid-waste",
   "parties": [
    "individual",
    "unit"
   ],
   "earnsMoney": true,
   "facts": {
    "volume": {
     "type": "number",
     "label": {
      "zh": "生活垃圾数量",
      "en": "Volume of household waste"
     },
     "unit": {
      "zh": "立方米",
      "en": "m³"
     },
     "min": 0,
     "description": {
      "zh": "随意倾倒、抛撒、堆放或者焚烧的生活垃圾的估算体积",
      "en": "Estimated volume of household waste dumped, scattered, stockpiled or burnt"
     }
    },
    "illegalGains": {
     "type": "boolean",
     "label": {
      "zh": "有违法所得",
      "en": "Illegal gains"
     },
     "description": {
      "zh": "当事人因违法行为取得了款项（如收取清运费后随意倾倒）",
      "en": "The party received money from the act (e.g. a fee to take waste away, then dumped it)"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第四十九条第二款",
       "text": "禁止随意倾倒、抛撒、堆放或者焚烧生活垃圾。"
      }
     ],
     "penalty": [
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第一百一十一条第一款",
       "text": "违反本法规定，有下列行为之一，由县级以上地方人民政府环境卫生主管部门责令改正，处以罚款，没收违法所得："
      },
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第一百一十一条第一款第（一）项",
       "text": "（一）随意倾倒、抛撒、堆放或者焚烧生活垃圾的；"
      },
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第一百一十一条第二款",
       "text": "单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款；"
      },
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第一百一十一条第二款",
       "text": "个人有前款第一项、第五项、第七项行为之一，处一百元以上五百元以下的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "100",
        "max": "500"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "没收违法所得",
          "en": "Confiscate the illegal gains"
         },
         "mandatory": true,
         "when": {
          "fact": "illegalGains",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "cn-solid-waste-law-2020",
          "article": "第一百一十一条第一款",
          "text": "没收违法所得"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "50000",
        "max": "500000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "没收违法所得",
          "en": "Confiscate the illegal gains"
         },
         "mandatory": true,
         "when": {
          "fact": "illegalGains",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "cn-solid-waste-law-2020",
          "article": "第一百一十一条第一款",
          "text": "没收违法所得"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "固体废物污染环境防治法 as revised 2020-04-29; a later amendment could not be checked."
     },
     "note": "The Shanghai basis cites the national law; 上海市生活垃圾管理条例 has no provision of its own for this act. Art. 111 names the 环境卫生主管部门; 城管 exercises its penalty power under 上海市城市管理行政执法条例 Art. 11 ¶1(1) (市容环境卫生管理方面法律) and ¶1(5) (任意倾倒…固体废物, open burning of garbage)."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第四十九条第二款",
       "text": "禁止随意倾倒、抛撒、堆放或者焚烧生活垃圾。"
      },
      {
       "law": "zj-domestic-waste-regulation-2020",
       "article": "第二十七条",
       "text": "产生生活垃圾的单位和个人是生活垃圾分类投放的责任主体，应当按照规定将生活垃圾分类投放到对应的收集容器，不得随意抛洒、倾倒、堆放或者焚烧。"
      }
     ],
     "penalty": [
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第一百一十一条第一款",
       "text": "违反本法规定，有下列行为之一，由县级以上地方人民政府环境卫生主管部门责令改正，处以罚款，没收违法所得："
      },
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第一百一十一条第一款第（一）项",
       "text": "（一）随意倾倒、抛撒、堆放或者焚烧生活垃圾的；"
      },
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第一百一十一条第二款",
       "text": "单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款；"
      },
      {
       "law": "cn-solid-waste-law-2020",
       "article": "第一百一十一条第二款",
       "text": "个人有前款第一项、第五项、第七项行为之一，处一百元以上五百元以下的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "100",
        "max": "500"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "没收违法所得",
          "en": "Confiscate the illegal gains"
         },
         "mandatory": true,
         "when": {
          "fact": "illegalGains",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "cn-solid-waste-law-2020",
          "article": "第一百一十一条第一款",
          "text": "没收违法所得"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "50000",
        "max": "500000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "没收违法所得",
          "en": "Confiscate the illegal gains"
         },
         "mandatory": true,
         "when": {
          "fact": "illegalGains",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "cn-solid-waste-law-2020",
          "article": "第一百一十一条第一款",
          "text": "没收违法所得"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "固体废物污染环境防治法 as revised 2020-04-29; a later amendment could not be checked."
     },
     "note": "The national law applies province-wide. 浙江省生活垃圾管理条例 Art. 27 repeats the ban but its Art. 45 fines only 未分类投放; 浙江省城市市容和环境卫生管理条例 Art. 32 ¶1(3) and ¶2 fine 公民 乱倒生活垃圾 100–500 元, and its Art. 46 lets the national law's liability govern. No Jiaxing text in the law collection has its own provision."
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
      "zh": "数量不足1立方米，首次被查处",
      "en": "Under 1 m³, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "volume",
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
      "zh": "数量1立方米以上不足5立方米，首次被查处",
      "en": "1 m³ up to under 5 m³, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "volume",
        "operator": "greaterThanInclusive",
        "value": 1
       },
       {
        "fact": "volume",
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
      "zh": "数量5立方米以上，或者12个月内再次被查处",
      "en": "5 m³ or more, or found again within 12 months"
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
     "note": "The volume thresholds (1 m³, 5 m³) are modelled and match those of cityscape.dumping-garbage; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "没收违法所得 applies when the party made money from the act (fact illegalGains); it is a penalty, so a decision on the spot (简易程序) is then unavailable.",
    "Art. 111 ¶1(7) (沿途丢弃、遗撒生活垃圾 in transport) carries the same fines but is other conduct, not modelled here.",
    "Overlap (行政处罚法 Art. 29): in Shanghai 上海市市容环境卫生管理条例 Art. 28 ¶1(4) (cityscape.dumping-garbage: individual ≤200 元, unit 5,000–50,000 元) covers 乱倒垃圾; the higher provision (this one) governs.",
    "Art. 28 ¶2 (违法所得，应当予以没收): 随意倾倒生活垃圾: dumping may be done for a fee. A case states its illegal gains (illegalGains) and they are confiscated."
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
   "id": "ecology.greenery-damage",
   "name": {
    "zh": "损坏绿化或者绿化设施",
    "en": "Damaging greenery or greening facilities"
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
      "zh": "绿化或绿化设施补偿标准金额",
      "en": "Compensation standard amount for the greenery or facilities"
     },
     "description": {
      "zh": "按本市补偿标准计算的受损绿化或者绿化设施的补偿金额（元）",
      "en": "The compensation amount for the damaged greenery or facilities under the city's standard, in yuan"
     }
    },
    "damagedArea": {
     "type": "number",
     "label": {
      "zh": "受损绿地面积",
      "en": "Green area damaged"
     },
     "unit": {
      "zh": "平方米",
      "en": "m²"
     },
     "min": 0,
     "description": {
      "zh": "被践踏、倾倒堆放、取土、焚烧或者占作他用而受损的绿地面积；仅损坏树木或者设施的为0",
      "en": "Green space trampled, used for dumping or storage, dug, burnt or built on; 0 when only trees or facilities were damaged"
     }
    },
    "treesDamaged": {
     "type": "number",
     "label": {
      "zh": "受损树木数量",
      "en": "Trees damaged"
     },
     "unit": {
      "zh": "株",
      "en": "trees"
     },
     "integer": true,
     "min": 0
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-greening-regulation-2018",
       "article": "第三十七条第一款",
       "text": "禁止下列损坏绿化和绿化设施的行为："
      }
     ],
     "penalty": [
      {
       "law": "sh-greening-regulation-2018",
       "article": "第四十五条",
       "text": "违反本条例第三十七条规定，损坏绿化或者绿化设施的，由市或者区绿化管理部门责令改正，并可处绿化或绿化设施补偿标准三至五倍的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "multiple",
        "base": "compensationStandard",
        "min": "3",
        "max": "5"
       },
       "optional": true
      },
      "unit": {
       "fine": {
        "shape": "multiple",
        "base": "compensationStandard",
        "min": "3",
        "max": "5"
       },
       "optional": true
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市绿化条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "Art. 37 ¶1 lists the acts: (一) 偷盗、践踏、损毁树木花草; (二) 借用树木作为支撑物或者固定物、在树木上悬挂广告牌; (三) 在树旁和绿地内倾倒垃圾或者有害废渣废水、堆放杂物; (四) 在绿地内擅自设置广告、搭建建筑物、构筑物; (五) 在绿地内取土、焚烧; (六) 其他. The fine is optional (可处). 城管 enforces it under 上海市城市管理行政执法条例 Art. 11 ¶1(3). No Zhejiang greening text is in the law collection."
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
      "zh": "受损绿地不足10平方米且受损树木不足3株，首次被查处",
      "en": "Under 10 m² of green space and fewer than 3 trees damaged, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "damagedArea",
        "operator": "lessThan",
        "value": 10
       },
       {
        "fact": "treesDamaged",
        "operator": "lessThan",
        "value": 3
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
      "zh": "首次被查处，受损绿地不足50平方米且受损树木不足10株，但绿地10平方米以上或者树木3株以上",
      "en": "First time found, under 50 m² and fewer than 10 trees, but 10 m² or more or 3 trees or more"
     },
     "when": {
      "all": [
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       },
       {
        "fact": "damagedArea",
        "operator": "lessThan",
        "value": 50
       },
       {
        "fact": "treesDamaged",
        "operator": "lessThan",
        "value": 10
       },
       {
        "any": [
         {
          "fact": "damagedArea",
          "operator": "greaterThanInclusive",
          "value": 10
         },
         {
          "fact": "treesDamaged",
          "operator": "greaterThanInclusive",
          "value": 3
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
      "zh": "受损绿地50平方米以上，或者受损树木10株以上，或者12个月内再次被查处",
      "en": "50 m² or more, or 10 trees or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "damagedArea",
        "operator": "greaterThanInclusive",
        "value": 50
       },
       {
        "fact": "treesDamaged",
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
     "note": "Bands from the edition's range tier formula, applied to the 3–5 multiple of the compensation standard."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The area thresholds (10 m², 50 m²) and tree thresholds (3, 10) are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "Overlap (行政处罚法 Art. 29): 搭建建筑物、构筑物 in green space, dumping waste in it and burning there may also fall under planning, city-appearance or air-pollution provisions; the higher provision governs."
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
   "id": "ecology.illegal-tree-moving",
   "name": {
    "zh": "擅自迁移树木",
    "en": "Moving trees without approval"
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
      "zh": "按本市绿化补偿标准计算的被迁移树木的补偿金额（元）",
      "en": "The compensation amount for the moved trees under the city's greening compensation standard, in yuan"
     }
    },
    "treeCount": {
     "type": "number",
     "label": {
      "zh": "迁移树木数量",
      "en": "Number of trees moved"
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
      "zh": "被迁移树木的最大胸径",
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
       "article": "第二十七条第一款",
       "text": "禁止擅自迁移树木。"
      }
     ],
     "penalty": [
      {
       "law": "sh-greening-regulation-2018",
       "article": "第四十三条第一款",
       "text": "违反本条例第二十七条第一款规定，擅自迁移树木的，由市或者区绿化管理部门责令改正，处绿化补偿标准三至五倍的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "multiple",
        "base": "compensationStandard",
        "min": "3",
        "max": "5"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "multiple",
        "base": "compensationStandard",
        "min": "3",
        "max": "5"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市绿化条例 as amended 2018-12-20; a later amendment could not be checked."
     },
     "note": "The regulation names 市或者区绿化管理部门 as the penalty body; 城管 enforces violations of greening management other than 绿化建设 under 上海市城市管理行政执法条例 Art. 11 ¶1(3). No Zhejiang greening text is in the law collection, so the matter has no Zhejiang basis."
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
      "zh": "迁移1至2株，胸径均不足25厘米，首次被查处",
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
      "zh": "迁移3株以上不足10株，胸径均不足25厘米，首次被查处",
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
      "zh": "迁移10株以上，或者有胸径在25厘米以上的树木，或者12个月内再次被查处",
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
     "note": "Bands from the edition's range tier formula, applied to the 3–5 multiple of the compensation standard."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The thresholds (3 and 10 trees, 25 cm diameter) match ecology.illegal-tree-felling. For moving, 上海市绿化条例 Art. 28 ¶2 draws the municipal-approval line at 胸径二十五厘米以上 in public green space (四十五厘米 in other green space) and 十株以上的行道树; using these lines for tiers, and the 3-tree line, is modelled."
    }
   },
   "notes": [
    "Art. 43 ¶3: a 建设、养护单位 that does not replant trees that died within a year of an approved move (Art. 28 ¶6) and does not correct by the deadline is punished under this rule; that path is not modelled here."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.muck-transport-no-license",
   "name": {
    "zh": "承运建筑垃圾、工程渣土的单位未取得运输许可证，或者承运未取得处置证的单位产生的建筑垃圾、工程渣土",
    "en": "Carrier transporting construction waste or excavated soil without a transport licence, or for a producer without a disposal certificate"
   },
   "domain": "ecology",
   "category": "ecology.construction-waste",
   "parties": [
    "unit"
   ],
   "earnsMoney": true,
   "facts": {
    "conduct": {
     "type": "enum",
     "label": {
      "zh": "违法情形",
      "en": "Conduct"
     },
     "values": [
      {
       "value": "unlicensed",
       "label": {
        "zh": "未取得建筑垃圾、工程渣土运输许可证承运",
        "en": "Carrying without a transport licence"
       }
      },
      {
       "value": "unpermitted-waste",
       "label": {
        "zh": "持证运输单位承运未取得处置证的单位产生的建筑垃圾、工程渣土",
        "en": "Licensed carrier carrying waste of a producer without a disposal certificate"
       }
      }
     ]
    },
    "trips": {
     "type": "number",
     "label": {
      "zh": "查实运输车次",
      "en": "Loads carried"
     },
     "unit": {
      "zh": "车次",
      "en": "loads"
     },
     "integer": true,
     "min": 1
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
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十四条第二款",
       "text": "承运建筑垃圾、工程渣土的单位，应当取得市市容环境卫生管理部门核发的建筑垃圾、工程渣土运输许可证，运输单位不得承运未取得处置证的单位产生的建筑垃圾、工程渣土。"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十四条第二款",
       "text": "违反规定的，由城管执法部门责令改正，处五千元以上三万元以下罚款。"
      }
     ],
     "statutory": {
      "unit": {
       "fine": {
        "shape": "range",
        "min": "5000",
        "max": "30000"
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
         "code": "refer-for-revocation",
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
            "fact": "conduct",
            "operator": "equal",
            "value": "unpermitted-waste"
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
     "note": "¶2 addresses 承运…的单位 and 运输单位, so the matter has only unit parties. ¶6: 城管 may detain the vehicle (可以); for a 情节严重 transport unit it refers the case to the municipal city-appearance department, which revokes the transport licence; a carrier without a licence has none to revoke, so revocation is conditioned on the licensed-carrier conduct. No Zhejiang text in the law collection penalises the same conduct."
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
      "zh": "查实运输1至2车次，情节不严重，首次被查处",
      "en": "One or two loads, circumstances not serious, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "trips",
        "operator": "lessThan",
        "value": 3
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
      "zh": "查实运输3至9车次，情节不严重，首次被查处",
      "en": "Three to nine loads, circumstances not serious, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "trips",
        "operator": "greaterThanInclusive",
        "value": 3
       },
       {
        "fact": "trips",
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
     "id": "heavier",
     "label": {
      "zh": "从重",
      "en": "Heavier"
     },
     "level": "heavier",
     "description": {
      "zh": "查实运输10车次以上，或者情节严重，或者12个月内再次被查处",
      "en": "Ten loads or more, or serious circumstances, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "trips",
        "operator": "greaterThanInclusive",
        "value": 10
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
     "note": "The load thresholds (3, 10) are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "Art. 28 ¶2 (违法所得，应当予以没收): 承运建筑垃圾、工程渣土: carriage for hire without a licence. A case states its illegal gains (illegalGains) and they are confiscated."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.muck-vehicle-marking-device",
   "name": {
    "zh": "运输建筑垃圾、工程渣土的车船未统一标识、未安装使用电子信息装置或者未随车船携带处置证",
    "en": "Construction-waste vehicle or vessel without the uniform marking, without a working route recorder, or without the disposal certificate on board"
   },
   "domain": "ecology",
   "category": "ecology.construction-waste",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "missingRequirements": {
     "type": "number",
     "label": {
      "zh": "未履行的要求项数",
      "en": "Requirements not met"
     },
     "unit": {
      "zh": "项",
      "en": "requirements"
     },
     "integer": true,
     "min": 1,
     "max": 3,
     "description": {
      "zh": "统一标识、安装并使用电子信息装置、随车船携带处置证三项要求中未履行的项数",
      "en": "How many of the three requirements (uniform marking, installed and working route recorder, disposal certificate on board) were not met"
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
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十四条第三款",
       "text": "运输建筑垃圾、工程渣土的车船应当统一标识，统一安装、使用记录路线、时间和处置地点的电子信息装置，随车船携带处置证，"
      }
     ],
     "penalty": [
      {
       "law": "sh-city-appearance-regulation-2018",
       "article": "第四十四条第三款",
       "text": "违反规定的，由城管执法部门责令改正，处二百元以上二千元以下罚款；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "200",
        "max": "2000"
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
        "min": "200",
        "max": "2000"
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
         "code": "refer-for-revocation",
         "label": {
          "zh": "移送市市容环境卫生管理部门吊销建筑垃圾、工程渣土运输许可证",
          "en": "Refer to the municipal city-appearance department to revoke the construction-waste transport licence"
         },
         "mandatory": true,
         "when": {
          "fact": "serious",
          "operator": "equal",
          "value": true
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
     "note": "The duty in ¶3 attaches to the vehicles and names no subject, so it binds whoever operates the vehicle, unit or individual. Driving outside the permitted areas and hours (same paragraph) is for the transport and traffic-police departments and is not part of this matter. ¶6: 城管 may detain the vehicle (可以); a 情节严重 transport unit is referred for revocation of its transport licence (unit parties only). No Zhejiang text in the law collection penalises the same conduct."
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
      "zh": "未履行其中1项要求，情节不严重，首次被查处",
      "en": "One requirement not met, circumstances not serious, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "missingRequirements",
        "operator": "lessThan",
        "value": 2
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
      "zh": "未履行其中2项要求，情节不严重，首次被查处",
      "en": "Two requirements not met, circumstances not serious, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "missingRequirements",
        "operator": "greaterThanInclusive",
        "value": 2
       },
       {
        "fact": "missingRequirements",
        "operator": "lessThan",
        "value": 3
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
      "zh": "3项要求均未履行，或者情节严重，或者12个月内再次被查处",
      "en": "All three requirements not met, or serious circumstances, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "missingRequirements",
        "operator": "greaterThanInclusive",
        "value": 3
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
     "note": "Counting the unmet requirements is modelled; no published benchmark for this matter was found."
    }
   }
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
    },
    "zhejiang": {
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
      "note": "噪声污染防治法 (2021-12-24, in force 2022-06-05); applies nationwide."
     },
     "note": "Zhejiang applies the national law directly (no Zhejiang implementing text is in the law collection). Which department enforces it in Zhejiang (城管 or 生态环境) is set by the province's division of duties and is not modelled."
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
   "id": "ecology.open-air-barbecue",
   "name": {
    "zh": "在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地",
    "en": "Open-air barbecuing of food, or providing a site for it, in a prohibited area and period"
   },
   "domain": "ecology",
   "category": "ecology.air",
   "parties": [
    "individual",
    "unit"
   ],
   "earnsMoney": true,
   "facts": {
    "grills": {
     "type": "number",
     "label": {
      "zh": "烧烤炉具数量",
      "en": "Number of grills"
     },
     "unit": {
      "zh": "个",
      "en": "grills"
     },
     "integer": true,
     "min": 1,
     "description": {
      "zh": "露天烧烤使用的炉具数量；提供场地的，按场地内的炉具计",
      "en": "Grills used for open-air barbecuing; for a site provider, the grills on the site"
     }
    },
    "illegalGains": {
     "type": "boolean",
     "label": {
      "zh": "有违法所得",
      "en": "Illegal gains"
     },
     "description": {
      "zh": "当事人因露天烧烤或者提供场地取得了款项",
      "en": "The party received money from the barbecuing or from providing the site"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第八十一条第三款",
       "text": "任何单位和个人不得在当地人民政府禁止的区域内露天烧烤食品或者为露天烧烤食品提供场地。"
      }
     ],
     "penalty": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十八条第三款",
       "text": "违反本法规定，在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的，由县级以上地方人民政府确定的监督管理部门责令改正，没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "20000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-items",
         "label": {
          "zh": "没收烧烤工具",
          "en": "Confiscate the barbecue equipment"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第三款",
          "text": "没收烧烤工具和违法所得"
         }
        },
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "没收违法所得",
          "en": "Confiscate the illegal gains"
         },
         "mandatory": true,
         "when": {
          "fact": "illegalGains",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第三款",
          "text": "没收烧烤工具和违法所得"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "20000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-items",
         "label": {
          "zh": "没收烧烤工具",
          "en": "Confiscate the barbecue equipment"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第三款",
          "text": "没收烧烤工具和违法所得"
         }
        },
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "没收违法所得",
          "en": "Confiscate the illegal gains"
         },
         "mandatory": true,
         "when": {
          "fact": "illegalGains",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第三款",
          "text": "没收烧烤工具和违法所得"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "大气污染防治法 as amended 2018-10-26; a later amendment could not be checked."
     },
     "note": "No Shanghai text in the law collection has its own provision, so the national law is the basis. Art. 118 ¶3 leaves the department to the local government; 上海市城市管理行政执法条例 Art. 11 ¶1(5) gives 城管 environmental-protection violations that need no instrument measurement (its list does not name barbecuing), and the specific 城管 matters are those the city government publishes under Art. 11 ¶2."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第八十一条第三款",
       "text": "任何单位和个人不得在当地人民政府禁止的区域内露天烧烤食品或者为露天烧烤食品提供场地。"
      }
     ],
     "penalty": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十八条第三款",
       "text": "违反本法规定，在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的，由县级以上地方人民政府确定的监督管理部门责令改正，没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "20000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-items",
         "label": {
          "zh": "没收烧烤工具",
          "en": "Confiscate the barbecue equipment"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第三款",
          "text": "没收烧烤工具和违法所得"
         }
        },
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "没收违法所得",
          "en": "Confiscate the illegal gains"
         },
         "mandatory": true,
         "when": {
          "fact": "illegalGains",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第三款",
          "text": "没收烧烤工具和违法所得"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "500",
        "max": "20000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-items",
         "label": {
          "zh": "没收烧烤工具",
          "en": "Confiscate the barbecue equipment"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第三款",
          "text": "没收烧烤工具和违法所得"
         }
        },
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "没收违法所得",
          "en": "Confiscate the illegal gains"
         },
         "mandatory": true,
         "when": {
          "fact": "illegalGains",
          "operator": "equal",
          "value": true
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第三款",
          "text": "没收烧烤工具和违法所得"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "大气污染防治法 as amended 2018-10-26; a later amendment could not be checked."
     },
     "note": "The national law applies province-wide; no Zhejiang or Jiaxing text in the law collection has its own provision. The prohibited areas and periods are those the local government sets."
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
      "zh": "使用烧烤炉具1个，首次被查处",
      "en": "One grill, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "grills",
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
      "zh": "使用烧烤炉具2至4个，首次被查处",
      "en": "Two to four grills, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "grills",
        "operator": "greaterThanInclusive",
        "value": 2
       },
       {
        "fact": "grills",
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
      "zh": "使用烧烤炉具5个以上，或者12个月内再次被查处",
      "en": "Five grills or more, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "grills",
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
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The grill-count thresholds (2, 5) are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "没收烧烤工具 is mandatory in every penalty case; 没收违法所得 applies when the party made money from the act (fact illegalGains). Both are penalties, so a decision on the spot (简易程序) is never available.",
    "The statute speaks of 禁止的时段和区域 in Art. 118 ¶3 and of 禁止的区域 in Art. 81 ¶3; whether the place and time were prohibited is a finding made before this matter applies.",
    "Art. 28 ¶2 (违法所得，应当予以没收): 露天烧烤食品或者为其提供场地: food sold, or a site let, for money. A case states its illegal gains (illegalGains) and they are confiscated."
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
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第七十七条",
       "text": "省、自治区、直辖市人民政府应当划定区域，禁止露天焚烧秸秆、落叶等产生烟尘污染的物质。"
      }
     ],
     "penalty": [
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
      "note": "大气污染防治法 as amended 2018-10-26; applies nationwide."
     },
     "note": "Zhejiang: the national 大气污染防治法 Art. 119 ¶1 (可以处五百元以上二千元以下的罚款), which applies in the areas the province designates under Art. 77 (人口集中地区); the Zhejiang designation and any Zhejiang air-pollution regulation are not in the law collection."
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
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第一款",
       "text": "公民应当维护城市环境卫生，禁止下列行为："
      },
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第一款第（四）项",
       "text": "（四）在露天场所和垃圾收集容器内焚烧树叶、垃圾或者其他废弃物；"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第三十二条第二款",
       "text": "违反前款第三项或者第四项规定的，责令改正，处一百元以上五百元以下罚款。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "100",
        "max": "500"
       },
       "optional": false
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "100",
        "max": "500"
       },
       "optional": false
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment); a later amendment was not checked."
     },
     "note": "Art. 32 ¶1 opens with 公民应当维护城市环境卫生, but its prohibition (禁止下列行为) and the penalty sentence of ¶2 name no subject and set one amount for whoever commits the act; units are therefore given the same statutory penalty as individuals. The item's wording is the same as Shanghai's Art. 28 ¶1(5). The overlaps named in this matter's notes (大气污染防治法 Art. 119, 固体废物污染环境防治法 Art. 111) apply in Zhejiang too and are not modelled here."
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
     "note": "Bands from the edition's max-only tier formula (Shanghai individuals) and range tier formula (Shanghai units; Zhejiang, both parties)."
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
   "id": "ecology.public-activity-noise",
   "name": {
    "zh": "在公共场所开展娱乐、健身等活动违反区域、时段、音量规定造成噪声污染",
    "en": "Entertainment or fitness activities in public places breaking the rules on area, hours or volume and causing noise pollution"
   },
   "domain": "ecology",
   "category": "ecology.noise",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "decibelsOver": {
     "type": "number",
     "label": {
      "zh": "超过音量限值的分贝数",
      "en": "Decibels above the volume limit"
     },
     "unit": {
      "zh": "分贝",
      "en": "dB(A)"
     },
     "min": 0,
     "description": {
      "zh": "测得音量超过公共场所管理者规定的音量或者适用的噪声限值的分贝数；仅违反区域、时段规定或者未测量的为0",
      "en": "Measured level above the volume set by the place's manager or the applicable noise limit; 0 when only the area or hours were broken, or when not measured"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第六十四条第二款",
       "text": "在街道、广场、公园等公共场所组织或者开展娱乐、健身等活动，应当遵守公共场所管理者有关活动区域、时段、音量等规定，采取有效措施，防止噪声污染；不得违反规定使用音响器材产生过大音量。"
      }
     ],
     "penalty": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第八十二条第一款",
       "text": "违反本法规定，有下列行为之一，由地方人民政府指定的部门说服教育，责令改正；拒不改正的，给予警告，对个人可以处二百元以上一千元以下的罚款，对单位可以处二千元以上二万元以下的罚款："
      },
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第八十二条第一款第（二）项",
       "text": "（二）在公共场所组织或者开展娱乐、健身等活动，未遵守公共场所管理者有关活动区域、时段、音量等规定，未采取有效措施造成噪声污染，或者违反规定使用音响器材产生过大音量的；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "200",
        "max": "1000"
       },
       "optional": true,
       "preconditions": [
        {
         "id": "refused-to-correct",
         "label": {
          "zh": "拒不改正",
          "en": "Refused to correct"
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
         "code": "warning",
         "label": {
          "zh": "警告",
          "en": "Warning"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-noise-pollution-law-2021",
          "article": "第八十二条第一款",
          "text": "拒不改正的，给予警告"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "2000",
        "max": "20000"
       },
       "optional": true,
       "preconditions": [
        {
         "id": "refused-to-correct",
         "label": {
          "zh": "拒不改正",
          "en": "Refused to correct"
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
         "code": "warning",
         "label": {
          "zh": "警告",
          "en": "Warning"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-noise-pollution-law-2021",
          "article": "第八十二条第一款",
          "text": "拒不改正的，给予警告"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "噪声污染防治法 of 2021-12-24, in force 2022-06-05; a later amendment could not be checked."
     },
     "note": "No Shanghai text in the law collection has its own provision, so the national law is the basis. Art. 82 leaves the department to the local government (地方人民政府指定的部门). 上海市城市管理行政执法条例 Art. 11 ¶1 does not list social-life noise; 城管 acts only if the city assigns the matter to it (Art. 11 ¶1(9), ¶2), which could not be checked here."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第六十四条第二款",
       "text": "在街道、广场、公园等公共场所组织或者开展娱乐、健身等活动，应当遵守公共场所管理者有关活动区域、时段、音量等规定，采取有效措施，防止噪声污染；不得违反规定使用音响器材产生过大音量。"
      }
     ],
     "penalty": [
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第八十二条第一款",
       "text": "违反本法规定，有下列行为之一，由地方人民政府指定的部门说服教育，责令改正；拒不改正的，给予警告，对个人可以处二百元以上一千元以下的罚款，对单位可以处二千元以上二万元以下的罚款："
      },
      {
       "law": "cn-noise-pollution-law-2021",
       "article": "第八十二条第一款第（二）项",
       "text": "（二）在公共场所组织或者开展娱乐、健身等活动，未遵守公共场所管理者有关活动区域、时段、音量等规定，未采取有效措施造成噪声污染，或者违反规定使用音响器材产生过大音量的；"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "range",
        "min": "200",
        "max": "1000"
       },
       "optional": true,
       "preconditions": [
        {
         "id": "refused-to-correct",
         "label": {
          "zh": "拒不改正",
          "en": "Refused to correct"
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
         "code": "warning",
         "label": {
          "zh": "警告",
          "en": "Warning"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-noise-pollution-law-2021",
          "article": "第八十二条第一款",
          "text": "拒不改正的，给予警告"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "range",
        "min": "2000",
        "max": "20000"
       },
       "optional": true,
       "preconditions": [
        {
         "id": "refused-to-correct",
         "label": {
          "zh": "拒不改正",
          "en": "Refused to correct"
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
         "code": "warning",
         "label": {
          "zh": "警告",
          "en": "Warning"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-noise-pollution-law-2021",
          "article": "第八十二条第一款",
          "text": "拒不改正的，给予警告"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "噪声污染防治法 of 2021-12-24, in force 2022-06-05; a later amendment could not be checked."
     },
     "note": "The national law applies province-wide; no Zhejiang or Jiaxing text in the law collection has its own provision. The department is the one the local government designates."
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
      "zh": "超过音量限值不足5分贝（含仅违反区域、时段规定），首次被查处",
      "en": "Less than 5 dB above the limit (or only the area or hours broken), first time found"
     },
     "when": {
      "all": [
       {
        "fact": "decibelsOver",
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
     "id": "general",
     "label": {
      "zh": "一般",
      "en": "General"
     },
     "level": "general",
     "description": {
      "zh": "超过音量限值5分贝以上不足10分贝，首次被查处",
      "en": "5 dB up to under 10 dB above the limit, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "decibelsOver",
        "operator": "greaterThanInclusive",
        "value": 5
       },
       {
        "fact": "decibelsOver",
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
      "zh": "超过音量限值10分贝以上，或者12个月内再次被查处",
      "en": "10 dB or more above the limit, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "decibelsOver",
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
     "note": "The decibel thresholds (5 dB, 10 dB) are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "Art. 82 first requires 说服教育 and an order to correct; the warning and the optional fine (可以处) follow only a refusal to correct, encoded as a precondition (correction = refused). Without a refusal the outcome is no-penalty with the order to correct standing.",
    "Items (1) (高音广播喇叭 in areas of noise-sensitive buildings), (3) (interior decoration outside the permitted hours) and (4) of Art. 82 ¶1 carry the same penalty but are other conduct, not modelled here."
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
   "earnsMoney": true,
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
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第二十八条第三款",
       "text": "装修房屋产生的建筑垃圾应当堆放到指定的地点。"
      }
     ],
     "penalty": [
      {
       "law": "zj-city-appearance-regulation-2021",
       "article": "第二十八条第四款",
       "text": "违反本条第二款或者第三款规定的，责令改正，对单位处十万元以上一百万元以下罚款，有违法所得的，并处没收违法所得；对个人处二百元以下罚款。"
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
        "min": "100000",
        "max": "1000000"
       },
       "optional": false,
       "sanctions": [
        {
         "code": "confiscate-illegal-gains",
         "label": {
          "zh": "有违法所得的，没收违法所得",
          "en": "Confiscate the illegal gains, where there are any"
         },
         "mandatory": true,
         "citation": {
          "law": "zj-city-appearance-regulation-2021",
          "article": "第二十八条第四款",
          "text": "有违法所得的，并处没收违法所得"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "浙江省城市市容和环境卫生管理条例 as amended 2021-09-29 (fourth amendment); a later amendment was not checked."
     },
     "note": "Art. 28 ¶3 requires renovation waste to be piled at the designated place; ¶4 fines units 100,000–1,000,000 元 and individuals 200 元 or less, independent of the weight (tonnes only selects the tier here). No separate Jiaxing basis: 嘉兴市建筑垃圾管理条例 Art. 22 fines only individuals (未准确投放装修垃圾, 50–200 元 and only 情节严重), Art. 20's 装修垃圾 clause concerns dumping during transport (Art. 9), and Art. 19 defers to this provincial liability, so zhejiang/jiaxing falls back to this basis. The matter has no fact for illegal gains, so the confiscation (并处没收违法所得, only where there are gains) is listed for every unit penalty with its condition in the label."
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
     "note": "Bands from the edition's range tier formula; under the Shanghai basis the rate is fixed (min = max), so every band gives the same 200 元 per tonne. Under the Zhejiang basis the bands come from the range (units) and max-only (individuals) tier formulas."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The weight thresholds (1 t, 5 t) are modelled. Under the Shanghai basis the statutory rate is fixed, so the tiers do not change the amount there; they matter for whether the violation counts as minor (the edition reads 轻微 as a lighter tier) and for 首违不罚. Under the Zhejiang basis they select the band of the statutory range."
    }
   },
   "notes": [
    "Art. 30 of the same regulation requires residents to pile renovation waste at the site the property company or residents' committee designates; it carries no fine of its own.",
    "Dumping renovation waste in public places may instead fall under Art. 28 ¶1(4) (乱倒垃圾) or Art. 44 ¶5 (擅自倾倒建筑垃圾); under 行政处罚法 Art. 29 only one fine, under the higher provision, is imposed for one act.",
    "Art. 28 ¶2 (违法所得，应当予以没收): 装修垃圾: carriage or disposal may be done for a fee. A case states its illegal gains (illegalGains) and they are confiscated."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.restaurant-fume",
   "name": {
    "zh": "餐饮服务业经营者未安装或者未正常使用油烟净化设施排放油烟",
    "en": "Restaurant operator emitting cooking fumes without installing or properly running fume-cleaning equipment"
   },
   "domain": "ecology",
   "category": "ecology.air",
   "parties": [
    "individual",
    "unit"
   ],
   "facts": {
    "facility": {
     "type": "enum",
     "label": {
      "zh": "油烟净化设施情况",
      "en": "State of the fume-cleaning equipment"
     },
     "values": [
      {
       "value": "not-maintained",
       "label": {
        "zh": "已安装并运行，但未定期清洗维护",
        "en": "Installed and running, but not cleaned and maintained regularly"
       }
      },
      {
       "value": "not-operating",
       "label": {
        "zh": "已安装，但未正常使用或者未保持正常运行",
        "en": "Installed, but not used or not kept running properly"
       }
      },
      {
       "value": "not-installed",
       "label": {
        "zh": "未安装油烟净化设施，也未采取其他油烟净化措施",
        "en": "Neither equipment installed nor other fume-cleaning measures taken"
       }
      }
     ]
    },
    "exceedance": {
     "type": "number",
     "label": {
      "zh": "油烟排放超标幅度",
      "en": "Fume emission above the standard"
     },
     "unit": {
      "zh": "%",
      "en": "%"
     },
     "min": 0,
     "description": {
      "zh": "油烟排放浓度超过排放标准限值的百分比；未超标或者未监测的为0",
      "en": "Percentage by which the fume concentration exceeds the emission limit; 0 if within the limit or not measured"
     }
    }
   },
   "bases": {
    "shanghai": {
     "prohibition": [
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第六十二条第一款",
       "text": "饮食服务业的经营者应当按照市生态环境部门的规定安装和使用油烟净化和异味处理设施以及在线监控设施，并保持正常运行，排放的油烟、烟尘等污染物不得超过规定的标准。"
      },
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第六十二条第二款",
       "text": "饮食服务业的经营者应当定期对油烟净化和异味处理装置进行清洗维护并保存记录，防止油烟和异味对附近居民的居住环境造成污染。"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第八十一条第一款",
       "text": "排放油烟的餐饮服务业经营者应当安装油烟净化设施并保持正常使用，或者采取其他油烟净化措施，使油烟达标排放，并防止对附近居民的正常生活环境造成污染。"
      }
     ],
     "penalty": [
      {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第九十九条第二款",
       "text": "违反本条例第六十二条第一款、第二款规定，饮食服务业的经营者未按照规定安装油烟净化和异味处理设施或在线监控设施、未保持设施正常运行或者未定期对油烟净化或异味处理设施进行清洗维护并保存记录的，由市或者区生态环境部门责令改正，处五千元以上五万元以下罚款；拒不改正的，责令停业整治。"
      },
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十八条第一款",
       "text": "违反本法规定，排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，超过排放标准排放油烟的，由县级以上地方人民政府确定的监督管理部门责令改正，处五千元以上五万元以下的罚款；拒不改正的，责令停业整治。"
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
         "code": "order-to-stop-work",
         "label": {
          "zh": "责令停业整治",
          "en": "Order to suspend business for rectification"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "sh-air-pollution-regulation-2018",
          "article": "第九十九条第二款",
          "text": "拒不改正的，责令停业整治。"
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
         "code": "order-to-stop-work",
         "label": {
          "zh": "责令停业整治",
          "en": "Order to suspend business for rectification"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "sh-air-pollution-regulation-2018",
          "article": "第九十九条第二款",
          "text": "拒不改正的，责令停业整治。"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "上海市大气污染防治条例 as amended 2018-12-20 and 大气污染防治法 as amended 2018-10-26; later amendments could not be checked."
     },
     "enforcement": {
      "agency": "ecology-environment",
      "citation": {
       "law": "sh-air-pollution-regulation-2018",
       "article": "第九十九条第二款",
       "text": "由市或者区生态环境部门责令改正"
      }
     },
     "note": "Shanghai has its own provision: 上海市大气污染防治条例 Art. 99 ¶2 punishes the equipment failures themselves (未按照规定安装、未保持正常运行、未定期清洗维护并保存记录), without requiring emissions above the standard, with the same 5,000–50,000 元 and 拒不改正 → 责令停业整治 as 大气污染防治法 Art. 118 ¶1. The penalty body is 市或者区生态环境部门, not 城管: fume emissions are not among the acts 上海市城市管理行政执法条例 Art. 11 ¶1(5) assigns to 城管."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第八十一条第一款",
       "text": "排放油烟的餐饮服务业经营者应当安装油烟净化设施并保持正常使用，或者采取其他油烟净化措施，使油烟达标排放，并防止对附近居民的正常生活环境造成污染。"
      }
     ],
     "penalty": [
      {
       "law": "cn-air-pollution-law-2018",
       "article": "第一百一十八条第一款",
       "text": "违反本法规定，排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，超过排放标准排放油烟的，由县级以上地方人民政府确定的监督管理部门责令改正，处五千元以上五万元以下的罚款；拒不改正的，责令停业整治。"
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
       "preconditions": [
        {
         "id": "exceeds-standard",
         "label": {
          "zh": "超过排放标准排放油烟",
          "en": "Fumes emitted above the emission standard"
         },
         "when": {
          "fact": "exceedance",
          "operator": "greaterThan",
          "value": 0
         }
        }
       ],
       "sanctions": [
        {
         "code": "order-to-stop-work",
         "label": {
          "zh": "责令停业整治",
          "en": "Order to suspend business for rectification"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第一款",
          "text": "拒不改正的，责令停业整治。"
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
       "preconditions": [
        {
         "id": "exceeds-standard",
         "label": {
          "zh": "超过排放标准排放油烟",
          "en": "Fumes emitted above the emission standard"
         },
         "when": {
          "fact": "exceedance",
          "operator": "greaterThan",
          "value": 0
         }
        }
       ],
       "sanctions": [
        {
         "code": "order-to-stop-work",
         "label": {
          "zh": "责令停业整治",
          "en": "Order to suspend business for rectification"
         },
         "mandatory": true,
         "when": {
          "fact": "correction",
          "operator": "equal",
          "value": "refused"
         },
         "citation": {
          "law": "cn-air-pollution-law-2018",
          "article": "第一百一十八条第一款",
          "text": "拒不改正的，责令停业整治。"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "大气污染防治法 as amended 2018-10-26; a later amendment could not be checked."
     },
     "note": "The national law applies province-wide; no Zhejiang or Jiaxing text in the law collection has its own provision. Art. 118 ¶1 requires 超过排放标准排放油烟, encoded as a precondition (exceedance > 0): an equipment failure without emissions above the standard carries no fine under it. A facility that is not maintained is read as 不正常使用油烟净化设施."
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
      "zh": "设施已安装但未正常使用或者未清洗维护，超标不足50%，首次被查处",
      "en": "Equipment installed but not run or maintained properly, less than 50 % above the standard, first time found"
     },
     "when": {
      "all": [
       {
        "fact": "facility",
        "operator": "in",
        "value": [
         "not-maintained",
         "not-operating"
        ]
       },
       {
        "fact": "exceedance",
        "operator": "lessThan",
        "value": 50
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
      "zh": "首次被查处，超标50%以上不足100%，或者未安装设施且超标不足50%",
      "en": "First time found: 50 % up to under 100 % above the standard, or no equipment and less than 50 % above"
     },
     "when": {
      "all": [
       {
        "fact": "priorCount",
        "operator": "equal",
        "value": 0
       },
       {
        "fact": "exceedance",
        "operator": "lessThan",
        "value": 100
       },
       {
        "any": [
         {
          "fact": "exceedance",
          "operator": "greaterThanInclusive",
          "value": 50
         },
         {
          "fact": "facility",
          "operator": "equal",
          "value": "not-installed"
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
      "zh": "超标100%以上，或者12个月内再次被查处",
      "en": "100 % or more above the standard, or found again within 12 months"
     },
     "when": {
      "any": [
       {
        "fact": "exceedance",
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
     "note": "Bands from the edition's range tier formula."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The exceedance thresholds (50 %, 100 %) and the weight given to having no equipment at all are modelled; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "责令停业整治 (a penalty, with a hearing right) follows only a refusal to correct and is mandatory.",
    "The 油烟 emission standard and its measurement are outside the engine; exceedance is the measured result.",
    "Kept in this edition as it was published, but outside the competence of 城管 in Shanghai: 上海市大气污染防治条例 第九十九条第二款 names 市或者区生态环境部门. A Shanghai case is refused (outside-competence) and must be referred; yrd-2025 drops the matter for this reason. Zhejiang's basis (大气污染防治法 Art. 118 ¶1, 县级以上地方人民政府确定的监督管理部门) leaves the body to the local government."
   ]
  },
  {
   "$schema": "../../schema/matter.schema.json",
   "id": "ecology.temporary-construction",
   "name": {
    "zh": "未经批准或者未按照批准内容进行临时建设，或者临时建筑物、构筑物超过批准期限不拆除",
    "en": "Temporary construction without approval or against it, or temporary structures not removed after the approved period"
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
      "zh": "临时建设工程造价",
      "en": "Cost of the temporary works"
     },
     "description": {
      "zh": "违法临时建设部分的工程造价（元）",
      "en": "Construction cost of the unlawful temporary works, in yuan"
     }
    },
    "floorArea": {
     "type": "number",
     "label": {
      "zh": "违法临时建设面积",
      "en": "Floor area of the unlawful temporary works"
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
       "article": "第四十四条第一款",
       "text": "在城市、镇规划区内进行临时建设的，应当经城市、县人民政府城乡规划主管部门批准。"
      },
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第四十四条第二款",
       "text": "临时建设应当在批准的使用期限内自行拆除。"
      }
     ],
     "penalty": [
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十六条第一款",
       "text": "建设单位或者个人有下列行为之一的，由所在地城市、县人民政府城乡规划主管部门责令限期拆除，可以并处临时建设工程造价一倍以下的罚款："
      },
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十六条第一款第（一）项",
       "text": "（一）未经批准进行临时建设的；"
      },
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十六条第一款第（二）项",
       "text": "（二）未按照批准内容进行临时建设的；"
      },
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十六条第一款第（三）项",
       "text": "（三）临时建筑物、构筑物超过批准期限不拆除的。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "multiple",
        "base": "constructionCost",
        "min": "0",
        "max": "1"
       },
       "optional": true,
       "sanctions": [
        {
         "code": "demolish",
         "label": {
          "zh": "责令限期拆除",
          "en": "Order to demolish by a deadline"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-urban-rural-planning-law-2019",
          "article": "第六十六条第一款",
          "text": "责令限期拆除"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "multiple",
        "base": "constructionCost",
        "min": "0",
        "max": "1"
       },
       "optional": true,
       "sanctions": [
        {
         "code": "demolish",
         "label": {
          "zh": "责令限期拆除",
          "en": "Order to demolish by a deadline"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-urban-rural-planning-law-2019",
          "article": "第六十六条第一款",
          "text": "责令限期拆除"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "城乡规划法 as amended 2019-04-23; a later amendment could not be checked."
     },
     "note": "The Shanghai basis cites the national law; Shanghai's own planning regulation is not in the law collection. 城管 enforces 擅自搭建建筑物、构筑物 under 上海市城市管理行政执法条例 Art. 11 ¶1(8), within the division of duties the city government sets; other cases stay with the planning department."
    },
    "zhejiang": {
     "prohibition": [
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第四十四条第一款",
       "text": "在城市、镇规划区内进行临时建设的，应当经城市、县人民政府城乡规划主管部门批准。"
      },
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第四十四条第二款",
       "text": "临时建设应当在批准的使用期限内自行拆除。"
      }
     ],
     "penalty": [
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十六条第一款",
       "text": "建设单位或者个人有下列行为之一的，由所在地城市、县人民政府城乡规划主管部门责令限期拆除，可以并处临时建设工程造价一倍以下的罚款："
      },
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十六条第一款第（一）项",
       "text": "（一）未经批准进行临时建设的；"
      },
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十六条第一款第（二）项",
       "text": "（二）未按照批准内容进行临时建设的；"
      },
      {
       "law": "cn-urban-rural-planning-law-2019",
       "article": "第六十六条第一款第（三）项",
       "text": "（三）临时建筑物、构筑物超过批准期限不拆除的。"
      }
     ],
     "statutory": {
      "individual": {
       "fine": {
        "shape": "multiple",
        "base": "constructionCost",
        "min": "0",
        "max": "1"
       },
       "optional": true,
       "sanctions": [
        {
         "code": "demolish",
         "label": {
          "zh": "责令限期拆除",
          "en": "Order to demolish by a deadline"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-urban-rural-planning-law-2019",
          "article": "第六十六条第一款",
          "text": "责令限期拆除"
         }
        }
       ]
      },
      "unit": {
       "fine": {
        "shape": "multiple",
        "base": "constructionCost",
        "min": "0",
        "max": "1"
       },
       "optional": true,
       "sanctions": [
        {
         "code": "demolish",
         "label": {
          "zh": "责令限期拆除",
          "en": "Order to demolish by a deadline"
         },
         "mandatory": true,
         "citation": {
          "law": "cn-urban-rural-planning-law-2019",
          "article": "第六十六条第一款",
          "text": "责令限期拆除"
         }
        }
       ]
      }
     },
     "provenance": {
      "status": "statute",
      "note": "城乡规划法 as amended 2019-04-23; a later amendment could not be checked."
     },
     "note": "The national law applies province-wide; no Zhejiang or Jiaxing planning text is in the law collection."
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
      "zh": "违法临时建设面积不足20平方米，首次被查处",
      "en": "Under 20 m², first time found"
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
      "zh": "违法临时建设面积20平方米以上不足100平方米，首次被查处",
      "en": "20 m² up to under 100 m², first time found"
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
      "zh": "违法临时建设面积100平方米以上，或者12个月内再次被查处",
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
     "note": "The fine has no statutory minimum (一倍以下 = 0 to 1 × the cost), so the bands come from the edition's max-only tier formula applied to 1 × the construction cost."
    },
    "conditions": {
     "status": "modelled",
     "source": {
      "title": "浙江省宗教领域行政处罚裁量基准（浙民宗发〔2023〕45号），转载",
      "url": "http://www.situma.cn/document/888edfcad958769d36e6a841279cfeac.html",
      "note": "第二次违反被查处的 → 较高阶次."
     },
     "note": "The floor-area thresholds (20 m², 100 m²) are modelled and match ecology.unpermitted-construction; no published benchmark for this matter was found."
    }
   },
   "notes": [
    "责令限期拆除 is an order, not a penalty; the fine is optional (可以并处).",
    "A fine of at most 1 × the cost has no statutory minimum, so 减轻 cannot lower its amount; mitigation moves the tier one step lighter instead."
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
    },
    "zhejiang": {
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
      "note": "城乡规划法 as amended 2019-04-23; applies nationwide."
     },
     "note": "Zhejiang applies the national law; 浙江省城乡规划条例 is not in the law collection and is not cited. Only the correctable branch of Art. 64 is modelled, as for Shanghai."
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
 "overlays": [],
 "paths": {
  "edition": "rules/yrd-2023/edition.json",
  "matters": [
   "rules/yrd-2023/matters/cityscape.dumping-garbage.json",
   "rules/yrd-2023/matters/cityscape.hanging-on-public-facilities.json",
   "rules/yrd-2023/matters/cityscape.illegal-posting.json",
   "rules/yrd-2023/matters/cityscape.landscape-lighting-off.json",
   "rules/yrd-2023/matters/cityscape.littering.json",
   "rules/yrd-2023/matters/cityscape.muck-vehicle-spill.json",
   "rules/yrd-2023/matters/cityscape.muck-vehicle-uncovered.json",
   "rules/yrd-2023/matters/cityscape.out-of-store-business.json",
   "rules/yrd-2023/matters/cityscape.outdoor-facility-unmaintained.json",
   "rules/yrd-2023/matters/cityscape.pet-feces.json",
   "rules/yrd-2023/matters/cityscape.poultry-raising.json",
   "rules/yrd-2023/matters/cityscape.public-space-stacking.json",
   "rules/yrd-2023/matters/cityscape.roadside-car-wash.json",
   "rules/yrd-2023/matters/cityscape.sanitation-facility-damage.json",
   "rules/yrd-2023/matters/cityscape.site-facilities-missing.json",
   "rules/yrd-2023/matters/cityscape.site-publicity-missing.json",
   "rules/yrd-2023/matters/cityscape.site-stacking-outside-enclosure.json",
   "rules/yrd-2023/matters/cityscape.special-waste-littering.json",
   "rules/yrd-2023/matters/cityscape.spitting-urinating.json",
   "rules/yrd-2023/matters/cityscape.street-vending.json",
   "rules/yrd-2023/matters/cityscape.unapproved-outdoor-ad.json",
   "rules/yrd-2023/matters/cityscape.unapproved-outdoor-sign.json",
   "rules/yrd-2023/matters/cityscape.waste-missorting.json",
   "rules/yrd-2023/matters/ecology.bulk-transport-uncovered.json",
   "rules/yrd-2023/matters/ecology.burning-toxic-materials.json",
   "rules/yrd-2023/matters/ecology.commercial-loudspeaker.json",
   "rules/yrd-2023/matters/ecology.construction-dust.json",
   "rules/yrd-2023/matters/ecology.construction-waste-dumping.json",
   "rules/yrd-2023/matters/ecology.construction-waste-no-permit.json",
   "rules/yrd-2023/matters/ecology.domestic-waste-dumping.json",
   "rules/yrd-2023/matters/ecology.green-space-occupation.json",
   "rules/yrd-2023/matters/ecology.green-space-temporary-use.json",
   "rules/yrd-2023/matters/ecology.greenery-damage.json",
   "rules/yrd-2023/matters/ecology.illegal-tree-felling.json",
   "rules/yrd-2023/matters/ecology.illegal-tree-moving.json",
   "rules/yrd-2023/matters/ecology.muck-transport-no-license.json",
   "rules/yrd-2023/matters/ecology.muck-vehicle-marking-device.json",
   "rules/yrd-2023/matters/ecology.night-construction-noise.json",
   "rules/yrd-2023/matters/ecology.open-air-barbecue.json",
   "rules/yrd-2023/matters/ecology.open-burning-leaves.json",
   "rules/yrd-2023/matters/ecology.open-burning.json",
   "rules/yrd-2023/matters/ecology.public-activity-noise.json",
   "rules/yrd-2023/matters/ecology.renovation-waste-misplaced.json",
   "rules/yrd-2023/matters/ecology.restaurant-fume.json",
   "rules/yrd-2023/matters/ecology.temporary-construction.json",
   "rules/yrd-2023/matters/ecology.unpermitted-construction.json"
  ],
  "overlays": []
 }
};
