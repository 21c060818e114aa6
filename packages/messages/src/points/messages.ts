import type { Translation } from '../types.ts';

/** points (S-2..S-16 and the earliest date): the Chinese texts (the source) and the English, key for key. */
const zh = {
  age: {
    birthAfterAsOf: '出生日期（birthDate）{{birthDate}}晚于测评日{{asOf}}：请填写真实的出生日期',
    birthTooYoung:
      '出生日期（birthDate）{{birthDate}}在测评日{{asOf}}未满{{minAge}}周岁（{{age}}周岁）：请检查出生日期',
    ageTooLow: '年龄（age）须至少{{minAge}}周岁',
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
    notReached:
      '假设每月继续正常缴纳社保、工作不变，{{years}}年内（至{{end}}）仅靠时间积累达不到{{goal}}分（届时{{total}}分），需提升学历、职称或社保基数等',
  },
} as const;

const en: Translation<typeof zh> = {
  age: {
    birthAfterAsOf:
      'The birth date (birthDate) {{birthDate}} is after the evaluation date {{asOf}}: enter the real birth date',
    birthTooYoung:
      'With the birth date (birthDate) {{birthDate}} the applicant is {{age}}, under {{minAge}}, on the evaluation date {{asOf}}: check the birth date',
    ageTooLow: 'The age (age) must be at least {{minAge}}',
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
    notReached:
      'Assuming social insurance keeps being paid normally in the same job, time alone does not reach {{goal}} within {{years}} years (by {{end}}; {{total}} then): a qualification, title or base multiple is needed',
  },
};

export const pointsMessages = { zh, en };
