// Generated from rules/<edition>/credit.json and review.json by `npm run generate`; do not edit.
import type { EditionPolicyFiles } from "../schema/credit.js";

/**
 * The bundled credit policy (`credit.json`) and case-file review standard (`review.json`) of each edition, by
 * edition id, as raw files: load them with `loadCreditPolicy` and `loadReviewStandard`.
 */
export const policies: Readonly<Record<string, EditionPolicyFiles>> = {
 "yrd-2023": {
  credit: {
   "$schema": "../schema/credit.schema.json",
   "id": "yrd-2023-credit",
   "edition": "yrd-2023",
   "title": {
    "zh": "长三角毗邻区域行政处罚信用后果政策（模型版，非《长三角毗邻区域信用联合惩戒实施意见》原文）",
    "en": "Credit consequences of penalty decisions in the Yangtze River Delta adjacent areas (modelled; not the text of the adjacent-area joint credit punishment opinion)"
   },
   "knownGaps": [
    {
     "zh": "《长三角毗邻区域信用联合惩戒实施意见》及沪城管执〔2023〕20号的文本未能取得；本文件的信用等级、适用条件和毗邻区域名单均为模型，不是官方文本。",
     "en": "The text of the adjacent-area joint credit punishment opinion and of 沪城管执〔2023〕20号 was not found; this file's credit levels, their conditions and the adjacent-area list are modelled, not official."
    },
    {
     "zh": "未找到上海、浙江、城管或生态环境领域的一般/较重/严重三级失信标准或罚款金额门槛；两部条例均只有失信（不良）信息和严重失信名单两类。",
     "en": "No 一般/较重/严重 level table or fine threshold was found for Shanghai, Zhejiang, city management or ecology; both regulations know only 失信/不良 information and the 严重失信 list."
    },
    {
     "zh": "国家发展改革委令第58号规定公示期限的条文序号未能取得，公示期限依据按该办法执行的公开页面；是否豁免仅受警告、通报批评和较低数额罚款的决定公示，未知，未编入。",
     "en": "The article of NDRC Order No. 58 that sets the publicity windows was not available; the windows follow a published page applying it. Whether decisions with only a warning, a circulated criticism or a small fine are exempt is unknown and not encoded."
    },
    {
     "zh": "两部条例 2017 年以后是否修改未经核对；江苏、安徽的信用条例文本不可得，该两省的决定不作信用结论。",
     "en": "Amendments of both regulations after 2017 were not checked; the Jiangsu and Anhui credit statutes are not available, so no credit conclusion is drawn for decisions there."
    }
   ],
   "regions": [
    {
     "jurisdiction": "shanghai",
     "statute": {
      "zh": "上海市社会信用条例",
      "en": "Shanghai Social Credit Regulation"
     },
     "record": {
      "procedures": [
       "general"
      ],
      "requireFinal": false,
      "excludeMinor": true,
      "excludeHarmReduced": true,
      "harmReducedCircumstances": [
       "eliminated-harm"
      ],
      "minorTiers": [
       "lighter"
      ],
      "citation": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第九条第二款第（四）项",
       "text": "适用一般程序作出的行政处罚信息，但违法行为轻微或者主动消除、减轻违法行为危害后果的除外"
      },
      "note": "违法行为轻微 is the agency's finding; when a decision does not say, this policy reads a 从轻 (lighter) tier as 轻微, as the edition's general rules do for Art. 33 ¶1 (modelled). 主动消除、减轻违法行为危害后果 is the circumstance eliminated-harm (行政处罚法 Art. 32(一))."
     },
     "retention": {
      "years": 5,
      "from": "act-ended",
      "label": {
       "zh": "失信信息查询期限",
       "en": "period during which the adverse information can be queried"
      },
      "citation": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第三十五条",
       "text": "向市公共信用信息服务中心、信用服务机构等申请查询信息主体失信信息的期限为五年，法律、法规和国家另有规定的除外。前款规定的期限自失信行为或者事件终止之日起计算"
      }
     },
     "objection": {
      "markWithin": {
       "days": 1,
       "citation": {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十六条第二款",
        "text": "市公共信用信息服务中心应当在收到异议材料之日起的一个工作日内作出异议标注"
       }
      },
      "transferWithin": {
       "days": 2,
       "citation": {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十六条第二款第（二）项",
        "text": "属于信用信息提供单位更正范围的，应当在收到异议材料之日起的二个工作日内转交信用信息提供单位办理"
       }
      },
      "decideWithin": {
       "days": 5,
       "citation": {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十六条第二款第（二）项",
        "text": "信用信息提供单位应当在收到转交的异议材料之日起的五个工作日内作出是否更正的决定"
       }
      },
      "extendableTo": null
     },
     "repair": {
      "conditions": [
       {
        "zh": "在失信信息查询期限内申请",
        "en": "Within the period the adverse information can be queried"
       },
       {
        "zh": "通过主动履行义务、申请延期、自主解释等方式减少失信损失，消除不利影响",
        "en": "The party reduced the loss and removed the adverse effect, e.g. by fulfilling the obligation, applying for an extension or explaining"
       },
       {
        "zh": "原失信信息提供单位出具信用修复记录的书面证明",
        "en": "The agency that provided the information issues written proof of the repair"
       }
      ],
      "excludedWhenSevereListed": false,
      "removeWithin": {
       "days": 3,
       "citation": {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十八条",
        "text": "市公共信用信息服务平台应当在收到该书面证明之日起的三个工作日内在平台查询界面上删除该失信信息"
       }
      },
      "citations": [
       {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十八条",
        "text": "在失信信息查询期限内，信息主体通过主动履行义务、申请延期、自主解释等方式减少失信损失，消除不利影响的，原失信信息提供单位可以向市公共信用信息服务中心出具信用修复记录的书面证明"
       }
      ]
     },
     "severeList": {
      "citation": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第二十五条第一款",
       "text": "行政机关根据信息主体严重失信行为的情况，可以建立严重失信主体名单。"
      },
      "procedure": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第二十五条第三款",
       "text": "行政机关公布严重失信主体名单的，应当同时公开名单的列入、移出条件和救济途径。"
      }
     }
    },
    {
     "jurisdiction": "zhejiang",
     "statute": {
      "zh": "浙江省公共信用信息管理条例",
      "en": "Zhejiang Public Credit Information Regulation"
     },
     "record": {
      "procedures": [
       "general"
      ],
      "requireFinal": true,
      "excludeMinor": false,
      "excludeHarmReduced": false,
      "harmReducedCircumstances": [],
      "minorTiers": [],
      "citation": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第十一条第一款第（二）项",
       "text": "在法定期限内未提起行政复议、行政诉讼，或者经行政复议、行政诉讼最终维持原决定的行政处罚信息，但适用简易程序作出的除外"
      },
      "note": "Recorded only once final; the 复议 and 诉讼 periods are in laws not in the collection, so the caller says whether the decision is final."
     },
     "retention": {
      "years": 5,
      "from": "decision",
      "label": {
       "zh": "不良信息保存和披露期限",
       "en": "period the adverse information is kept and disclosed"
      },
      "citation": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第十六条第一款",
       "text": "不良信息的保存和披露期限为五年，自不良行为或者事件认定之日起计算"
      }
     },
     "objection": {
      "markWithin": null,
      "transferWithin": null,
      "decideWithin": {
       "days": 5,
       "citation": {
        "law": "zj-public-credit-information-regulation-2017",
        "article": "第三十一条第一款",
        "text": "省公共信用工作机构、省发展和改革部门应当自受理异议或者复核申请之日起五个工作日内处理完毕"
       }
      },
      "extendableTo": {
       "days": 20,
       "citation": {
        "law": "zj-public-credit-information-regulation-2017",
        "article": "第三十一条第一款",
        "text": "情况复杂的，经省发展和改革部门负责人批准，可以适当延长处理期限，但累计不得超过二十个工作日"
       }
      }
     },
     "repair": {
      "conditions": [
       {
        "zh": "具有主动改正违法行为、消除不良影响等情形",
        "en": "The party has corrected the violation and removed the adverse effect, or the like"
       },
       {
        "zh": "向作出违法行为认定的公共信用信息提供单位提出信用修复申请",
        "en": "The party applies to the agency that found the violation"
       },
       {
        "zh": "符合国家和省信用修复有关规定（具体办法另行制定，未能取得）",
        "en": "The national and provincial repair rules are met (the detailed rules are made separately and were not found)"
       }
      ],
      "excludedWhenSevereListed": true,
      "removeWithin": null,
      "citations": [
       {
        "law": "zj-public-credit-information-regulation-2017",
        "article": "第三十二条第一款",
        "text": "有不良信息的信息主体具有主动改正违法行为、消除不良影响等情形的，可以向作出违法行为认定的公共信用信息提供单位提出信用修复申请"
       },
       {
        "law": "zj-public-credit-information-regulation-2017",
        "article": "第三十二条第二款",
        "text": "信息主体被列入严重失信名单的，不适用前款规定。"
       }
      ],
      "note": "信用修复的具体办法，由省发展和改革部门会同省级公共信用信息提供单位另行制定 (Art. 32 ¶3): not found."
     },
     "severeList": {
      "citation": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第二十四条第一款第（二）项",
       "text": "因损害人身健康和生命安全的行为，严重破坏市场经济秩序和社会管理秩序的行为，或者危害国防利益的行为，而产生的本条例第十一条第二项和第三项规定的信息"
      },
      "procedure": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第二十八条第一款",
       "text": "国家机关依照本条例规定将信息主体列入严重失信名单前，应当告知信息主体列入严重失信名单的理由和依据"
      }
     }
    }
   ],
   "publicity": [
    {
     "id": "ndrc-2019-527",
     "from": null,
     "to": "2023-04-30",
     "windows": [
      {
       "id": "general",
       "label": {
        "zh": "一般失信行为：三个月至一年",
        "en": "General adverse conduct: 3 months to 1 year"
       },
       "minMonths": 3,
       "maxMonths": 12
      },
      {
       "id": "severe",
       "label": {
        "zh": "严重失信行为：六个月至三年",
        "en": "Serious adverse conduct: 6 months to 3 years"
       },
       "minMonths": 6,
       "maxMonths": 36,
       "levels": [
        "severe"
       ]
      }
     ],
     "provenance": {
      "status": "published",
      "source": {
       "title": "发改办财金〔2019〕527号",
       "documentNumber": "发改办财金〔2019〕527号",
       "url": "https://www.0797cx.cn/page37?article_id=15265",
       "note": "“涉及严重失信行为的行政处罚信息自行政处罚决定之日起，在信用网站最短公示期限为六个月，最长公示期限为三年。” The 一般失信 window (3 months–1 year) as applied by an agency in 2022: http://tjj.qdn.gov.cn/tjfw/sxqygs/202204/t20220429_73686150.html"
      },
      "note": "Superseded from 2023-05-01. Which of this policy's levels counts as 严重失信行为 is modelled (the severe level)."
     }
    },
    {
     "id": "ndrc-58",
     "from": "2023-05-01",
     "to": null,
     "windows": [
      {
       "id": "penalty",
       "label": {
        "zh": "行政处罚信息：最短三个月，最长三年",
        "en": "Penalty information: at least 3 months, at most 3 years"
       },
       "minMonths": 3,
       "maxMonths": 36
      },
      {
       "id": "safety-fields",
       "label": {
        "zh": "特种设备、安全生产、消防领域：最短一年",
        "en": "Special equipment, work safety, fire safety: at least 1 year"
       },
       "minMonths": 12,
       "maxMonths": 36,
       "fields": [
        "special-equipment",
        "work-safety",
        "fire-safety"
       ]
      }
     ],
     "provenance": {
      "status": "published",
      "source": {
       "title": "失信行为纠正后的信用信息修复管理办法（试行）",
       "documentNumber": "国家发展改革委令第58号",
       "issuer": "国家发展和改革委员会",
       "date": "2023-01-13",
       "url": "http://www.senqisrq.com/xxgk/ztzl/sgs/index.html",
       "note": "As applied by a Shenzhen 住建 repair page following Order No. 58: “对于列入行政处罚信息公示的，最短公示期为三个月，最长公示期为三年。最短公示期届满后，方可按规定申请提前终止公示。最长公示期届满后，相关信息自动停止公示。” “对于特种设备、安全生产、消防领域的行政处罚信息，最短公示期为一年。” “同一行政处罚决定涉及多种处罚类型的，其公示期限以期限最长的类型为准。行政处罚信息的公示期限起点以行政处罚作出时间为准。”"
      },
      "note": "In force from 2023-05-01 (“自2023年5月1日起施行”). The article number in Order No. 58 is unknown."
     }
    }
   ],
   "matterFields": {},
   "levels": [
    {
     "id": "general",
     "label": {
      "zh": "一般失信",
      "en": "General"
     },
     "severeList": false,
     "basis": null,
     "provenance": {
      "status": "modelled",
      "note": "Default level of a recorded decision. No level table was found (CREDIT-REVIEW §1.6); the statutes know only 失信/不良 information."
     }
    },
    {
     "id": "serious",
     "label": {
      "zh": "较重失信",
      "en": "Serious"
     },
     "severeList": false,
     "basis": null,
     "when": {
      "match": "any",
      "fineAtLeast": {
       "individual": "5000",
       "unit": "50000"
      },
      "tiers": [
       "heavier"
      ],
      "sanctions": [
       "revoke-license",
       "order-to-stop-work"
      ]
     },
     "provenance": {
      "status": "modelled",
      "note": "No source has a 较重 level. Modelled: a fine at the edition's legal-review amount (个人 5000 元、单位 5 万元), a 从重 tier, or a revoked licence or stop-work order."
     }
    },
    {
     "id": "severe",
     "label": {
      "zh": "严重失信（可列入严重失信名单的候选）",
      "en": "Severe (candidate for a 严重失信 list)"
     },
     "severeList": true,
     "when": {
      "match": "all",
      "domains": [
       "ecology"
      ],
      "harm": [
       "serious"
      ]
     },
     "basis": {
      "shanghai": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第二十五条第二款第（一）项",
       "text": "严重损害自然人身体健康和生命安全的行为"
      },
      "zhejiang": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第二十四条第二款",
       "text": "包括食品药品、生态环境、工程质量、安全生产、消防安全等领域的行政许可或者违法行为"
      }
     },
     "provenance": {
      "status": "modelled",
      "note": "The categories are the regulations' (上海 Art. 25 ¶2(一); 浙江 Art. 24 ¶1(二) and ¶2); which city-management decisions fall in them is modelled: an ecology matter with serious harm. Listing is the agency's own decision after notice, 陈述申辩 and (浙江) a signed 决定书; 国办发〔2020〕49号 (六) forbids lists without a legal basis."
     }
    }
   ],
   "adjacentAreas": [
    {
     "id": "demonstration-zone",
     "name": {
      "zh": "长三角生态绿色一体化发展示范区（青浦、吴江、嘉善）",
      "en": "YRD ecological green integration demonstration zone (Qingpu, Wujiang, Jiashan)"
     },
     "members": [
      "shanghai/qingpu",
      "jiangsu/suzhou",
      "zhejiang/jiaxing"
     ],
     "provenance": {
      "status": "published",
      "source": {
       "title": "示范区范围",
       "url": "https://scholarmate.com/S/e8tenc",
       "note": "示范区 = “上海青浦、江苏吴江、浙江嘉善”"
      },
      "note": "Configuration, not the 实施意见's list (“五区三市” is unknown). The edition's jurisdictions are coarser than the zone: jiangsu/suzhou stands for 吴江, zhejiang/jiaxing for 嘉善."
     }
    },
    {
     "id": "jinshan-pinghu",
     "name": {
      "zh": "张江长三角科技城（平湖—金山）",
      "en": "Zhangjiang YRD science city (Pinghu–Jinshan)"
     },
     "members": [
      "shanghai/jinshan",
      "zhejiang/jiaxing/pinghu"
     ],
     "provenance": {
      "status": "published",
      "source": {
       "title": "张江长三角科技城(平湖—金山)联合行政执法队",
       "url": "https://cgzf.sh.gov.cn/channel_8/20240702/2111ae46dd6b49adbcd90c5f3081dd92.html"
      },
      "note": "Configuration example of a joint enforcement area; these jurisdictions are not in the edition, so no case reaches them yet."
     }
    }
   ],
   "crossRegion": {
    "citations": [
     {
      "law": "sh-social-credit-regulation-2017",
      "article": "第七条第二款",
      "text": "建立区域信用合作机制，推动与其他省（自治区、直辖市）的信用信息共享和信用评价结果互认，加强重点领域跨区域联合激励和惩戒"
     },
     {
      "law": "sh-yrd-demonstration-zone-regulation-2024",
      "article": "第五十三条",
      "text": "支持在示范区建立统一的公共信用信息归集标准，促进公共信用信息跨区域共享"
     }
    ],
    "provenance": {
     "status": "modelled",
     "note": "Only the principle is sourced; how another member of an adjacent area applies a recorded decision is not known. The output lists the areas the case's jurisdiction belongs to and says so."
    }
   },
   "sources": [
    {
     "title": "关于进一步完善失信约束制度 构建诚信建设长效机制的指导意见",
     "documentNumber": "国办发〔2020〕49号",
     "issuer": "国务院办公厅",
     "url": "http://wkg.net.cn/proview/8FD12Q2ZKQM4.html",
     "note": "(六) “设列严重失信主体名单的领域，必须以法律、法规或者党中央、国务院政策文件为依据，任何部门（单位）不得擅自增加或扩展。” (八) before listing: “应当告知当事人认定的理由、依据和依法享有的权利”."
    },
    {
     "title": "长三角区域城市管理社会信用联合奖惩机制研究",
     "issuer": "上海市司法局《政府法制研究》2021年第12期",
     "url": "https://sfj.sh.gov.cn/ztzl_xsqk/20220126/5cd44230a8ef4fe782b589377c963100.html",
     "note": "“由于国家层面至今没有出台失信联合惩戒的相关立法，对于失信联合惩戒的启动条件、方式和程序等内容都没有具体明确的规定”: background for why the levels are modelled."
    }
   ]
  },
  review: {
   "$schema": "../schema/review.schema.json",
   "id": "yrd-2023-review",
   "edition": "yrd-2023",
   "title": {
    "zh": "城管综合执法行政处罚案卷评查标准（模型版，可由软件核查的部分）",
    "en": "Case-file review standard for city-management penalty cases (modelled; the part software can check)"
   },
   "sheet": {
    "form": 20,
    "content": 80,
    "provenance": {
     "status": "published",
     "source": {
      "title": "测绘地理信息行政处罚案卷评查标准",
      "url": "https://m.wenke99.com/d-274835.html",
      "note": "“基本标准中任何一项存在问题，评查总分即为零分。案卷卷面标准为 20 分，案卷内容标准为 80分，按照具体评查内容分别设定每项总分值及扣分标准，扣完为止，不计负分。” Not a city-management standard; the same structure recurs in the published standards found."
     },
     "note": "The veto items + 卷面 20 + 内容 80 structure, 扣完为止 and 不计负分 are sourced; no city-management or YRD standard was found. The 卷面 part (封面, 目录, 页码, 立卷顺序) and evidence sufficiency need a human reviewer and are never scored here."
    }
   },
   "checks": [
    {
     "id": "fine-outside-benchmark",
     "label": {
      "zh": "罚款数额超出裁量基准的阶次幅度",
      "en": "Fine outside the benchmark's tier range"
     },
     "severity": "deduct",
     "points": 10,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十四条",
      "text": "行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权"
     },
     "provenance": {
      "status": "modelled",
      "note": "自由裁量权运用是否适当 is a published review item (余杭 2011 notice; 市行政执法案卷评查暂行办法 第八条); the 10 points are modelled."
     }
    },
    {
     "id": "disposition-contradicts-benchmark",
     "label": {
      "zh": "处理结果与裁量基准相反（应不罚而罚，或应罚而不罚）",
      "en": "Disposition contrary to the benchmark (penalty where none is due, or none where one is)"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第五十七条第一款",
      "text": "确有应受行政处罚的违法行为的，根据情节轻重及具体情况，作出行政处罚决定"
     },
     "provenance": {
      "status": "modelled",
      "note": "适用法律不正确 / 定性不准 is a veto item of the published standards (测绘 基本标准); treating a contrary disposition as such is modelled."
     }
    },
    {
     "id": "first-violation-ignored",
     "label": {
      "zh": "符合首违不罚清单仍予罚款",
      "en": "Fined although the first-violation no-penalty list applies"
     },
     "severity": "deduct",
     "points": 10,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十三条第一款",
      "text": "初次违法且危害后果轻微并及时改正的，可以不予行政处罚"
     },
     "provenance": {
      "status": "modelled",
      "note": "The list is the benchmark's own commitment under Art. 33 ¶1; the 10 points are modelled."
     }
    },
    {
     "id": "penalty-article-not-cited",
     "label": {
      "zh": "决定书未引用处罚依据条款",
      "en": "Decision does not cite the penalty article"
     },
     "severity": "deduct",
     "points": 5,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第五十九条第一款第（三）项",
      "text": "行政处罚的种类和依据"
     },
     "provenance": {
      "status": "modelled",
      "note": "决定书 items are scored per missing item in published sheets (每项扣1分, 测绘 卷面); 5 points for the legal basis is modelled."
     }
    },
    {
     "id": "simple-procedure-not-allowed",
     "label": {
      "zh": "超出简易程序适用范围",
      "en": "Simple procedure used outside its limits"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第五十一条",
      "text": "对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定"
     },
     "provenance": {
      "status": "modelled",
      "note": "程序不合法 is a veto item (测绘 基本标准); mapping this defect to it is modelled."
     }
    },
    {
     "id": "officers-fewer-than-two",
     "label": {
      "zh": "执法人员少于两人或者不具有执法资格",
      "en": "Fewer than two certified officers"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第四十二条第一款",
      "text": "行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人，法律另有规定的除外。"
     },
     "provenance": {
      "status": "published",
      "source": {
       "title": "测绘地理信息行政处罚案卷评查标准",
       "url": "https://m.wenke99.com/d-274835.html",
       "note": "“基本标准中任何一项存在问题，评查总分即为零分。案卷卷面标准为 20 分，案卷内容标准为 80分，按照具体评查内容分别设定每项总分值及扣分标准，扣完为止，不计负分。” Not a city-management standard; the same structure recurs in the published standards found."
      },
      "note": "基本标准 item “执法人员少于 2人” makes the file 不合格; 浙江省一般程序行政处罚案卷评查标准（试行） deducts 100 for 指派不具备执法资格的人员承办."
     }
    },
    {
     "id": "notice-missing-or-late",
     "label": {
      "zh": "作出决定前未告知或者告知晚于决定",
      "en": "No notice of the proposed penalty before the decision"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十二条",
      "text": "行政机关及其执法人员在作出行政处罚决定之前，未依照本法第四十四条、第四十五条的规定向当事人告知拟作出的行政处罚内容及事实、理由、依据，或者拒绝听取当事人的陈述、申辩，不得作出行政处罚决定；当事人明确放弃陈述或者申辩权利的除外。"
     },
     "provenance": {
      "status": "modelled",
      "note": "程序不合法 is a published veto category; mapping a missing notice to it is modelled."
     }
    },
    {
     "id": "legal-review-missing",
     "label": {
      "zh": "应当法制审核而未审核或者审核晚于决定",
      "en": "Legal review required but missing or after the decision"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第五十八条第一款",
      "text": "未经法制审核或者审核未通过的，不得作出决定"
     },
     "provenance": {
      "status": "modelled",
      "note": "Art. 58 forbids the decision (不得作出决定); the veto is modelled. When review is required: the edition's legal-review amounts, a 减轻 decision, or a hearing held (Art. 58 ¶1(二), read as modelled)."
     }
    },
    {
     "id": "hearing-not-offered",
     "label": {
      "zh": "应当告知听证权利而未告知",
      "en": "Hearing right not offered where Art. 63 applies"
     },
     "severity": "deduct",
     "points": 2,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十三条第一款",
      "text": "行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证的权利，当事人要求听证的，行政机关应当组织听证"
     },
     "provenance": {
      "status": "modelled",
      "note": "A published per-defect sheet (issuer unknown) deducts 2 for 告知/听证 not done as required; 较大数额 is the edition's hearing amount, itself modelled."
     }
    },
    {
     "id": "hearing-not-held",
     "label": {
      "zh": "当事人要求听证而未组织听证",
      "en": "Hearing requested but not held"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十三条第一款",
      "text": "当事人要求听证的，行政机关应当组织听证"
     },
     "provenance": {
      "status": "modelled",
      "note": "程序不合法 as a veto for a refused hearing is modelled."
     }
    },
    {
     "id": "hearing-notice-late",
     "label": {
      "zh": "听证通知晚于举行听证七个工作日前",
      "en": "Hearing notice less than seven working days before the hearing"
     },
     "severity": "deduct",
     "points": 2,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十四条第一款第（二）项",
      "text": "行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点"
     },
     "provenance": {
      "status": "modelled",
      "note": "七日 are working days (Art. 85); the 2 points are modelled."
     }
    },
    {
     "id": "decision-overdue",
     "label": {
      "zh": "立案之日起九十日内未作出决定",
      "en": "Decision more than ninety days after the case was opened"
     },
     "severity": "deduct",
     "points": 5,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十条",
      "text": "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。"
     },
     "provenance": {
      "status": "modelled",
      "note": "九十日 are calendar days (Art. 85 covers only 二日/三日/五日/七日); an extension under another rule must be checked by the reviewer; the 5 points are modelled."
     }
    },
    {
     "id": "service-missing",
     "label": {
      "zh": "无送达手续",
      "en": "No record of service"
     },
     "severity": "deduct",
     "points": 2,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十一条第一款",
      "text": "行政处罚决定书应当在宣告后当场交付当事人"
     },
     "provenance": {
      "status": "modelled",
      "note": "A published per-defect sheet (issuer unknown) deducts 2 for 无送达手续; used as an example of point size."
     }
    },
    {
     "id": "service-late",
     "label": {
      "zh": "当事人不在场时未在七个工作日内送达",
      "en": "Decision served more than seven working days after it was pronounced"
     },
     "severity": "deduct",
     "points": 2,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十一条第一款",
      "text": "当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人"
     },
     "provenance": {
      "status": "modelled",
      "note": "七日 are working days (Art. 85); the 2 points are modelled."
     }
    }
   ],
   "grades": [
    {
     "id": "excellent",
     "label": {
      "zh": "优秀",
      "en": "Excellent"
     },
     "minContent": 72
    },
    {
     "id": "pass",
     "label": {
      "zh": "合格",
      "en": "Pass"
     },
     "minContent": 48
    },
    {
     "id": "fail",
     "label": {
      "zh": "不合格",
      "en": "Fail"
     },
     "minContent": 0
    }
   ],
   "gradesProvenance": {
    "status": "modelled",
    "note": "No grade cut-offs were found. Modelled on the content part only: 优秀 from 90 % (72 of 80), 合格 from 60 % (48 of 80); any veto finding makes the file 不合格."
   },
   "decisionPeriod": {
    "days": 90,
    "citation": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第六十条",
     "text": "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定"
    }
   },
   "workingDays": {
    "law": "cn-administrative-penalty-law-2021",
    "article": "第八十五条",
    "text": "本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。"
   }
  }
 },
 "yrd-2025": {
  credit: {
   "$schema": "../schema/credit.schema.json",
   "id": "yrd-2025-credit",
   "edition": "yrd-2025",
   "title": {
    "zh": "长三角毗邻区域行政处罚信用后果政策（模型版，非《长三角毗邻区域信用联合惩戒实施意见》原文）",
    "en": "Credit consequences of penalty decisions in the Yangtze River Delta adjacent areas (modelled; not the text of the adjacent-area joint credit punishment opinion)"
   },
   "knownGaps": [
    {
     "zh": "《长三角毗邻区域信用联合惩戒实施意见》及沪城管执〔2023〕20号的文本未能取得；本文件的信用等级、适用条件和毗邻区域名单均为模型，不是官方文本。",
     "en": "The text of the adjacent-area joint credit punishment opinion and of 沪城管执〔2023〕20号 was not found; this file's credit levels, their conditions and the adjacent-area list are modelled, not official."
    },
    {
     "zh": "未找到上海、浙江、城管或生态环境领域的一般/较重/严重三级失信标准或罚款金额门槛；两部条例均只有失信（不良）信息和严重失信名单两类。",
     "en": "No 一般/较重/严重 level table or fine threshold was found for Shanghai, Zhejiang, city management or ecology; both regulations know only 失信/不良 information and the 严重失信 list."
    },
    {
     "zh": "国家发展改革委令第58号规定公示期限的条文序号未能取得，公示期限依据按该办法执行的公开页面；是否豁免仅受警告、通报批评和较低数额罚款的决定公示，未知，未编入。",
     "en": "The article of NDRC Order No. 58 that sets the publicity windows was not available; the windows follow a published page applying it. Whether decisions with only a warning, a circulated criticism or a small fine are exempt is unknown and not encoded."
    },
    {
     "zh": "两部条例 2017 年以后是否修改未经核对；江苏、安徽的信用条例文本不可得，该两省的决定不作信用结论。",
     "en": "Amendments of both regulations after 2017 were not checked; the Jiangsu and Anhui credit statutes are not available, so no credit conclusion is drawn for decisions there."
    }
   ],
   "regions": [
    {
     "jurisdiction": "shanghai",
     "statute": {
      "zh": "上海市社会信用条例",
      "en": "Shanghai Social Credit Regulation"
     },
     "record": {
      "procedures": [
       "general"
      ],
      "requireFinal": false,
      "excludeMinor": true,
      "excludeHarmReduced": true,
      "harmReducedCircumstances": [
       "eliminated-harm"
      ],
      "minorTiers": [
       "lighter"
      ],
      "citation": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第九条第二款第（四）项",
       "text": "适用一般程序作出的行政处罚信息，但违法行为轻微或者主动消除、减轻违法行为危害后果的除外"
      },
      "note": "违法行为轻微 is the agency's finding; when a decision does not say, this policy reads a 从轻 (lighter) tier as 轻微, as the edition's general rules do for Art. 33 ¶1 (modelled). 主动消除、减轻违法行为危害后果 is the circumstance eliminated-harm (行政处罚法 Art. 32(一))."
     },
     "retention": {
      "years": 5,
      "from": "act-ended",
      "label": {
       "zh": "失信信息查询期限",
       "en": "period during which the adverse information can be queried"
      },
      "citation": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第三十五条",
       "text": "向市公共信用信息服务中心、信用服务机构等申请查询信息主体失信信息的期限为五年，法律、法规和国家另有规定的除外。前款规定的期限自失信行为或者事件终止之日起计算"
      }
     },
     "objection": {
      "markWithin": {
       "days": 1,
       "citation": {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十六条第二款",
        "text": "市公共信用信息服务中心应当在收到异议材料之日起的一个工作日内作出异议标注"
       }
      },
      "transferWithin": {
       "days": 2,
       "citation": {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十六条第二款第（二）项",
        "text": "属于信用信息提供单位更正范围的，应当在收到异议材料之日起的二个工作日内转交信用信息提供单位办理"
       }
      },
      "decideWithin": {
       "days": 5,
       "citation": {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十六条第二款第（二）项",
        "text": "信用信息提供单位应当在收到转交的异议材料之日起的五个工作日内作出是否更正的决定"
       }
      },
      "extendableTo": null
     },
     "repair": {
      "conditions": [
       {
        "zh": "在失信信息查询期限内申请",
        "en": "Within the period the adverse information can be queried"
       },
       {
        "zh": "通过主动履行义务、申请延期、自主解释等方式减少失信损失，消除不利影响",
        "en": "The party reduced the loss and removed the adverse effect, e.g. by fulfilling the obligation, applying for an extension or explaining"
       },
       {
        "zh": "原失信信息提供单位出具信用修复记录的书面证明",
        "en": "The agency that provided the information issues written proof of the repair"
       }
      ],
      "excludedWhenSevereListed": false,
      "removeWithin": {
       "days": 3,
       "citation": {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十八条",
        "text": "市公共信用信息服务平台应当在收到该书面证明之日起的三个工作日内在平台查询界面上删除该失信信息"
       }
      },
      "citations": [
       {
        "law": "sh-social-credit-regulation-2017",
        "article": "第三十八条",
        "text": "在失信信息查询期限内，信息主体通过主动履行义务、申请延期、自主解释等方式减少失信损失，消除不利影响的，原失信信息提供单位可以向市公共信用信息服务中心出具信用修复记录的书面证明"
       }
      ]
     },
     "severeList": {
      "citation": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第二十五条第一款",
       "text": "行政机关根据信息主体严重失信行为的情况，可以建立严重失信主体名单。"
      },
      "procedure": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第二十五条第三款",
       "text": "行政机关公布严重失信主体名单的，应当同时公开名单的列入、移出条件和救济途径。"
      }
     }
    },
    {
     "jurisdiction": "zhejiang",
     "statute": {
      "zh": "浙江省公共信用信息管理条例",
      "en": "Zhejiang Public Credit Information Regulation"
     },
     "record": {
      "procedures": [
       "general"
      ],
      "requireFinal": true,
      "excludeMinor": false,
      "excludeHarmReduced": false,
      "harmReducedCircumstances": [],
      "minorTiers": [],
      "citation": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第十一条第一款第（二）项",
       "text": "在法定期限内未提起行政复议、行政诉讼，或者经行政复议、行政诉讼最终维持原决定的行政处罚信息，但适用简易程序作出的除外"
      },
      "note": "Recorded only once final; the 复议 and 诉讼 periods are in laws not in the collection, so the caller says whether the decision is final."
     },
     "retention": {
      "years": 5,
      "from": "decision",
      "label": {
       "zh": "不良信息保存和披露期限",
       "en": "period the adverse information is kept and disclosed"
      },
      "citation": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第十六条第一款",
       "text": "不良信息的保存和披露期限为五年，自不良行为或者事件认定之日起计算"
      }
     },
     "objection": {
      "markWithin": null,
      "transferWithin": null,
      "decideWithin": {
       "days": 5,
       "citation": {
        "law": "zj-public-credit-information-regulation-2017",
        "article": "第三十一条第一款",
        "text": "省公共信用工作机构、省发展和改革部门应当自受理异议或者复核申请之日起五个工作日内处理完毕"
       }
      },
      "extendableTo": {
       "days": 20,
       "citation": {
        "law": "zj-public-credit-information-regulation-2017",
        "article": "第三十一条第一款",
        "text": "情况复杂的，经省发展和改革部门负责人批准，可以适当延长处理期限，但累计不得超过二十个工作日"
       }
      }
     },
     "repair": {
      "conditions": [
       {
        "zh": "具有主动改正违法行为、消除不良影响等情形",
        "en": "The party has corrected the violation and removed the adverse effect, or the like"
       },
       {
        "zh": "向作出违法行为认定的公共信用信息提供单位提出信用修复申请",
        "en": "The party applies to the agency that found the violation"
       },
       {
        "zh": "符合国家和省信用修复有关规定（具体办法另行制定，未能取得）",
        "en": "The national and provincial repair rules are met (the detailed rules are made separately and were not found)"
       }
      ],
      "excludedWhenSevereListed": true,
      "removeWithin": null,
      "citations": [
       {
        "law": "zj-public-credit-information-regulation-2017",
        "article": "第三十二条第一款",
        "text": "有不良信息的信息主体具有主动改正违法行为、消除不良影响等情形的，可以向作出违法行为认定的公共信用信息提供单位提出信用修复申请"
       },
       {
        "law": "zj-public-credit-information-regulation-2017",
        "article": "第三十二条第二款",
        "text": "信息主体被列入严重失信名单的，不适用前款规定。"
       }
      ],
      "note": "信用修复的具体办法，由省发展和改革部门会同省级公共信用信息提供单位另行制定 (Art. 32 ¶3): not found."
     },
     "severeList": {
      "citation": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第二十四条第一款第（二）项",
       "text": "因损害人身健康和生命安全的行为，严重破坏市场经济秩序和社会管理秩序的行为，或者危害国防利益的行为，而产生的本条例第十一条第二项和第三项规定的信息"
      },
      "procedure": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第二十八条第一款",
       "text": "国家机关依照本条例规定将信息主体列入严重失信名单前，应当告知信息主体列入严重失信名单的理由和依据"
      }
     }
    }
   ],
   "publicity": [
    {
     "id": "ndrc-2019-527",
     "from": null,
     "to": "2023-04-30",
     "windows": [
      {
       "id": "general",
       "label": {
        "zh": "一般失信行为：三个月至一年",
        "en": "General adverse conduct: 3 months to 1 year"
       },
       "minMonths": 3,
       "maxMonths": 12
      },
      {
       "id": "severe",
       "label": {
        "zh": "严重失信行为：六个月至三年",
        "en": "Serious adverse conduct: 6 months to 3 years"
       },
       "minMonths": 6,
       "maxMonths": 36,
       "levels": [
        "severe"
       ]
      }
     ],
     "provenance": {
      "status": "published",
      "source": {
       "title": "发改办财金〔2019〕527号",
       "documentNumber": "发改办财金〔2019〕527号",
       "url": "https://www.0797cx.cn/page37?article_id=15265",
       "note": "“涉及严重失信行为的行政处罚信息自行政处罚决定之日起，在信用网站最短公示期限为六个月，最长公示期限为三年。” The 一般失信 window (3 months–1 year) as applied by an agency in 2022: http://tjj.qdn.gov.cn/tjfw/sxqygs/202204/t20220429_73686150.html"
      },
      "note": "Superseded from 2023-05-01. Which of this policy's levels counts as 严重失信行为 is modelled (the severe level)."
     }
    },
    {
     "id": "ndrc-58",
     "from": "2023-05-01",
     "to": null,
     "windows": [
      {
       "id": "penalty",
       "label": {
        "zh": "行政处罚信息：最短三个月，最长三年",
        "en": "Penalty information: at least 3 months, at most 3 years"
       },
       "minMonths": 3,
       "maxMonths": 36
      },
      {
       "id": "safety-fields",
       "label": {
        "zh": "特种设备、安全生产、消防领域：最短一年",
        "en": "Special equipment, work safety, fire safety: at least 1 year"
       },
       "minMonths": 12,
       "maxMonths": 36,
       "fields": [
        "special-equipment",
        "work-safety",
        "fire-safety"
       ]
      }
     ],
     "provenance": {
      "status": "published",
      "source": {
       "title": "失信行为纠正后的信用信息修复管理办法（试行）",
       "documentNumber": "国家发展改革委令第58号",
       "issuer": "国家发展和改革委员会",
       "date": "2023-01-13",
       "url": "http://www.senqisrq.com/xxgk/ztzl/sgs/index.html",
       "note": "As applied by a Shenzhen 住建 repair page following Order No. 58: “对于列入行政处罚信息公示的，最短公示期为三个月，最长公示期为三年。最短公示期届满后，方可按规定申请提前终止公示。最长公示期届满后，相关信息自动停止公示。” “对于特种设备、安全生产、消防领域的行政处罚信息，最短公示期为一年。” “同一行政处罚决定涉及多种处罚类型的，其公示期限以期限最长的类型为准。行政处罚信息的公示期限起点以行政处罚作出时间为准。”"
      },
      "note": "In force from 2023-05-01 (“自2023年5月1日起施行”). The article number in Order No. 58 is unknown."
     }
    }
   ],
   "matterFields": {},
   "levels": [
    {
     "id": "general",
     "label": {
      "zh": "一般失信",
      "en": "General"
     },
     "severeList": false,
     "basis": null,
     "provenance": {
      "status": "modelled",
      "note": "Default level of a recorded decision. No level table was found (CREDIT-REVIEW §1.6); the statutes know only 失信/不良 information."
     }
    },
    {
     "id": "serious",
     "label": {
      "zh": "较重失信",
      "en": "Serious"
     },
     "severeList": false,
     "basis": null,
     "when": {
      "match": "any",
      "fineAtLeast": {
       "individual": "5000",
       "unit": "50000"
      },
      "tiers": [
       "heavier"
      ],
      "sanctions": [
       "revoke-license",
       "order-to-stop-work"
      ]
     },
     "provenance": {
      "status": "modelled",
      "note": "No source has a 较重 level. Modelled: a fine at the edition's legal-review amount (个人 5000 元、单位 5 万元), a 从重 tier, or a revoked licence or stop-work order."
     }
    },
    {
     "id": "severe",
     "label": {
      "zh": "严重失信（可列入严重失信名单的候选）",
      "en": "Severe (candidate for a 严重失信 list)"
     },
     "severeList": true,
     "when": {
      "match": "all",
      "domains": [
       "ecology"
      ],
      "harm": [
       "serious"
      ]
     },
     "basis": {
      "shanghai": {
       "law": "sh-social-credit-regulation-2017",
       "article": "第二十五条第二款第（一）项",
       "text": "严重损害自然人身体健康和生命安全的行为"
      },
      "zhejiang": {
       "law": "zj-public-credit-information-regulation-2017",
       "article": "第二十四条第二款",
       "text": "包括食品药品、生态环境、工程质量、安全生产、消防安全等领域的行政许可或者违法行为"
      }
     },
     "provenance": {
      "status": "modelled",
      "note": "The categories are the regulations' (上海 Art. 25 ¶2(一); 浙江 Art. 24 ¶1(二) and ¶2); which city-management decisions fall in them is modelled: an ecology matter with serious harm. Listing is the agency's own decision after notice, 陈述申辩 and (浙江) a signed 决定书; 国办发〔2020〕49号 (六) forbids lists without a legal basis."
     }
    }
   ],
   "adjacentAreas": [
    {
     "id": "demonstration-zone",
     "name": {
      "zh": "长三角生态绿色一体化发展示范区（青浦、吴江、嘉善）",
      "en": "YRD ecological green integration demonstration zone (Qingpu, Wujiang, Jiashan)"
     },
     "members": [
      "shanghai/qingpu",
      "jiangsu/suzhou",
      "zhejiang/jiaxing"
     ],
     "provenance": {
      "status": "published",
      "source": {
       "title": "示范区范围",
       "url": "https://scholarmate.com/S/e8tenc",
       "note": "示范区 = “上海青浦、江苏吴江、浙江嘉善”"
      },
      "note": "Configuration, not the 实施意见's list (“五区三市” is unknown). The edition's jurisdictions are coarser than the zone: jiangsu/suzhou stands for 吴江, zhejiang/jiaxing for 嘉善."
     }
    },
    {
     "id": "jinshan-pinghu",
     "name": {
      "zh": "张江长三角科技城（平湖—金山）",
      "en": "Zhangjiang YRD science city (Pinghu–Jinshan)"
     },
     "members": [
      "shanghai/jinshan",
      "zhejiang/jiaxing/pinghu"
     ],
     "provenance": {
      "status": "published",
      "source": {
       "title": "张江长三角科技城(平湖—金山)联合行政执法队",
       "url": "https://cgzf.sh.gov.cn/channel_8/20240702/2111ae46dd6b49adbcd90c5f3081dd92.html"
      },
      "note": "Configuration example of a joint enforcement area; these jurisdictions are not in the edition, so no case reaches them yet."
     }
    }
   ],
   "crossRegion": {
    "citations": [
     {
      "law": "sh-social-credit-regulation-2017",
      "article": "第七条第二款",
      "text": "建立区域信用合作机制，推动与其他省（自治区、直辖市）的信用信息共享和信用评价结果互认，加强重点领域跨区域联合激励和惩戒"
     },
     {
      "law": "sh-yrd-demonstration-zone-regulation-2024",
      "article": "第五十三条",
      "text": "支持在示范区建立统一的公共信用信息归集标准，促进公共信用信息跨区域共享"
     }
    ],
    "provenance": {
     "status": "modelled",
     "note": "Only the principle is sourced; how another member of an adjacent area applies a recorded decision is not known. The output lists the areas the case's jurisdiction belongs to and says so."
    }
   },
   "sources": [
    {
     "title": "关于进一步完善失信约束制度 构建诚信建设长效机制的指导意见",
     "documentNumber": "国办发〔2020〕49号",
     "issuer": "国务院办公厅",
     "url": "http://wkg.net.cn/proview/8FD12Q2ZKQM4.html",
     "note": "(六) “设列严重失信主体名单的领域，必须以法律、法规或者党中央、国务院政策文件为依据，任何部门（单位）不得擅自增加或扩展。” (八) before listing: “应当告知当事人认定的理由、依据和依法享有的权利”."
    },
    {
     "title": "长三角区域城市管理社会信用联合奖惩机制研究",
     "issuer": "上海市司法局《政府法制研究》2021年第12期",
     "url": "https://sfj.sh.gov.cn/ztzl_xsqk/20220126/5cd44230a8ef4fe782b589377c963100.html",
     "note": "“由于国家层面至今没有出台失信联合惩戒的相关立法，对于失信联合惩戒的启动条件、方式和程序等内容都没有具体明确的规定”: background for why the levels are modelled."
    }
   ]
  },
  review: {
   "$schema": "../schema/review.schema.json",
   "id": "yrd-2025-review",
   "edition": "yrd-2025",
   "title": {
    "zh": "城管综合执法行政处罚案卷评查标准（模型版，可由软件核查的部分）",
    "en": "Case-file review standard for city-management penalty cases (modelled; the part software can check)"
   },
   "sheet": {
    "form": 20,
    "content": 80,
    "provenance": {
     "status": "published",
     "source": {
      "title": "测绘地理信息行政处罚案卷评查标准",
      "url": "https://m.wenke99.com/d-274835.html",
      "note": "“基本标准中任何一项存在问题，评查总分即为零分。案卷卷面标准为 20 分，案卷内容标准为 80分，按照具体评查内容分别设定每项总分值及扣分标准，扣完为止，不计负分。” Not a city-management standard; the same structure recurs in the published standards found."
     },
     "note": "The veto items + 卷面 20 + 内容 80 structure, 扣完为止 and 不计负分 are sourced; no city-management or YRD standard was found. The 卷面 part (封面, 目录, 页码, 立卷顺序) and evidence sufficiency need a human reviewer and are never scored here."
    }
   },
   "checks": [
    {
     "id": "fine-outside-benchmark",
     "label": {
      "zh": "罚款数额超出裁量基准的阶次幅度",
      "en": "Fine outside the benchmark's tier range"
     },
     "severity": "deduct",
     "points": 10,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十四条",
      "text": "行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权"
     },
     "provenance": {
      "status": "modelled",
      "note": "自由裁量权运用是否适当 is a published review item (余杭 2011 notice; 市行政执法案卷评查暂行办法 第八条); the 10 points are modelled."
     }
    },
    {
     "id": "disposition-contradicts-benchmark",
     "label": {
      "zh": "处理结果与裁量基准相反（应不罚而罚，或应罚而不罚）",
      "en": "Disposition contrary to the benchmark (penalty where none is due, or none where one is)"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第五十七条第一款",
      "text": "确有应受行政处罚的违法行为的，根据情节轻重及具体情况，作出行政处罚决定"
     },
     "provenance": {
      "status": "modelled",
      "note": "适用法律不正确 / 定性不准 is a veto item of the published standards (测绘 基本标准); treating a contrary disposition as such is modelled."
     }
    },
    {
     "id": "first-violation-ignored",
     "label": {
      "zh": "符合首违不罚清单仍予罚款",
      "en": "Fined although the first-violation no-penalty list applies"
     },
     "severity": "deduct",
     "points": 10,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第三十三条第一款",
      "text": "初次违法且危害后果轻微并及时改正的，可以不予行政处罚"
     },
     "provenance": {
      "status": "modelled",
      "note": "The list is the benchmark's own commitment under Art. 33 ¶1; the 10 points are modelled."
     }
    },
    {
     "id": "penalty-article-not-cited",
     "label": {
      "zh": "决定书未引用处罚依据条款",
      "en": "Decision does not cite the penalty article"
     },
     "severity": "deduct",
     "points": 5,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第五十九条第一款第（三）项",
      "text": "行政处罚的种类和依据"
     },
     "provenance": {
      "status": "modelled",
      "note": "决定书 items are scored per missing item in published sheets (每项扣1分, 测绘 卷面); 5 points for the legal basis is modelled."
     }
    },
    {
     "id": "simple-procedure-not-allowed",
     "label": {
      "zh": "超出简易程序适用范围",
      "en": "Simple procedure used outside its limits"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第五十一条",
      "text": "对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定"
     },
     "provenance": {
      "status": "modelled",
      "note": "程序不合法 is a veto item (测绘 基本标准); mapping this defect to it is modelled."
     }
    },
    {
     "id": "officers-fewer-than-two",
     "label": {
      "zh": "执法人员少于两人或者不具有执法资格",
      "en": "Fewer than two certified officers"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第四十二条第一款",
      "text": "行政处罚应当由具有行政执法资格的执法人员实施。执法人员不得少于两人，法律另有规定的除外。"
     },
     "provenance": {
      "status": "published",
      "source": {
       "title": "测绘地理信息行政处罚案卷评查标准",
       "url": "https://m.wenke99.com/d-274835.html",
       "note": "“基本标准中任何一项存在问题，评查总分即为零分。案卷卷面标准为 20 分，案卷内容标准为 80分，按照具体评查内容分别设定每项总分值及扣分标准，扣完为止，不计负分。” Not a city-management standard; the same structure recurs in the published standards found."
      },
      "note": "基本标准 item “执法人员少于 2人” makes the file 不合格; 浙江省一般程序行政处罚案卷评查标准（试行） deducts 100 for 指派不具备执法资格的人员承办."
     }
    },
    {
     "id": "notice-missing-or-late",
     "label": {
      "zh": "作出决定前未告知或者告知晚于决定",
      "en": "No notice of the proposed penalty before the decision"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十二条",
      "text": "行政机关及其执法人员在作出行政处罚决定之前，未依照本法第四十四条、第四十五条的规定向当事人告知拟作出的行政处罚内容及事实、理由、依据，或者拒绝听取当事人的陈述、申辩，不得作出行政处罚决定；当事人明确放弃陈述或者申辩权利的除外。"
     },
     "provenance": {
      "status": "modelled",
      "note": "程序不合法 is a published veto category; mapping a missing notice to it is modelled."
     }
    },
    {
     "id": "legal-review-missing",
     "label": {
      "zh": "应当法制审核而未审核或者审核晚于决定",
      "en": "Legal review required but missing or after the decision"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第五十八条第一款",
      "text": "未经法制审核或者审核未通过的，不得作出决定"
     },
     "provenance": {
      "status": "modelled",
      "note": "Art. 58 forbids the decision (不得作出决定); the veto is modelled. When review is required: the edition's legal-review amounts, a 减轻 decision, or a hearing held (Art. 58 ¶1(二), read as modelled)."
     }
    },
    {
     "id": "hearing-not-offered",
     "label": {
      "zh": "应当告知听证权利而未告知",
      "en": "Hearing right not offered where Art. 63 applies"
     },
     "severity": "deduct",
     "points": 2,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十三条第一款",
      "text": "行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证的权利，当事人要求听证的，行政机关应当组织听证"
     },
     "provenance": {
      "status": "modelled",
      "note": "A published per-defect sheet (issuer unknown) deducts 2 for 告知/听证 not done as required; 较大数额 is the edition's hearing amount, itself modelled."
     }
    },
    {
     "id": "hearing-not-held",
     "label": {
      "zh": "当事人要求听证而未组织听证",
      "en": "Hearing requested but not held"
     },
     "severity": "veto",
     "points": 0,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十三条第一款",
      "text": "当事人要求听证的，行政机关应当组织听证"
     },
     "provenance": {
      "status": "modelled",
      "note": "程序不合法 as a veto for a refused hearing is modelled."
     }
    },
    {
     "id": "hearing-notice-late",
     "label": {
      "zh": "听证通知晚于举行听证七个工作日前",
      "en": "Hearing notice less than seven working days before the hearing"
     },
     "severity": "deduct",
     "points": 2,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十四条第一款第（二）项",
      "text": "行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点"
     },
     "provenance": {
      "status": "modelled",
      "note": "七日 are working days (Art. 85); the 2 points are modelled."
     }
    },
    {
     "id": "decision-overdue",
     "label": {
      "zh": "立案之日起九十日内未作出决定",
      "en": "Decision more than ninety days after the case was opened"
     },
     "severity": "deduct",
     "points": 5,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十条",
      "text": "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。法律、法规、规章另有规定的，从其规定。"
     },
     "provenance": {
      "status": "modelled",
      "note": "九十日 are calendar days (Art. 85 covers only 二日/三日/五日/七日); an extension under another rule must be checked by the reviewer; the 5 points are modelled."
     }
    },
    {
     "id": "service-missing",
     "label": {
      "zh": "无送达手续",
      "en": "No record of service"
     },
     "severity": "deduct",
     "points": 2,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十一条第一款",
      "text": "行政处罚决定书应当在宣告后当场交付当事人"
     },
     "provenance": {
      "status": "modelled",
      "note": "A published per-defect sheet (issuer unknown) deducts 2 for 无送达手续; used as an example of point size."
     }
    },
    {
     "id": "service-late",
     "label": {
      "zh": "当事人不在场时未在七个工作日内送达",
      "en": "Decision served more than seven working days after it was pronounced"
     },
     "severity": "deduct",
     "points": 2,
     "citation": {
      "law": "cn-administrative-penalty-law-2021",
      "article": "第六十一条第一款",
      "text": "当事人不在场的，行政机关应当在七日内依照《中华人民共和国民事诉讼法》的有关规定，将行政处罚决定书送达当事人"
     },
     "provenance": {
      "status": "modelled",
      "note": "七日 are working days (Art. 85); the 2 points are modelled."
     }
    }
   ],
   "grades": [
    {
     "id": "excellent",
     "label": {
      "zh": "优秀",
      "en": "Excellent"
     },
     "minContent": 72
    },
    {
     "id": "pass",
     "label": {
      "zh": "合格",
      "en": "Pass"
     },
     "minContent": 48
    },
    {
     "id": "fail",
     "label": {
      "zh": "不合格",
      "en": "Fail"
     },
     "minContent": 0
    }
   ],
   "gradesProvenance": {
    "status": "modelled",
    "note": "No grade cut-offs were found. Modelled on the content part only: 优秀 from 90 % (72 of 80), 合格 from 60 % (48 of 80); any veto finding makes the file 不合格."
   },
   "decisionPeriod": {
    "days": 90,
    "citation": {
     "law": "cn-administrative-penalty-law-2021",
     "article": "第六十条",
     "text": "行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定"
    }
   },
   "workingDays": {
    "law": "cn-administrative-penalty-law-2021",
    "article": "第八十五条",
    "text": "本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。"
   }
  }
 }
};
