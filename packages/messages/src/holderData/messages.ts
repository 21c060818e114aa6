import type { Translation } from '../types.ts';

/** holderData: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  xlsxUnreadable: '无法读取该 Excel 文件，请使用下载的模板（.xlsx）',
  ownQueueFull: '您上传的表格文件还在排队读取，请等前面的文件读完后再上传',
  queueFull: '当前正在处理的表格文件过多，请稍后再上传',
  claimsChanged: '资料已被他人修改（当前版本 {{current}}），请刷新后再保存',
  noClaimsSaved: '尚未填写积分资料',
  noSuchHolder: '持证人不存在',
  holderHasNoClaims: '持证人尚未填写积分资料（学历、职称等）',
  dataIncomplete: '持证人资料不完整或格式有误，请更新后再提交',
  cell: {
    yesNo: '应填“是”或“否”，实际为“{{value}}”',
    amount: '应为不小于 0 的金额（元），实际为“{{value}}”',
    month: '月份格式应为 YYYY-MM，实际为“{{value}}”',
    required: '必填',
    monthRepeats: '月份与第 {{first}} 行重复',
  },
  tooManyRows: '最多 {{maxImportRows}} 行',
  recordsChanged: '记录已被他人修改（当前版本 {{version}}），请刷新后再保存',
  fileType: '仅支持 .csv 或 .xlsx 文件',
  fileAsMultipart: '请以 multipart/form-data 上传一个 .csv 或 .xlsx 文件',
  notCalendarDate: '日期 {{expiresOn}} 不存在',
  requestInvalid: '请求参数有误',
  alreadyOnList: '该持证人已在本单位名单中，请勿重复登记',
  alreadyOnListShort: '已在本单位名单中',
  missingColumns: '首行缺少必需的列：{{names}}（请使用下载的模板）',
  noDataRows: '文件中没有数据行',
} as const;

const en: Translation<typeof zh> = {
  xlsxUnreadable: 'The Excel file cannot be read; use the downloaded template (.xlsx)',
  ownQueueFull: 'Your earlier spreadsheets are still waiting to be read; upload again when they are done',
  queueFull: 'Too many spreadsheets are being read right now; upload again shortly',
  claimsChanged: 'The claims were changed meanwhile (now version {{current}}); reload and save again',
  noClaimsSaved: 'No claims have been saved yet',
  noSuchHolder: 'No such holder',
  holderHasNoClaims: 'The holder has no claims on file (education, title, ...)',
  dataIncomplete: "The holder's data is incomplete or invalid; update it and submit again",
  cell: {
    yesNo: 'expected 是/否 (yes/no), got "{{value}}"',
    amount: 'expected an amount in yuan (0 or more), got "{{value}}"',
    month: 'expected a month as YYYY-MM, got "{{value}}"',
    required: 'required',
    monthRepeats: 'the month repeats row {{first}}',
  },
  tooManyRows: 'At most {{maxImportRows}} rows',
  recordsChanged: 'The records were changed meanwhile (now version {{version}}); reload and save again',
  fileType: 'Only .csv or .xlsx files are accepted',
  fileAsMultipart: 'Upload one .csv or .xlsx file as multipart/form-data',
  notCalendarDate: '{{expiresOn}} is not a calendar date',
  requestInvalid: 'The request is invalid',
  alreadyOnList: "This holder is already on your employer's list",
  alreadyOnListShort: 'already on your list',
  missingColumns: 'The header row lacks required columns: {{names}} (use the downloaded template)',
  noDataRows: 'The file has no data rows',
};

export const holderDataMessages = { zh, en };
