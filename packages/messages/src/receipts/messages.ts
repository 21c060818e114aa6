import type { Translation } from '../types.ts';

/** receipts: the printed materials receipt, the Chinese (the source) and the English typed by it. */
const zh = {
  title: '居住证积分申请收件凭证',
  subject: '收件凭证 {{receiptNo}}',
  receiptNo: '凭证编号',
  applicationNo: '申请编号',
  holder: '持证人',
  employer: '用人单位',
  receivedOn: '收件日期',
  receivedBy: '经办人',
  itemsReceived: '已收取材料（M-1至M-4，逐项核验）',
  underReview:
    '材料齐全，已转入调档审核。区人才服务中心自收件次日起20个工作日内完成审核，结果以短信通知持证人及单位（R-3）。',
} as const;

const en: Translation<typeof zh> = {
  title: 'Residence-permit points application: materials receipt (R-2)',
  subject: 'Materials receipt {{receiptNo}}',
  receiptNo: 'Receipt No.',
  applicationNo: 'Application No.',
  holder: 'Holder',
  employer: 'Employer',
  receivedOn: 'Received on',
  receivedBy: 'Received by',
  itemsReceived: 'Materials received, checked item by item',
  underReview:
    'The materials are complete and the application is under review. The centre decides within 20 working days from the next day and tells the holder and the employer by SMS (R-3).',
};

export const receiptsMessages = { zh, en };
