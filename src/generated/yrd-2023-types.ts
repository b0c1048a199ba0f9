// Generated from rules/yrd-2023 by `npm run generate`; do not edit.

/** The matter ids of the bundled yrd-2023 edition. */
export type Yrd2023MatterId =
  | "cityscape.dumping-garbage"
  | "cityscape.hanging-on-public-facilities"
  | "cityscape.illegal-posting"
  | "cityscape.landscape-lighting-off"
  | "cityscape.littering"
  | "cityscape.muck-vehicle-spill"
  | "cityscape.muck-vehicle-uncovered"
  | "cityscape.out-of-store-business"
  | "cityscape.outdoor-facility-unmaintained"
  | "cityscape.pet-feces"
  | "cityscape.poultry-raising"
  | "cityscape.public-space-stacking"
  | "cityscape.roadside-car-wash"
  | "cityscape.sanitation-facility-damage"
  | "cityscape.site-facilities-missing"
  | "cityscape.site-publicity-missing"
  | "cityscape.site-stacking-outside-enclosure"
  | "cityscape.special-waste-littering"
  | "cityscape.spitting-urinating"
  | "cityscape.street-vending"
  | "cityscape.unapproved-outdoor-ad"
  | "cityscape.unapproved-outdoor-sign"
  | "cityscape.waste-missorting"
  | "ecology.bulk-transport-uncovered"
  | "ecology.burning-toxic-materials"
  | "ecology.commercial-loudspeaker"
  | "ecology.construction-dust"
  | "ecology.construction-waste-dumping"
  | "ecology.construction-waste-no-permit"
  | "ecology.domestic-waste-dumping"
  | "ecology.green-space-occupation"
  | "ecology.green-space-temporary-use"
  | "ecology.greenery-damage"
  | "ecology.illegal-tree-felling"
  | "ecology.illegal-tree-moving"
  | "ecology.muck-transport-no-license"
  | "ecology.muck-vehicle-marking-device"
  | "ecology.night-construction-noise"
  | "ecology.open-air-barbecue"
  | "ecology.open-burning-leaves"
  | "ecology.open-burning"
  | "ecology.public-activity-noise"
  | "ecology.renovation-waste-misplaced"
  | "ecology.restaurant-fume"
  | "ecology.temporary-construction"
  | "ecology.unpermitted-construction";

/** The jurisdiction ids of the bundled yrd-2023 edition. */
export type Yrd2023JurisdictionId = "shanghai" | "shanghai/qingpu" | "zhejiang" | "zhejiang/jiaxing" | "jiangsu" | "jiangsu/suzhou" | "anhui";

/** The circumstance ids of the bundled yrd-2023 edition's catalogue. */
export type Yrd2023CircumstanceId =
  | "eliminated-harm"
  | "coerced"
  | "confessed"
  | "meritorious"
  | "other-statutory-mitigation"
  | "voluntarily-stopped"
  | "minor-role"
  | "evaded-inspection"
  | "serious-impact"
  | "destroyed-evidence";

/** Each matter's facts in the bundled yrd-2023 edition, by matter id: what a case's `facts` holds. */
export type Yrd2023Facts = {
  /** 乱倒垃圾、污水、粪便，乱扔动物尸体等废弃物 / Dumping garbage, sewage or excrement, or discarding animal carcasses */
  "cityscape.dumping-garbage": {
    /** 乱倒废弃物数量 / Volume dumped: a number in m³ (立方米), from 0. */
    volume: number;
    /** 装运垃圾乱倒 / Waste carried in a vehicle and dumped: true or false. */
    transportedWaste: boolean;
  };
  /** 在道路及其他公共场所的树木和护栏、路牌、电线杆等设施上吊挂、晾晒物品 / Hanging or drying things on trees, railings, road signs or poles in roads and public places */
  "cityscape.hanging-on-public-facilities": {
    /** 发生地点 / Location: `ordinary` 一般道路、公共场所; `key-area` 主要道路两侧和景观区域. */
    location: "ordinary" | "key-area";
  };
  /** 擅自张贴、悬挂宣传品或者标语，刻画、涂写 / Unauthorised posting or hanging of publicity material or slogans, carving or graffiti */
  "cityscape.illegal-posting": {
    /** 张贴、悬挂、刻画、涂写的数量 / Number of items posted, hung, carved or painted: a whole number in places (处), from 1. */
    itemCount: number;
    /** 利用或者组织张贴、刻画、涂写、悬挂或者以其他形式发布宣传品、标语进行宣传 / Used or organised the posting, carving, painting or hanging to publicise: true or false. */
    organisedPublicity: boolean;
  };
  /** 景观灯光设施未保持完好或者未按照规定的时间开启 / Landscape lighting not kept in working order or not switched on at the set times */
  "cityscape.landscape-lighting-off": {
    /** 未开启或者不完好的范围 / Extent of the lighting off or defective: `partial` 部分景观灯光未开启或者不完好; `whole` 景观灯光整体未开启. */
    scope: "partial" | "whole";
  };
  /** 乱扔果皮、纸屑、烟蒂、饮料罐、口香糖等废弃物 / Littering (peel, paper, cigarette ends, cans, chewing gum) */
  "cityscape.littering": {
    /** 发生地点 / Location: `ordinary` 一般区域（小街小巷等）; `key-area` 主要街道、窗口地段、景观区域. */
    location: "ordinary" | "key-area";
  };
  /** 运输水泥、砂石、泥浆、垃圾、粪便、渣土等的车船泄漏、散落或者飞扬，拒不清除 / Load leaking, spilling or blowing from a vehicle or vessel carrying cement, sand, mud, waste, excrement or muck, and not cleared */
  "cityscape.muck-vehicle-spill": {
    /** 泄漏、散落污染面积 / Area soiled by the spill: a number in m² (平方米), from 0. */
    pollutedArea: number;
  };
  /** 运输水泥、砂石、泥浆、垃圾、粪便、渣土等的车船未采取密闭或者覆盖措施 / Vehicles or vessels carrying cement, sand, mud, waste, excrement or muck without being sealed or covered */
  "cityscape.muck-vehicle-uncovered": {
    /** 密闭、覆盖情况 / Sealing or cover: `partial` 已采取措施但密闭、覆盖不严; `none` 未采取任何密闭或者覆盖措施. */
    coverage: "partial" | "none";
  };
  /** 沿街和广场周围的经营者超出门窗和外墙经营 / Street-front or square-side business spilling beyond its doors, windows and outer walls */
  "cityscape.out-of-store-business": {
    /** 店外经营占用面积 / Area used outside the shop: a number in m² (平方米), from 0. */
    occupiedArea: number;
  };
  /** 户外设施图案、文字、灯光显示不全或者破损、污浊、腐蚀、陈旧，设置者未修复 / Outdoor facility with incomplete display or damaged, dirty, corroded or worn, not repaired by the owner */
  "cityscape.outdoor-facility-unmaintained": {
    /** 设施所在地点 / Location of the facility: `ordinary` 一般道路、公共场所; `key-area` 主要道路两侧和景观区域. */
    location: "ordinary" | "key-area";
  };
  /** 饲养人未即时清除宠物在道路和其他公共场所产生的粪便 / Pet owner not clearing up the pet's excrement on roads or in public places at once */
  "cityscape.pet-feces": {
    /** 发生地点 / Location: `ordinary` 一般道路、公共场所; `key-area` 主要道路两侧、景观区域和公园广场. */
    location: "ordinary" | "key-area";
  };
  /** 居民在城市化地区（城市建成区）饲养鸡、鸭、鹅、兔等家禽家畜和食用鸽 / Resident keeping chickens, ducks, geese, rabbits or other poultry and livestock, or meat pigeons, in the urban area */
  "cityscape.poultry-raising": {
    /** 饲养数量 / Number of animals: a whole number in animals (只), from 1. */
    animals: number;
  };
  /** 擅自占用道路、桥梁、人行天桥、地下通道及其他公共场所堆放物品 / Stacking goods on roads, bridges, footbridges, underpasses or other public places without approval */
  "cityscape.public-space-stacking": {
    /** 堆放物品占用面积 / Area taken by the stacked goods: a number in m² (平方米), from 0. */
    occupiedArea: number;
  };
  /** 占用道路、广场从事经营性车辆清洗活动 / Commercial car washing on a road or square */
  "cityscape.roadside-car-wash": {
    /** 占用道路、广场面积 / Area of road or square occupied: a number in m² (平方米), from 0. */
    occupiedArea: number;
  };
  /** 占用、损毁或者擅自拆除、迁移、封闭生活垃圾处置设施以外的环境卫生设施 / Occupying, damaging, or removing, relocating or closing without approval a sanitation facility other than a domestic-waste disposal facility */
  "cityscape.sanitation-facility-damage": {
    /** 行为方式 / Conduct: `occupied` 占用（侵占）环境卫生设施，设施未受损; `damaged-or-removed` 损毁（损坏）或者擅自拆除、迁移、封闭（关闭）环境卫生设施. */
    conduct: "occupied" | "damaged-or-removed";
  };
  /** 施工单位未按规定在建设工地设置临时厕所和生活垃圾收集容器 / Contractor failed to provide the required site toilets and domestic-waste containers */
  "cityscape.site-facilities-missing": {
    /** 设置情况 / What is missing: `partial` 已设置但不符合规定要求，或者只设置了其中一项; `none` 临时厕所和生活垃圾收集容器均未设置. */
    deficiency: "partial" | "none";
  };
  /** 施工单位未按照要求在建设工程施工现场进行公示 / Contractor failed to post the required notice at the construction site */
  "cityscape.site-publicity-missing": {
    /** 公示情况 / Site notice: `incomplete` 已公示但事项不全或者未在显著位置公示; `none` 未进行公示. */
    publicity: "incomplete" | "none";
  };
  /** 施工单位擅自在建设工地围栏外堆放建筑垃圾、工程渣土和建筑材料 / Contractor stacking construction waste, muck or materials outside the site enclosure without approval */
  "cityscape.site-stacking-outside-enclosure": {
    /** 围栏外堆放占地面积 / Area stacked outside the enclosure: a number in m² (平方米), from 0. */
    stackedArea: number;
  };
  /** 乱丢废电池等实行单独收集的特殊废弃物 / Dropping waste batteries or other separately collected special waste */
  "cityscape.special-waste-littering": {
    /** 发生地点 / Location: `ordinary` 一般区域（小街小巷等）; `key-area` 主要街道、窗口地段、景观区域. */
    location: "ordinary" | "key-area";
  };
  /** 随地吐痰、便溺 / Spitting, urinating or defecating in public */
  "cityscape.spitting-urinating": {
    /** 行为方式 / Conduct: `spitting` 随地吐痰; `urinating` 随地便溺. */
    conduct: "spitting" | "urinating";
    /** 发生地点 / Location: `ordinary` 一般区域（小街小巷等）; `key-area` 主要街道、窗口地段、景观区域. */
    location: "ordinary" | "key-area";
  };
  /** 占用道路、桥梁、人行天桥、地下通道及其他公共场所设摊经营、兜售物品 / Street vending or hawking on roads, bridges, footbridges, underpasses or other public places */
  "cityscape.street-vending": {
    /** 发生地点 / Location: `ordinary` 一般道路、公共场所; `key-area` 主要道路、景观区域、人行天桥、地下通道及轨道交通站点周边. */
    location: "ordinary" | "key-area";
  };
  /** 未按照批准的要求（不符合城市容貌标准）设置户外广告设施 / Outdoor advertising facility not set up as approved (not meeting the city-appearance standard) */
  "cityscape.unapproved-outdoor-ad": {
    /** 违规户外广告设施面积 / Area of the non-conforming advertising facility: a number in m² (平方米), from 0. */
    facilityArea: number;
  };
  /** 未按照批准的要求（不符合城市容貌标准）设置户外广告设施以外的其他户外设施（招牌、标牌、灯箱等） / Outdoor facility other than advertising (shop sign, nameplate, light box …) not set up as approved (not meeting the city-appearance standard) */
  "cityscape.unapproved-outdoor-sign": {
    /** 违规户外设施面积 / Area of the non-conforming facility: a number in m² (平方米), from 0. */
    facilityArea: number;
  };
  /** 未按规定分类投放生活垃圾 / Domestic waste not sorted into the right containers */
  "cityscape.waste-missorting": {
    /** 混合投放情况 / What was mixed: `hazardous-mixed` 有害垃圾与可回收物、湿垃圾（易腐垃圾）、干垃圾（其他垃圾）混合投放; `wet-mixed` 湿垃圾（易腐垃圾）与可回收物、干垃圾（其他垃圾）混合投放; `other` 其他未分类投放（如可回收物与干垃圾（其他垃圾）混合投放）. */
    mixture: "hazardous-mixed" | "wet-mixed" | "other";
    /** 情节严重 / Serious circumstances: true or false. */
    serious: boolean;
  };
  /** 运输散装、流体物料的车辆未采取密闭或者其他措施防止物料遗撒 / Vehicle carrying bulk or fluid material without sealing or other measures against spillage */
  "ecology.bulk-transport-uncovered": {
    /** 遗撒路段长度 / Length of road with spilled material: a number in m (米), from 0. */
    spillLength: number;
  };
  /** 焚烧沥青、油毡、橡胶、塑料、皮革、垃圾等产生有毒有害烟尘和恶臭气体的物质 / Burning asphalt, linoleum, rubber, plastics, leather, garbage or other material giving off toxic smoke or foul gas */
  "ecology.burning-toxic-materials": {
    /** 焚烧面积 / Area burned: a number in m² (平方米), from 0. */
    burnArea: number;
  };
  /** 在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传 / Advertising in commercial business with loudspeakers or other continuous, repeated loud noise */
  "ecology.commercial-loudspeaker": {
    /** 查实的违法天数 / Days on which the act is established: a whole number in days (天), from 1. */
    days: number;
  };
  /** 施工单位未采取有效防尘降尘措施（施工工地扬尘） / Construction contractor failing to take effective dust-control measures on site */
  "ecology.construction-dust": {
    /** 未采取防尘措施的面积 / Area left without dust control: a number in m² (平方米), from 0. */
    exposedArea: number;
    /** 周边有敏感建筑 / Sensitive buildings nearby: true or false. */
    sensitiveNearby: boolean;
  };
  /** 擅自倾倒、堆放、处置建筑垃圾、工程渣土 / Dumping, stockpiling or disposing of construction waste or excavated soil without authorisation */
  "ecology.construction-waste-dumping": {
    /** 倾倒、堆放、处置数量 / Volume dumped: a number in m³ (立方米), from 0. */
    volume: number;
    /** 情节严重 / Serious circumstances: true or false. */
    serious: boolean;
    /** 当事人为运输单位 / The party is a transport unit: true or false. */
    transportUnit: boolean;
  };
  /** 产生建筑垃圾、工程渣土的单位未申报、未取得处置证或者委托无运输许可证的单位运输 / Unit producing construction waste or excavated soil without declaring it, without a disposal certificate, or using an unlicensed carrier */
  "ecology.construction-waste-no-permit": {
    /** 建筑垃圾、工程渣土数量 / Volume of construction waste or soil: a number in m³ (立方米), from 0. */
    volume: number;
  };
  /** 随意倾倒、抛撒、堆放或者焚烧生活垃圾 / Dumping, scattering, stockpiling or burning household waste at random */
  "ecology.domestic-waste-dumping": {
    /** 生活垃圾数量 / Volume of household waste: a number in m³ (立方米), from 0. */
    volume: number;
    /** 有违法所得 / Illegal gains: true or false. */
    illegalGains: boolean;
  };
  /** 未经许可占用绿地 / Occupying green space without permission */
  "ecology.green-space-occupation": {
    /** 占用绿地面积 / Green-space area occupied: a number in m² (平方米), from 0.01. */
    area: number;
    /** 绿地类别 / Kind of green space: `public` 公共绿地; `other` 其他绿地（单位附属绿地、居住区绿地等）. */
    greenSpaceKind: "public" | "other";
  };
  /** 未经许可临时使用绿地 / Temporary use of green space without permission */
  "ecology.green-space-temporary-use": {
    /** 临时使用天数 / Days of use: a whole number in days (日), from 1. */
    days: number;
    /** 临时使用绿地面积 / Green-space area used: a number in m² (平方米), from 0.01. */
    area: number;
  };
  /** 损坏绿化或者绿化设施 / Damaging greenery or greening facilities */
  "ecology.greenery-damage": {
    /** 绿化或绿化设施补偿标准金额 / Compensation standard amount for the greenery or facilities: an amount in 元 as a decimal string, e.g. "12000.50". */
    compensationStandard: string;
    /** 受损绿地面积 / Green area damaged: a number in m² (平方米), from 0. */
    damagedArea: number;
    /** 受损树木数量 / Trees damaged: a whole number in trees (株), from 0. */
    treesDamaged: number;
  };
  /** 擅自砍伐树木 / Felling trees without approval */
  "ecology.illegal-tree-felling": {
    /** 绿化补偿标准金额 / Greening compensation standard amount: an amount in 元 as a decimal string, e.g. "12000.50". */
    compensationStandard: string;
    /** 砍伐树木数量 / Number of trees felled: a whole number in trees (株), from 1. */
    treeCount: number;
    /** 被砍伐树木的最大胸径 / Largest trunk diameter at breast height: a number in cm (厘米), from 0. */
    trunkDiameter: number;
  };
  /** 擅自迁移树木 / Moving trees without approval */
  "ecology.illegal-tree-moving": {
    /** 绿化补偿标准金额 / Greening compensation standard amount: an amount in 元 as a decimal string, e.g. "12000.50". */
    compensationStandard: string;
    /** 迁移树木数量 / Number of trees moved: a whole number in trees (株), from 1. */
    treeCount: number;
    /** 被迁移树木的最大胸径 / Largest trunk diameter at breast height: a number in cm (厘米), from 0. */
    trunkDiameter: number;
  };
  /** 承运建筑垃圾、工程渣土的单位未取得运输许可证，或者承运未取得处置证的单位产生的建筑垃圾、工程渣土 / Carrier transporting construction waste or excavated soil without a transport licence, or for a producer without a disposal certificate */
  "ecology.muck-transport-no-license": {
    /** 违法情形 / Conduct: `unlicensed` 未取得建筑垃圾、工程渣土运输许可证承运; `unpermitted-waste` 持证运输单位承运未取得处置证的单位产生的建筑垃圾、工程渣土. */
    conduct: "unlicensed" | "unpermitted-waste";
    /** 查实运输车次 / Loads carried: a whole number in loads (车次), from 1. */
    trips: number;
    /** 情节严重 / Serious circumstances: true or false. */
    serious: boolean;
  };
  /** 运输建筑垃圾、工程渣土的车船未统一标识、未安装使用电子信息装置或者未随车船携带处置证 / Construction-waste vehicle or vessel without the uniform marking, without a working route recorder, or without the disposal certificate on board */
  "ecology.muck-vehicle-marking-device": {
    /** 未履行的要求项数 / Requirements not met: a whole number in requirements (项), from 1 to 3. */
    missingRequirements: number;
    /** 情节严重 / Serious circumstances: true or false. */
    serious: boolean;
  };
  /** 未按照规定取得证明，在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工作业 / Noisy construction work at night in an area of noise-sensitive buildings without the required certificate */
  "ecology.night-construction-noise": {
    /** 夜间施工次数（夜） / Nights of construction work: a whole number in nights (夜), from 1. */
    nights: number;
  };
  /** 在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地 / Open-air barbecuing of food, or providing a site for it, in a prohibited area and period */
  "ecology.open-air-barbecue": {
    /** 烧烤炉具数量 / Number of grills: a whole number in grills (个), from 1. */
    grills: number;
    /** 有违法所得 / Illegal gains: true or false. */
    illegalGains: boolean;
  };
  /** 露天焚烧秸秆、枯枝落叶等产生烟尘的物质 / Open burning of straw, dead branches, leaves or similar smoke-producing material */
  "ecology.open-burning-leaves": {
    /** 焚烧面积 / Area burned: a number in m² (平方米), from 0. */
    burnArea: number;
  };
  /** 在露天场所和垃圾收集容器内焚烧树叶、垃圾或者其他废弃物 / Burning leaves, garbage or other waste in the open or in waste containers */
  "ecology.open-burning": {
    /** 焚烧物 / Material burned: `leaves` 树叶、枯枝等; `garbage` 垃圾或者其他废弃物. */
    material: "leaves" | "garbage";
    /** 焚烧面积 / Area burned: a number in m² (平方米), from 0. */
    burnArea: number;
  };
  /** 在公共场所开展娱乐、健身等活动违反区域、时段、音量规定造成噪声污染 / Entertainment or fitness activities in public places breaking the rules on area, hours or volume and causing noise pollution */
  "ecology.public-activity-noise": {
    /** 超过音量限值的分贝数 / Decibels above the volume limit: a number in dB(A) (分贝), from 0. */
    decibelsOver: number;
  };
  /** 未将装修垃圾运至指定场所 / Renovation waste not taken to the designated site */
  "ecology.renovation-waste-misplaced": {
    /** 未运至指定场所的装修垃圾重量 / Weight of renovation waste not taken to the designated site: a number in tonnes (吨), from 0.001. */
    tonnes: number;
  };
  /** 餐饮服务业经营者未安装或者未正常使用油烟净化设施排放油烟 / Restaurant operator emitting cooking fumes without installing or properly running fume-cleaning equipment */
  "ecology.restaurant-fume": {
    /** 油烟净化设施情况 / State of the fume-cleaning equipment: `not-maintained` 已安装并运行，但未定期清洗维护; `not-operating` 已安装，但未正常使用或者未保持正常运行; `not-installed` 未安装油烟净化设施，也未采取其他油烟净化措施. */
    facility: "not-maintained" | "not-operating" | "not-installed";
    /** 油烟排放超标幅度 / Fume emission above the standard: a number in % (%), from 0. */
    exceedance: number;
  };
  /** 未经批准或者未按照批准内容进行临时建设，或者临时建筑物、构筑物超过批准期限不拆除 / Temporary construction without approval or against it, or temporary structures not removed after the approved period */
  "ecology.temporary-construction": {
    /** 临时建设工程造价 / Cost of the temporary works: an amount in 元 as a decimal string, e.g. "12000.50". */
    constructionCost: string;
    /** 违法临时建设面积 / Floor area of the unlawful temporary works: a number in m² (平方米), from 0. */
    floorArea: number;
  };
  /** 未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设（尚可采取改正措施） / Building without a construction-project planning permit or against its terms (still correctable) */
  "ecology.unpermitted-construction": {
    /** 建设工程造价 / Construction cost: an amount in 元 as a decimal string, e.g. "12000.50". */
    constructionCost: string;
    /** 违法建设面积 / Floor area built unlawfully: a number in m² (平方米), from 0. */
    floorArea: number;
  };
};

/** The types of the bundled yrd-2023 edition, carried by `compile(loadRuleSet(yrd2023))`: `evaluate` then takes a `CaseFor<Yrd2023>`. */
export type Yrd2023 = {
  /** Each matter's facts, by matter id. */
  matters: Yrd2023Facts;
  /** The jurisdiction ids. */
  jurisdiction: Yrd2023JurisdictionId;
  /** The circumstance ids. */
  circumstance: Yrd2023CircumstanceId;
};
