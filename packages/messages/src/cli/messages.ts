import type { Translation } from '../types.ts';

/**
 * cli: what the `jifen` command line says to an operator (help, command
 * summaries, refusals), the Chinese (the source) and the English typed by it.
 * The command line prints both languages at once (`apps/api/src/cli/format.ts`
 * puts them side by side), so every text here is one language's half.
 */
const zh = {
  help: {
    title: '上海市居住证积分',
    usage: '用法',
    commonOptions: '通用选项',
    json: '机器可读输出',
    help: '帮助',
    asOf: '默认为上海当日日期',
    exitCodes: '退出码',
    ok: '成功',
    badInput: '输入有误',
    internal: '内部错误',
  },
  unknownCommand: '未知命令“{{words}}”，见 jifen --help',
  needsValue: '选项 --{{name}} 需要一个值',
  invalidConfig: '配置无效：{{errors}}',
  notInitialised: '数据库尚未初始化（请先启动一次服务）',
  assess: {
    summary: '积分测评：逐项得分、规则编号与理由（S-1..S-17）',
    missingInput: '缺少输入文件（或用 - 表示标准输入）',
    unreadable: '无法读取输入文件“{{source}}”',
    notJson: '输入“{{source}}”不是有效的 JSON',
    invalidInput: '测评输入无效：{{issues}}',
  },
  audit: {
    verifySummary: '校验审计日志哈希链及其签名检查点（是否被篡改、删除或截断）',
    checkpointSummary: '立即为审计日志链头写入签名检查点',
    chainBroken: '审计日志校验失败：第 {{entry}} 条（已检查 {{checked}} 条完好）：{{problem}}',
    checkpointMismatch: '审计日志与签名检查点不符（{{file}}）：{{problems}}',
    checkpointRefused: '审计日志已被篡改，拒绝签名：{{problem}}',
  },
  backup: {
    summary: '用 pg_dump（自定义格式）备份所配置的 PostgreSQL 数据库，并写出校验清单',
    embeddedDatabase:
      'jifen backup 只备份 PostgreSQL（DATABASE_URL）。内嵌数据库请先停止服务，再复制整个数据目录 {{dataDir}}（见 docs/runbook-backup.md）',
    noPgDump:
      '找不到 pg_dump：请安装 PostgreSQL 客户端（Debian：apt-get install postgresql-client），版本不低于数据库服务器',
    pgDumpFailed: 'pg_dump 失败（退出码 {{exitCode}}）：{{stderr}}',
  },
  consultations: {
    purgeSummary: '删除超过保存期限的咨询申请（PI-3）',
  },
  id: {
    residentIdSummary: '校验公民身份号码，读出出生日期与性别（I-1）；输出脱敏（PI-1）',
    missingResidentId: '缺少身份证号码',
    creditCodeSummary: '校验统一社会信用代码（I-2）',
    missingCreditCode: '缺少统一社会信用代码',
    residentIdValid: '身份证号码有效',
    birthDate: '出生日期',
    sex: '性别',
    male: '男',
    female: '女',
    regionCode: '地址码',
    creditCodeValid: '统一社会信用代码有效',
    authority: '登记管理部门',
    category: '机构类别',
    region: '行政区划',
  },
  lifecycle: {
    summary: '居住证积分在某日的状态、下一期限与时间线（L-1..L-8）',
    missingExpiry: '缺少 --expiry（居住证到期日）',
    pointsStatus: '居住证积分状态',
    policy: '政策',
    expiry: '到期日',
    asOf: '查询日',
    state: '状态',
    nextDeadline: '下一期限',
    daysLeft: '剩余 {{days}} 天',
    none: '无',
    holdingYears: '持有年限',
    restart: '重新计算',
    continuous: '连续',
    benefits: '待遇',
    suspendedFrom: '自 {{from}} 起暂停',
    suspendedIfLate: '未暂停；若逾期，自 {{from}} 起暂停',
    restoredBy: '恢复',
    timeline: '时间线',
    sync: '签注同步',
  },
  replay: {
    summary: '按记录的政策版本与参数哈希重算全部已存决定，报告不一致（P-3）',
    mismatch: '{{result}}：{{mismatches}}',
  },
  workdays: {
    addSummary: 'X 之后第 n 个工作日（自次一工作日起算，D-2）',
    addUsage: '用法：workdays add <日期> <n>',
    notAnInteger: '工作日数“{{count}}”应为整数',
    countSummary: '区间 (from, to] 内的工作日数（不含起日，含止日）',
    countUsage: '用法：workdays count <起日> <止日>',
    workingDaysAfter: '{{from}} 之后第 {{n}} 个工作日',
    workingDays: '工作日',
  },
} as const;

const en: Translation<typeof zh> = {
  help: {
    title: 'Shanghai residence-permit points',
    usage: 'Usage',
    commonOptions: 'Common options',
    json: 'machine-readable output',
    help: 'help',
    asOf: 'defaults to today in Asia/Shanghai',
    exitCodes: 'Exit codes',
    ok: 'ok',
    badInput: 'bad input',
    internal: 'internal error',
  },
  unknownCommand: 'unknown command "{{words}}"; see jifen --help',
  needsValue: 'option --{{name}} needs a value',
  invalidConfig: 'invalid configuration: {{errors}}',
  notInitialised: 'the database is not initialised (start the server once)',
  assess: {
    summary: 'Points assessment: every indicator with its rule and reason (S-1..S-17)',
    missingInput: 'missing the input file (or - for stdin)',
    unreadable: 'cannot read the input file "{{source}}"',
    notJson: 'input "{{source}}" is not valid JSON',
    invalidInput: 'Invalid assessment input: {{issues}}',
  },
  audit: {
    verifySummary: 'Check the audit log hash chain and its signed checkpoints (edited, deleted or truncated entries)',
    checkpointSummary: 'Write a signed checkpoint of the audit chain head now',
    chainBroken: 'audit log check failed at entry {{entry}} ({{checked}} intact before it): {{problem}}',
    checkpointMismatch: 'the audit log does not match its signed checkpoints ({{file}}): {{problems}}',
    checkpointRefused: 'the audit log was tampered with; not signing it: {{problem}}',
  },
  backup: {
    summary:
      'Back up the configured PostgreSQL database with pg_dump (custom format), with a manifest to check the restore',
    embeddedDatabase:
      'jifen backup backs up PostgreSQL (DATABASE_URL) only. For the embedded database, stop the server and copy the whole data folder {{dataDir}} (docs/runbook-backup.md)',
    noPgDump:
      'pg_dump was not found: install the PostgreSQL client (Debian: apt-get install postgresql-client), at least the server’s version',
    pgDumpFailed: 'pg_dump failed (exit {{exitCode}}): {{stderr}}',
  },
  consultations: {
    purgeSummary: 'Delete consultation requests past the retention period (PI-3)',
  },
  id: {
    residentIdSummary: 'Check a resident ID, read birth date and sex (I-1); output masked (PI-1)',
    missingResidentId: 'missing the resident ID number',
    creditCodeSummary: 'Check a unified social credit code (I-2)',
    missingCreditCode: 'missing the unified social credit code',
    residentIdValid: 'Resident ID valid',
    birthDate: 'Birth date',
    sex: 'Sex',
    male: 'male',
    female: 'female',
    regionCode: 'Region code',
    creditCodeValid: 'Credit code valid',
    authority: 'Authority',
    category: 'Category',
    region: 'Region',
  },
  lifecycle: {
    summary: 'Permit and points state, next deadline and timeline on a date (L-1..L-8)',
    missingExpiry: 'missing --expiry (the permit expiry date)',
    pointsStatus: 'Points status',
    policy: 'Policy',
    expiry: 'Expiry',
    asOf: 'As of',
    state: 'State',
    nextDeadline: 'Next deadline',
    daysLeft: '{{days}} days left',
    none: 'none',
    holdingYears: 'Holding years',
    restart: 'restart',
    continuous: 'continuous',
    benefits: 'Benefits',
    suspendedFrom: 'suspended from {{from}}',
    suspendedIfLate: 'not suspended; from {{from}} if not renewed',
    restoredBy: 'Restored by',
    timeline: 'Timeline',
    sync: 'Sync',
  },
  replay: {
    summary:
      'Recompute every stored decision under its recorded policy version and parameter hash; report mismatches (P-3)',
    mismatch: '{{result}}: {{mismatches}}',
  },
  workdays: {
    addSummary: 'The date n working days after X, counted from the next working day (D-2)',
    addUsage: 'usage: workdays add <date> <n>',
    notAnInteger: 'working-day count "{{count}}" must be an integer',
    countSummary: 'Working days in (from, to]: from excluded, to included',
    countUsage: 'usage: workdays count <from> <to>',
    workingDaysAfter: '{{n}} working days after {{from}}',
    workingDays: 'working days',
  },
};

export const cliMessages = { zh, en };
