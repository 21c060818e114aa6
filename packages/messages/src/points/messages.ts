import type { Translation } from '../types.ts';

/** points (S-2..S-16 and the earliest date): the Chinese texts (the source) and the English, key for key. */
const zh = {
  age: {
    birthAfterAsOf: '出生日期（birthDate）{{birthDate}}晚于测评日{{asOf}}：请填写真实的出生日期',
    birthTooYoung:
      '出生日期（birthDate）{{birthDate}}在测评日{{asOf}}未满{{minAge}}周岁（{{age}}周岁）：请检查出生日期',
    ageTooLow: '年龄（age）须至少{{minAge}}周岁',
    reason:
      '年龄{{age}}周岁（按测评日已满周岁计）：{{points}}分。{{baseMinAge}}-{{baseMaxAge}}岁{{basePoints}}分，每年轻1岁加{{perYear}}分，最高{{max}}分；{{baseMaxAge}}岁以上0分',
  },
  educationLevel: {
    none: '无大专及以上学历',
    dazhuan: '大专/高职',
    benke: '本科',
    benkeBachelor: '本科+学士学位',
    master: '硕士',
    doctor: '博士',
  },
  titleLevel: {
    skill5: '技能五级',
    skill4: '技能四级',
    skill3: '技能三级',
    skill2: '技能二级',
    intermediate: '中级职称',
    skill1: '技能一级',
    senior: '高级职称',
  },
  education: {
    notCountedC1: '{{name}}：因未满足C-1社保要求，学历积分不计',
    titleHigher: '{{name}}{{points}}分；S-5 学历与职称取高，职称{{title}}分更高，学历不计',
    counts: '{{name}}：{{points}}分',
    raise: '取得{{name}}可加{{gain}}分',
  },
  title: {
    none: '未申报职称或技能等级',
    notInShanghai: '非在沪工作期间取得',
    jobMismatch: 'C-4 岗位与职称/技能不符，请更新岗位说明书',
    notCounted: '{{name}}（{{points}}分）不计：{{reasons}}',
    counts: '{{name}}：{{points}}分（S-5 高于学历，取职称）',
    notHigher: '{{name}}{{points}}分；S-5 不高于学历{{education}}分，不累加',
    baseMonthsNotGiven: '未填报近{{windowMonths}}个月社保基数达到上年平均工资{{multiple}}倍的月份（需{{months}}个）',
    baseMonths:
      '近{{windowMonths}}个月社保基数达到上年平均工资{{multiple}}倍的月份{{have}}个，需{{months}}个{{unknown}}',
    baseMonthsUnknown: '；另有{{months}}个月缺少当年平均工资，即使达到也不足',
    baseCondition:
      '，并在近{{windowMonths}}个月中有{{months}}个月社保基数不低于上年平均工资{{multiple}}倍（现有{{have}}个月）',
    raiseWithBase: '{{name}}的基数条件满足后可加{{gain}}分{{condition}}',
    raise: '在沪取得{{name}}且岗位匹配{{condition}}可加{{gain}}分',
  },
  shortageMajor: {
    none: '未申报紧缺急需专业',
    counts: '紧缺急需专业且岗位匹配：{{points}}分',
    jobMismatch: '紧缺急需专业{{points}}分不计：C-4 岗位与专业不符，请更新岗位说明书',
    raise: '紧缺急需专业且岗位匹配可加{{points}}分',
  },
  talent: {
    entrepreneur: '创业人才：{{points}}分',
    intermediary: '创新创业中介服务人才：{{points}}分',
    none: '非创业人才或创新创业中介服务人才',
  },
  yearsAfter: {
    publicService: '特定公共服务领域',
    remoteSuburb: '远郊重点区域',
    cap: '，最高{{max}}分',
    reason: '在{{where}}工作{{years}}年（满{{afterYears}}年后开始计入，每满1年{{perYear}}分{{cap}}）：{{points}}分',
    raise: '满{{years}}年可加{{gain}}分',
  },
  freshGraduate: {
    counts: '全日制应届高校毕业生：{{points}}分',
    none: '未申报全日制应届高校毕业生',
  },
  commendation: {
    municipalBureau: '市级委办局专项表彰',
    municipal: '市级综合表彰',
    provincial: '省部级及以上表彰',
    counts: '{{name}}：{{points}}分（多项表彰取最高）',
    none: '无表彰奖励',
    raise: '获得{{name}}可加{{gain}}分',
  },
  spouse: {
    none: '配偶非上海户籍或未申报',
    counts: '与上海户籍配偶结婚满{{years}}年，每满1年{{perYear}}分，最高{{max}}分：{{points}}分',
    raise: '结婚每再满1年加{{perYear}}分',
  },
  investment: {
    none: '未申报投资纳税或带动本地就业',
    counts:
      '近3年年均纳税{{tax}}元、年均聘用本市户籍{{hires}}人；每{{taxUnit}}元或每{{hiresUnit}}人{{perUnit}}分，取较高者，最高{{cap}}分：{{points}}分',
  },
  deductions: {
    falseMaterial: '{{years}}年内提供虚假材料{{count}}次，每次扣{{penalty}}分',
    detention: '{{years}}年内行政拘留{{count}}次，每次扣{{penalty}}分',
    generalCrime: '{{years}}年内一般刑事犯罪记录{{count}}次，每次扣{{penalty}}分',
    generalCrimeClears:
      '{{years}}年内有一般刑事犯罪记录（{{dates}}）：其余各项积分{{positive}}分清零，扣分项照扣；{{until}}期满（含当日），次日起不再计',
  },
  earliestDate: {
    veto: '存在一票否决情形（{{rule}}），任何日期均不能达到',
    vetoSeriousCrime: 'C-6 严重刑事犯罪',
    alreadyReached: '测评日已达到{{goal}}分（{{total}}分）',
    reached:
      '假设每月继续正常缴纳社保、工作不变，{{date}}积分达到{{total}}分（目标{{goal}}分）：社保年限、婚龄等随时间增加，年龄分只会减少，已计入',
    reachedUnder: '{{text}}；该日按{{from}}起施行的政策版本{{version}}计分（P-1：按各日施行的版本计算）',
    notReached:
      '假设每月继续正常缴纳社保、工作不变，{{years}}年内（至{{end}}）仅靠时间积累达不到{{goal}}分（届时{{total}}分），需提升学历、职称或社保基数等',
  },
  socialInsurance: {
    years: '在沪正常缴纳职工社保{{months}}个月（补缴不计），满{{years}}年，每满12个月{{per}}分：{{points}}分',
    yearsRaise: '再正常缴纳{{months}}个月可加{{per}}分',
    atLeast: '不低于上年平均工资{{multiple}}倍',
    excluded:
      '；补缴{{backPaid}}个月、非合同单位缴纳{{otherEmployer}}个月、基数与个税收入不符{{baseNotTaxed}}个月不计（C-2）{{unknown}}',
    asEntered: '（按填报档次）',
    unsupported: '；填报的{{atLeast}}档次需{{months}}个月，正常缴费仅{{paid}}个月，不能计分',
    tier: '近{{years}}年内{{months}}个月缴费基数{{atLeast}}：{{points}}分，仅取一档{{unsupported}}{{excluded}}',
    noTier: '未达到任何缴费基数倍数档次：0分{{unsupported}}{{excluded}}',
    tierRaise: '近{{years}}年内{{months}}个月基数{{atLeast}}{{have}}可得{{points}}分',
    haveSoFar: '（已有{{months}}个月）',
    unknownNote: '；另有{{months}}个月缺少{{year}}年（或更早）平均工资数据，无论是否达到都不改变结果（P-2）',
  },
  improvements: {
    total: '{{step}}：+{{gain}}分，合计{{total}}分',
    education: 'S-3 取得{{name}}',
    baseNote: '，且近{{windowMonths}}个月中{{months}}个月社保基数不低于上年平均工资',
    titleRecognised: 'C-4 使{{name}}被认可（岗位说明书与职称匹配{{note}}）',
    title: 'S-4 在沪取得{{name}}且岗位匹配{{note}}',
    majorJobMatch: 'C-4 更新岗位说明书使岗位与紧缺专业匹配',
    shortageMajor: 'S-7 紧缺急需专业且岗位匹配',
    baseMultiple: 'S-9 近{{years}}年内{{months}}个月社保基数不低于上年平均工资{{multiple}}倍',
    commendationProvincial: 'S-13 获得省部级及以上表彰',
    commendationMunicipal: 'S-13 获得市级综合表彰',
    commendationMunicipalBureau: 'S-13 获得市级委办局专项表彰',
    investment: 'S-15 近3年年均纳税达到{{tax}}元',
  },
  indicator: {
    age: '年龄',
    education: '教育背景',
    title: '专业技术职称/技能等级',
    siYears: '社保年限',
    shortageMajor: '紧缺急需专业',
    talent: '创业人才/中介人才',
    baseMultiple: '社保基数',
    publicService: '公共服务领域',
    remoteSuburb: '远郊地区',
    freshGraduate: '应届毕业生',
    commendation: '表彰奖励',
    spouseHukou: '配偶为本市户籍',
    investment: '投资纳税',
    falseMaterial: '虚假材料',
    generalCrime: '一般刑事犯罪',
    detention: '行政拘留',
  },
  claimed: {
    wagePending: '待公布{{year}}年度本市职工平均工资后计算（P-2）',
    pending: '{{name}}（{{ruleId}}）：上次核准{{before}}分，本次{{pending}}，暂计0分（{{delta}}）',
    changed: '{{name}}（{{ruleId}}）：{{before}}分 → {{after}}分（{{delta}}）',
  },
} as const;

const en: Translation<typeof zh> = {
  age: {
    birthAfterAsOf:
      'The birth date (birthDate) {{birthDate}} is after the evaluation date {{asOf}}: enter the real birth date',
    birthTooYoung:
      'With the birth date (birthDate) {{birthDate}} the applicant is {{age}}, under {{minAge}}, on the evaluation date {{asOf}}: check the birth date',
    ageTooLow: 'The age (age) must be at least {{minAge}}',
    reason:
      'Age {{age}} in completed years on the evaluation date: {{points}} points. {{basePoints}} at {{baseMinAge}}-{{baseMaxAge}}, +{{perYear}} per year younger, at most {{max}}; over {{baseMaxAge}}: 0',
  },
  educationLevel: {
    none: 'no college degree',
    dazhuan: 'college diploma (dazhuan)',
    benke: "bachelor's-level study (benke)",
    benkeBachelor: "benke with bachelor's degree",
    master: "master's degree",
    doctor: 'doctorate',
  },
  titleLevel: {
    skill5: 'skill level 5',
    skill4: 'skill level 4',
    skill3: 'skill level 3',
    skill2: 'skill level 2',
    intermediate: 'intermediate professional title',
    skill1: 'skill level 1',
    senior: 'senior professional title',
  },
  education: {
    notCountedC1: '{{name}}: education points do not count because C-1 is not met',
    titleHigher:
      "{{name}} {{points}} points; S-5 counts the higher of education and title: the title's {{title}} counts instead",
    counts: '{{name}}: {{points}} points',
    raise: '{{name}} would add {{gain}} points',
  },
  title: {
    none: 'no professional title or skill level claimed',
    notInShanghai: 'not obtained while working in Shanghai',
    jobMismatch: 'C-4: the job does not match; update the job description',
    notCounted: '{{name}} ({{points}} points) does not count: {{reasons}}',
    counts: '{{name}}: {{points}} points (S-5: higher than education, so the title counts)',
    notHigher: "{{name}} {{points}} points; S-5: not higher than education's {{education}}, never both",
    baseMonthsNotGiven:
      "the months of the last {{windowMonths}} at a base of at least {{multiple}}x the previous year's average wage were not given ({{months}} needed)",
    baseMonths:
      "{{have}} month(s) of the last {{windowMonths}} at a base of at least {{multiple}}x the previous year's average wage; {{months}} needed{{unknown}}",
    baseMonthsUnknown: '; {{months}} more month(s) lack a published average wage and could not make up the difference',
    baseCondition:
      ", with {{months}} of the last {{windowMonths}} months at a base of at least {{multiple}}x the previous year's average wage ({{have}} now)",
    raiseWithBase: 'meeting the base condition of the {{name}} would add {{gain}} points{{condition}}',
    raise: '{{name}} obtained in Shanghai with a matching job{{condition}} would add {{gain}} points',
  },
  shortageMajor: {
    none: 'no shortage major claimed',
    counts: 'Shortage major with a matching job: {{points}} points',
    jobMismatch:
      'Shortage major ({{points}} points) does not count: C-4, the job does not match; update the job description',
    raise: 'A shortage major with a matching job would add {{points}} points',
  },
  talent: {
    entrepreneur: 'Entrepreneur talent: {{points}} points',
    intermediary: 'Innovation-intermediary talent: {{points}} points',
    none: 'not an entrepreneur or innovation-intermediary talent',
  },
  yearsAfter: {
    publicService: 'public-service fields',
    remoteSuburb: 'key remote-suburb areas',
    cap: ', at most {{max}}',
    reason:
      '{{years}} year(s) in {{where}} (counted from {{afterYears}} full years, {{perYear}} per year{{cap}}): {{points}} points',
    raise: '{{years}} full years would add {{gain}} points',
  },
  freshGraduate: {
    counts: 'Full-time fresh university graduate: {{points}} points',
    none: 'not claimed as a full-time fresh graduate',
  },
  commendation: {
    municipalBureau: 'municipal-bureau special commendation',
    municipal: 'municipal comprehensive commendation',
    provincial: 'provincial/ministerial or higher commendation',
    counts: '{{name}}: {{points}} points (the highest counts)',
    none: 'no commendation',
    raise: 'A {{name}} would add {{gain}} points',
  },
  spouse: {
    none: 'no spouse with Shanghai hukou claimed',
    counts:
      '{{years}} full year(s) married to a Shanghai-hukou spouse at {{perYear}} per year, at most {{max}}: {{points}} points',
    raise: 'Each further full year of marriage adds {{perYear}} points',
  },
  investment: {
    none: 'no investment, tax or local hiring claimed',
    counts:
      'Average annual tax {{tax}} yuan, {{hires}} local hires a year; {{perUnit}} per {{taxUnit}} yuan or per {{hiresUnit}} hires, the better route, at most {{cap}}: {{points}} points',
  },
  deductions: {
    falseMaterial: '{{count}} false-material record(s) within {{years}} years, {{penalty}} points each',
    detention: '{{count}} administrative detention(s) within {{years}} years, {{penalty}} points each',
    generalCrime: '{{count}} general criminal record(s) within {{years}} years, {{penalty}} points each',
    generalCrimeClears:
      'A general criminal record within {{years}} years ({{dates}}) clears the other {{positive}} points to 0; deductions still count. The {{years}} years end on {{until}} (inclusive); it stops counting the day after',
  },
  earliestDate: {
    veto: 'A veto applies ({{rule}}); no date reaches the target',
    vetoSeriousCrime: 'C-6 serious crime',
    alreadyReached: 'The total already reaches {{goal}} on the evaluation date ({{total}})',
    reached:
      'Assuming social insurance keeps being paid normally every month in the same job, the total reaches {{total}} on {{date}} (target {{goal}}): social-insurance and marriage years grow with time, age points only fall, both accounted for',
    reachedUnder:
      '{{text}}; that day is scored by policy version {{version}}, in force from {{from}} (P-1: each day by the version in force on it)',
    notReached:
      'Assuming social insurance keeps being paid normally in the same job, time alone does not reach {{goal}} within {{years}} years (by {{end}}; {{total}} then): a qualification, title or base multiple is needed',
  },
  socialInsurance: {
    years:
      '{{months}} month(s) of Shanghai employee social insurance paid normally (back-payments excluded): {{years}} full year(s) at {{per}} per 12 months = {{points}} points',
    yearsRaise: '{{months}} more month(s) of normal payment add {{per}} points',
    atLeast: "at least {{multiple}}x the previous year's average wage",
    excluded:
      '; not counted (C-2): {{backPaid}} back-paid, {{otherEmployer}} paid by another company than the contract employer, {{baseNotTaxed}} with a base the taxed income does not support{{unknown}}',
    asEntered: ' (tier as entered)',
    unsupported:
      '; the tier entered ({{atLeast}}) needs {{months}} months but only {{paid}} were paid normally, so it cannot score',
    tier: '{{months}} months within the last {{years}} years at a base of {{atLeast}}: {{points}} points, one tier only{{unsupported}}{{excluded}}',
    noTier: 'No base-multiple tier reached: 0 points{{unsupported}}{{excluded}}',
    tierRaise: '{{months}} months within {{years}} years at a base of {{atLeast}}{{have}} would give {{points}} points',
    haveSoFar: ' ({{months}} so far)',
    unknownNote:
      '; {{months}} month(s) lack a published average wage ({{year}} or earlier) but could not change the result (P-2)',
  },
  improvements: {
    total: '{{step}}: +{{gain}} points, total {{total}}',
    education: 'S-3 obtain {{name}}',
    baseNote:
      ", with {{months}} of the last {{windowMonths}} months at a base of at least the previous year's average wage",
    titleRecognised: 'C-4 get the {{name}} recognised (job description matching the title{{note}})',
    title: 'S-4 obtain a {{name}} in Shanghai with a matching job{{note}}',
    majorJobMatch: 'C-4 update the job description to match the shortage major',
    shortageMajor: 'S-7 a shortage major with a matching job',
    baseMultiple:
      "S-9 {{months}} months within {{years}} years at a base of at least {{multiple}}x the previous year's average wage",
    commendationProvincial: 'S-13 a provincial commendation',
    commendationMunicipal: 'S-13 a municipal commendation',
    commendationMunicipalBureau: 'S-13 a municipal-bureau commendation',
    investment: 'S-15 average annual tax of {{tax}} yuan over 3 years',
  },
  indicator: {
    age: 'Age',
    education: 'Education',
    title: 'Professional title / skill level',
    siYears: 'Years of social insurance',
    shortageMajor: 'Shortage major',
    talent: 'Entrepreneur / intermediary talent',
    baseMultiple: 'Social-insurance base',
    publicService: 'Public service',
    remoteSuburb: 'Remote suburb',
    freshGraduate: 'Fresh graduate',
    commendation: 'Commendation',
    spouseHukou: 'Spouse with Shanghai hukou',
    investment: 'Investment and tax',
    falseMaterial: 'False material',
    generalCrime: 'General criminal record',
    detention: 'Administrative detention',
  },
  claimed: {
    wagePending: "Computed once Shanghai's {{year}} average wage is published (P-2)",
    pending: '{{name}} ({{ruleId}}): {{before}} when last approved; now {{pending}}, counted 0 for now ({{delta}})',
    changed: '{{name}} ({{ruleId}}): {{before}} → {{after}} ({{delta}})',
  },
};

export const pointsMessages = { zh, en };
