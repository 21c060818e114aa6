import type { Translation } from '../types.ts';

/** roster: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  badCursor: '分页游标无效，请从第一页重新浏览',
  badCursorShort: '无效的游标',
  state: {
    valid: '有效',
    renewalWindow: '续办窗口期（L-2）',
    grace: '逾期补办期（L-3）',
    pointsCleared: '积分已清零（L-4）',
    permitLapsed: '居住证须重新申领（L-5）',
  },
  notOurEmployee: '不是本单位的员工',
  fix: {
    notOurEmployee: '只能为本单位名册中的员工发起续办',
    noPermit: '先在花名册中补充居住证号码和有效期',
    windowNotOpen: '请在 {{opens}} 之后再发起',
    overdue60: '先到社区事务受理服务中心签注居住证（L-7），再新建积分申请',
    overdue90: '先重新申领居住证，再新建积分申请',
    other: '按提示处理后再发起',
  },
  noPermit: '未登记居住证',
  windowNotOpen: '尚未进入续办窗口（{{opens}} 开放）',
  overdue60: '逾期超过 60 天，积分已清零，不能续办',
  overdue90: '逾期超过 90 天，居住证须重新申领',
  cell: {
    nameTooLong: '姓名最多 50 个字符，且不能含控制字符',
    required: '必填',
    tooLong50: '部门最多 50 个字符',
    permitNoRequired: '填写了有效期，也须填写居住证号码',
    permitNoFormat: '居住证号码只能含字母、数字和“-”，最多 40 个字符，实际为“{{value}}”',
    expiryRequired: '填写了居住证号码，也须填写有效期',
    expiryNeedsDay: '有效期须精确到日：请将单元格设为文本并填写 YYYY-MM-DD',
    date: '日期格式应为 YYYY-MM-DD，实际为“{{value}}”',
    residentIdRepeats: '与第 {{row}} 行的身份证号码重复',
    nameDiffers: '姓名与该身份证号码已登记的姓名不一致，请核对',
  },
  tooManyRows: '每个文件最多 {{maxRosterRows}} 行，请拆分后分别导入',
  fileAsMultipart: '请以 multipart/form-data 上传一个 .xlsx 或 .csv 文件',
  importInterrupted: '服务器重启，导入中断；请重新上传同一文件（已导入的行不会重复）',
  importStopped: '导入中断，请重新上传同一文件（已导入的行不会重复）',
  importStarting: '本单位的另一个花名册导入刚刚开始，请等它完成后再上传',
  sameFileRunning: '同一文件“{{fileName}}”正在导入（已处理 {{progress}} 行），无需重复上传；完成后可在导入结果中查看',
  importRunning:
    '本单位的花名册“{{fileName}}”正在导入（已处理 {{progress}} 行），每个单位同时只能进行一个导入；请等它完成后再上传',
} as const;

const en: Translation<typeof zh> = {
  badCursor: 'The page cursor is not valid; start again from the first page',
  badCursorShort: 'invalid cursor',
  state: {
    valid: 'valid',
    renewalWindow: 'renewal window (L-2)',
    grace: 'late window (L-3)',
    pointsCleared: 'points cleared (L-4)',
    permitLapsed: 'permit must be re-applied for (L-5)',
  },
  notOurEmployee: 'Not an employee of this employer',
  fix: {
    notOurEmployee: 'Start renewals only for people on your roster',
    noPermit: 'Add the permit number and expiry to the roster first',
    windowNotOpen: 'Start the renewal on or after {{opens}}',
    overdue60: 'Endorse the permit at a community affairs centre (L-7), then create a new points application',
    overdue90: 'Apply for a new residence permit, then create a new points application',
    other: 'Resolve what the message says, then start again',
  },
  noPermit: 'No residence permit on record',
  windowNotOpen: 'The renewal window is not open yet (opens {{opens}})',
  overdue60: 'More than 60 days overdue: the points are cleared and cannot be renewed',
  overdue90: 'More than 90 days overdue: the residence permit must be applied for again',
  cell: {
    nameTooLong: 'at most 50 characters, no control characters',
    required: 'required',
    tooLong50: 'at most 50 characters',
    permitNoRequired: 'required when the expiry is given',
    permitNoFormat: 'letters, digits and "-" only, at most 40 characters; got "{{value}}"',
    expiryRequired: 'required when the permit number is given',
    expiryNeedsDay: 'the expiry needs a day: format the cell as text and write YYYY-MM-DD',
    date: 'expected a date as YYYY-MM-DD, got "{{value}}"',
    residentIdRepeats: 'the resident ID repeats row {{row}}',
    nameDiffers: 'The name differs from the one registered with this resident ID; check it',
  },
  tooManyRows: 'At most {{maxRosterRows}} rows per file; split it and import each part',
  fileAsMultipart: 'Upload one .xlsx or .csv file as multipart/form-data',
  importInterrupted:
    'The server restarted and the import stopped; upload the same file again (rows already imported are not repeated)',
  importStopped: 'The import stopped; upload the same file again (rows already imported are not repeated)',
  importStarting: 'Another roster import of your employer has just started; upload again when it is done',
  sameFileRunning:
    'The same file "{{fileName}}" is being imported ({{progress}} rows done); there is no need to upload it again: its report appears when it is done',
  importRunning:
    'Your employer\'s roster "{{fileName}}" is being imported ({{progress}} rows done); one import per employer runs at a time, so upload again when it is done',
};

export const rosterMessages = { zh, en };
