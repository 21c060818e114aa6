import type { Translation } from '../types.ts';

/** transfers: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  dailyLimit:
    '本单位今日发起的转入申请已达上限（每日{{cap}}件，含登记与名单导入）。为防止查询他人登记情况，超出部分不予受理；请于{{tomorrow}}再提交，如确有大批人员转入，请联系系统管理员调整上限（TRANSFER_REQUESTS_PER_DAY）',
  scanAsMultipart: '请以 multipart/form-data 上传签字同意书的扫描件',
  noun: '转入申请',
  expired: '该转入申请已于{{date}}过期（{{transferValidDays}}天内未获同意），一切维持原状；如需转入，请单位重新登记',
  holderChanged: '持证人信息刚被更新，请重试',
  signedOnRange: '签字日期须在转入申请提交日（{{requested}}）与今天（{{today}}）之间',
  scanType: '请上传持证人签字的转入同意书扫描件（PDF、PNG 或 JPEG）',
  scanTypeShort: '仅支持 PDF、PNG、JPEG',
  noPaperConsent: '该转入申请没有书面同意书',
  closed: '该转入申请{{state}}，不能再处理',
  state: { accepted: '已同意', declined: '已拒绝' },
  requestTitle: '单位转入申请',
  withdrawnOnMove: '持证人于{{effectiveOn}}同意转入其他单位（R-2），系统撤回本单位的申请',
} as const;

const en: Translation<typeof zh> = {
  dailyLimit:
    'Your employer has started the most transfer requests allowed today ({{cap}} a day, registration and roster imports together). Past it requests are refused so that no one can probe where people are registered; submit the rest on {{tomorrow}}, or ask the system administrator to raise the limit (TRANSFER_REQUESTS_PER_DAY) for a large intake',
  scanAsMultipart: 'Upload the scan of the signed consent as multipart/form-data',
  noun: 'transfer request',
  expired:
    'This transfer request expired on {{date}} (no consent within {{transferValidDays}} days) and changed nothing; the employer can register the holder again',
  holderChanged: 'The holder was just changed; try again',
  signedOnRange: 'The signing date must be between the day the request was made ({{requested}}) and today ({{today}})',
  scanType: "Upload the scan of the holder's signed consent (PDF, PNG or JPEG)",
  scanTypeShort: 'PDF, PNG or JPEG only',
  noPaperConsent: 'This transfer request has no signed paper consent',
  closed: 'This transfer request was already {{state}}; it cannot be decided again',
  state: { accepted: 'accepted', declined: 'declined' },
  requestTitle: 'Transfer request',
  withdrawnOnMove:
    'The holder moved to another employer on {{effectiveOn}} (R-2); the system withdrew this application',
};

export const transfersMessages = { zh, en };
