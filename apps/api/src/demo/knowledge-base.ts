import type { KnowledgeEntry, LifecycleState, RuleId } from '@jifen/domain';

/**
 * The starter knowledge base of online consultation (issue #14): the
 * questions people ask most, each answered in plain Chinese and English
 * with the rule IDs it rests on (shared/reference/rules.md). Loaded as
 * published entries by the demo seed; consultants edit them at
 * /consultant/online. `keywords` holds the other words people use.
 */
export interface KnowledgeSeed extends KnowledgeEntry {
  slug: string;
}

const e = (
  slug: string,
  ruleIds: RuleId[],
  states: LifecycleState[],
  title: [string, string],
  body: [string, string],
  keywords: [string, string],
): KnowledgeSeed => ({
  id: slug,
  slug,
  ruleIds,
  states,
  title: { zh: title[0], en: title[1] },
  body: { zh: body[0], en: body[1] },
  keywords: { zh: keywords[0], en: keywords[1] },
});

export const KNOWLEDGE_SEED: readonly KnowledgeSeed[] = [
  e(
    'renewal-window',
    ['L-1', 'L-2'],
    ['valid', 'renewal_window'],
    ['什么时候续办积分最合适', 'When to renew the points'],
    [
      '积分有效期与居住证同步（L-1），最佳续办期是居住证到期前30天内（L-2）。先到社区事务受理服务中心签注，再续办积分。',
      'Points are valid as long as the residence permit (L-1); the best time to renew is the 30 days before the permit expires (L-2). Endorse the permit first, then renew the points.',
    ],
    [
      '续签 续办 续期 提前 最佳时间 快到期 即将到期 到期前 有效期 多久 一年 哪天',
      'renew renewal when early window soon expire expiry validity',
    ],
  ),
  e(
    'late-window',
    ['L-3'],
    ['grace'],
    ['过期60天内还能补办', 'Late renewal within 60 days of expiry'],
    [
      '居住证过期后60天内仍可补办续签（L-3），但居住证持有年限会重新计算。请尽快签注并续办积分。',
      'Up to 60 days after expiry you can still renew late (L-3), but the permit holding years restart. Endorse and renew as soon as possible.',
    ],
    [
      '补签 补办 忘了 错过 刚过期 过期不久 逾期 晚了 持有年限 重新计算 窗口期',
      'late grace missed forgot overdue expired recently holding years restart',
    ],
  ),
  e(
    'points-cleared',
    ['L-4'],
    ['points_cleared'],
    ['逾期超过60天积分清零', 'Points cleared after 60 days overdue'],
    [
      '居住证逾期超过60天未续办，积分清零，需要重新申请积分，居住证持有年限也重新计算（L-4）。居住证本身在逾期90天内仍可签注（L-5）。',
      'More than 60 days overdue without renewal: the points are cleared, a new points application is needed and the holding years restart (L-4). The permit itself can still be endorsed until 90 days overdue (L-5).',
    ],
    [
      '清零 作废 没了 失效 归零 还有吗 还在吗 重新申请 超过60天 两个月 过期很久',
      'cleared lost gone void reset zero points still valid reapply two months',
    ],
  ),
  e(
    'permit-reapply',
    ['L-5'],
    ['permit_lapsed'],
    ['逾期超过90天要重新办理居住证', 'After 90 days overdue the permit must be applied for again'],
    [
      '居住证过期超过90天，就需要重新办理居住证（L-5），之后再重新申请积分（L-4）。',
      'More than 90 days after expiry the residence permit itself must be applied for again (L-5); then apply for points anew (L-4).',
    ],
    [
      '三个月 90天 重新办理 重办 新办 居住证失效 很久没办 半年',
      'three months 90 days new permit apply again lapsed long ago',
    ],
  ),
  e(
    'benefits-suspended',
    ['L-6'],
    [],
    ['积分失效期间哪些待遇暂停', 'Benefits suspended while the points are lapsed'],
    [
      '积分失效期间，子女入学（含在沪参加中考、高考）、医保报销、购房资格等待遇暂停；其间缴纳的社保可能不能用于落户累计（L-6）。续办后恢复。',
      "While the points are lapsed, children's school entrance (including taking the zhongkao/gaokao in Shanghai), medical reimbursement and housing purchase eligibility are suspended; social insurance paid meanwhile may not count toward hukou (L-6). Renewal restores them.",
    ],
    [
      '孩子 子女 上学 入学 中考 高考 医保 报销 买房 购房 落户 待遇 影响 福利',
      'child children school exam medical insurance reimbursement housing buy flat hukou benefits affect',
    ],
  ),
  e(
    'endorsement',
    ['L-7'],
    [],
    ['居住证签注在哪里办，多久生效', 'Where to endorse the permit, and when it shows'],
    [
      '先到社区事务受理服务中心办理居住证签注，这是续办积分的前提（L-7）。签注后的居住证信息约3个工作日同步到积分系统。',
      'Endorse the permit at a community affairs acceptance centre first: it is the prerequisite of a points renewal (L-7). The renewed permit reaches the points system in about 3 working days.',
    ],
    [
      '签注 社区 受理中心 街道 窗口 同步 查不到 没更新 系统里 办证',
      'endorsement endorse community centre sync not updated system shows',
    ],
  ),
  e(
    'renewal-same-employer',
    ['R-1', 'R-3'],
    [],
    ['单位没变怎么续办', 'Renewing when the employer has not changed'],
    [
      '单位未变更：持证人或单位登录积分系统，更新个人信息后提交，系统自动审核，通过后可在网上打印积分通知单，无需跑窗口（R-1）。',
      'Employer unchanged: the holder or the employer logs in, updates the personal information and submits; the system checks it automatically and the points notice can be printed online, no counter visit (R-1).',
    ],
    [
      '同一家 没换 没变 原单位 网上 线上 自动审核 不用跑 流程 步骤',
      'same employer unchanged online automatic check steps process no visit',
    ],
  ),
  e(
    'renewal-employer-changed',
    ['R-2', 'M-1', 'M-2', 'M-3', 'M-4'],
    [],
    ['换了单位要准备哪些材料', 'Materials after an employer change'],
    [
      '单位变更后，须由新单位人事专员本人到区人才服务中心现场办理（R-2），带：身份证和居住证原件及复印件（M-1）；与新单位一年期以上、剩余至少2个月的劳动合同，原单位退工单（M-2）；加盖公章的营业执照和统一社会信用代码证复印件（M-3）；单位介绍信和经办人身份证（M-4）。',
      "After an employer change the new employer's HR specialist goes in person to the district talent service centre (R-2) with: ID card and permit, originals and copies (M-1); a labour contract of at least one year with at least 2 months to run, and the previous employer's termination record (M-2); the business licence and credit-code certificate copies with the company seal (M-3); an introduction letter and the specialist's ID card (M-4).",
    ],
    [
      '换工作 跳槽 换单位 新公司 新单位 离职 入职 准备 材料 资料 证件 带什么 退工单 劳动合同 介绍信 营业执照',
      'job change new employer switched company documents materials bring termination record contract letter licence',
    ],
  ),
  e(
    'review-time',
    ['R-3'],
    [],
    ['审核要多久，结果怎么通知', 'How long the review takes and how the result comes'],
    [
      '区人才服务中心调档审核，一般在20个工作日内完成，并通过短信通知结果（R-3）。',
      'The district talent service centre reviews the file within 20 working days and sends the result by SMS (R-3).',
    ],
    [
      '多久 几天 时间 进度 审核 审批 结果 短信 通知 等了 还没出 工作日',
      'how long days time progress review result sms notification waiting working days',
    ],
  ),
  e(
    'individual-apply',
    ['R-4'],
    [],
    ['个人能不能自己申请积分', 'Can an individual apply alone'],
    [
      '不能。积分申请都要通过已认证的用人单位办理；单位需先到注册地所在区的人才服务中心现场认证一次（R-4）。',
      'No. Every application goes through a registered, verified employer; the employer is verified once in person at the talent centre of its district (R-4).',
    ],
    [
      '自己 个人 单独 灵活就业 自由职业 没有单位 公司不办 不配合',
      'myself individual alone freelance self-employed no employer company refuses',
    ],
  ),
  e(
    'back-paid-insurance',
    ['C-1', 'S-9'],
    [],
    ['补缴的社保算不算', 'Does back-paid social insurance count'],
    [
      '补缴的月份不算正常缴纳：申请当月须在上海参保，且近12个月内正常缴纳职工社保满6个月（C-1）；社保基数倍数的积分也不计补缴月份（S-9）。',
      'Back-paid months do not count as normal payment: you must be insured in Shanghai in the month of application with at least 6 months of normal employee insurance in the last 12 (C-1); base-multiple points ignore back-paid months too (S-9).',
    ],
    [
      '补缴 补交 补的 断缴 断了 漏缴 社保 保险 六个月 6个月',
      'back paid back-payment backpay gap missed contributions social insurance six months',
    ],
  ),
  e(
    'tax-match',
    ['C-3'],
    [],
    ['社保和个税要一致', 'Social insurance and income tax must match'],
    [
      '缴纳社保的单位必须是申报个税的单位，同一个月不能有多家公司申报个税（C-3）。不一致会审核不通过，并列出有问题的月份。',
      'The employer paying your social insurance must be the one declaring your income tax, and no more than one company may declare your tax in a month (C-3). A mismatch fails the check, with the months named.',
    ],
    [
      '个税 个人所得税 两家 多家 兼职 申报 代缴 不一致 不匹配 劳务',
      'income tax two companies several employers side job declared mismatch',
    ],
  ),
  e(
    'job-match',
    ['C-4', 'S-4', 'S-7'],
    [],
    ['职称或技能等级要和岗位对应', 'Titles and skill levels must match the job'],
    [
      '职称、技能等级和紧缺急需专业的积分，要求岗位与资格对应；换岗后要更新岗位说明书（C-4）。不对应则不计这部分积分。',
      'Points for a title, a skill level or a shortage major need the job to match the qualification; after a change of job, update the job description (C-4). Without a match those points do not count.',
    ],
    [
      '职称 中级 高级 技能 证书 等级 岗位 专业 对口 岗位说明书 工程师',
      'title certificate skill level job match description engineer shortage major',
    ],
  ),
  e(
    'false-materials',
    ['C-5'],
    [],
    ['提供虚假材料的后果', 'Consequences of false materials'],
    [
      '提供虚假材料，每次扣150分（3年内有效），并3年内不得申请、列入黑名单（C-5）。',
      'False materials cost 150 points per instance within 3 years and bar you from applying for 3 years (blacklist) (C-5).',
    ],
    ['假 造假 虚假 伪造 假证 假材料 黑名单 扣分 150', 'false fake forged blacklist penalty deduction 150'],
  ),
  e(
    'criminal-record',
    ['C-6', 'C-7'],
    [],
    ['有违法犯罪记录还能积分吗', 'Criminal or detention records'],
    [
      '5年内有一般刑事犯罪记录，积分清零，5年内不符合条件（C-6）；5年内有行政拘留记录，每次扣50分（C-7）。',
      'A general criminal record within 5 years clears the points and you are not eligible until the 5 years have passed (C-6); administrative detention within 5 years costs 50 points each (C-7).',
    ],
    ['犯罪 刑事 坐牢 判刑 拘留 案底 违法 记录 处罚', 'crime criminal record detention police conviction'],
  ),
  e(
    'standard-score',
    ['S-1', 'S-17'],
    [],
    ['积分要达到多少分', 'How many points are needed'],
    [
      '标准分值是120分（S-1）。可在“积分测评”页面按自己的情况测算，每一项都列出分数、规则和提高的办法（S-17）。',
      'The standard score is 120 points (S-1). The self-assessment page computes yours, listing each indicator with its points, rule and what would raise it (S-17).',
    ],
    [
      '多少分 够不够 分数 标准分 120 达标 测评 算分 计算 自测',
      'how many points enough score standard 120 assessment calculate',
    ],
  ),
  e(
    'education-points',
    ['S-3', 'S-5', 'C-1'],
    [],
    ['学历积分怎么算', 'Points for education'],
    [
      '学历积分：大专50，本科60，本科并有学士学位90，硕士100，博士110（S-3）；学历和职称取高者，不叠加（S-5）。学历积分也要近一年正常缴纳社保满6个月（C-1）。',
      'Education: junior college 50, bachelor 60, bachelor with degree 90, master 100, doctorate 110 (S-3); education and title are alternatives, the higher counts (S-5). Education points also need 6 months of normal insurance in the last year (C-1).',
    ],
    [
      '学历 本科 硕士 研究生 博士 大专 学位 文凭 毕业',
      'education degree bachelor master doctorate phd college diploma',
    ],
  ),
  e(
    'notice-print',
    ['R-3'],
    [],
    ['积分通知单在哪里拿', 'Where to get the points notice'],
    [
      '审核通过后，可到区人才服务中心领取《上海市居住证积分通知单》，或在网上自行打印（R-3）。',
      'Once approved, collect the points notice at the district centre or print it online (R-3).',
    ],
    ['通知单 打印 领取 下载 证明 纸质 盖章', 'notice print collect download certificate paper'],
  ),
  e(
    'privacy',
    ['PI-1', 'PI-3'],
    [],
    ['我的咨询信息怎么保护、能删除吗', 'How my consultation data is protected and deleted'],
    [
      '咨询前需同意《隐私保护声明》；问题中的身份证号码和手机号码会被遮盖保存（PI-1）。凭查询码可随时撤回，撤回即删除全部内容；到保存期限后自动删除（PI-3）。',
      'You consent to the privacy notice first; ID and mobile numbers typed into a question are stored masked (PI-1). With the reference code you can withdraw at any time, which deletes everything; threads are deleted after the retention period (PI-3).',
    ],
    [
      '隐私 个人信息 删除 撤回 泄露 安全 身份证号 手机号 查询码',
      'privacy personal data delete withdraw leak safe reference code',
    ],
  ),
];

/** The consultant's saved replies: text with rule IDs and, where useful, the self-assessment link. */
export interface SavedReplySeed {
  slug: string;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  ruleIds: RuleId[];
}

export const SAVED_REPLIES_SEED: readonly SavedReplySeed[] = [
  {
    slug: 'overdue-cleared',
    title: { zh: '逾期超过60天：积分已清零', en: 'Over 60 days overdue: points cleared' },
    body: {
      zh: '您好！根据规则 L-4，居住证逾期超过60天未续办，积分清零，需要重新申请积分，持有年限重新计算；逾期未超过90天的，居住证仍可先签注（L-5、L-7）。建议尽快到社区事务受理服务中心签注，再由单位重新申请。可先做一次积分测评：/assess',
      en: 'Hello! Under rule L-4, more than 60 days overdue the points are cleared: a new points application is needed and the holding years restart; within 90 days the permit can still be endorsed (L-5, L-7). Endorse it soon at a community affairs centre, then have your employer apply again. You can run a self-assessment first: /assess',
    },
    ruleIds: ['L-4', 'L-5', 'L-7'],
  },
  {
    slug: 'renew-window',
    title: { zh: '提醒：到期前30天续办', en: 'Reminder: renew in the 30 days before expiry' },
    body: {
      zh: '您好！积分有效期与居住证同步（L-1），建议在到期前30天内先签注、再续办（L-2、L-7）。单位未变的可在网上续办（R-1）。',
      en: 'Hello! Points last as long as the permit (L-1); endorse and renew in the 30 days before expiry (L-2, L-7). With the same employer you can renew online (R-1).',
    },
    ruleIds: ['L-1', 'L-2', 'L-7', 'R-1'],
  },
  {
    slug: 'employer-changed',
    title: { zh: '换单位：材料清单', en: 'Employer changed: materials' },
    body: {
      zh: '您好！单位变更后须由新单位人事专员现场办理（R-2），材料见 M-1 至 M-4：身份证和居住证、劳动合同和退工单、盖章的营业执照复印件、介绍信。',
      en: "Hello! After an employer change the new employer's HR specialist applies in person (R-2); the materials are M-1 to M-4: ID card and permit, contract and termination record, sealed licence copies, introduction letter.",
    },
    ruleIds: ['R-2', 'M-1', 'M-2', 'M-3', 'M-4'],
  },
  {
    slug: 'see-assessment',
    title: { zh: '请看您附上的测评', en: 'See the assessment you attached' },
    body: {
      zh: '您好！我看了您附上的测评（/assess），各项分数和提高办法都已列出（S-17），标准分值为120分（S-1）。',
      en: 'Hello! I looked at the assessment you attached (/assess); every indicator and what would raise it is listed (S-17); the standard score is 120 (S-1).',
    },
    ruleIds: ['S-1', 'S-17'],
  },
];
