import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** 积分通知单公开核验页（issue 12，R-3 第5步）的中文文本。 */
const zh = {
  title: '积分通知单核验',
  checking: '正在核验…',
  status: {
    valid: '有效',
    expired: '已过期',
    revoked: '已撤销',
    superseded: '已被新通知单取代',
    forged: '无法核验：伪造或被篡改',
  },
  explain: {
    valid: '该积分通知单由上海市居住证积分系统签发，签名核验通过，当前有效。',
    expired: '该积分通知单签名核验通过，但积分有效期（与居住证有效期一致，L-1）已过，不能再作为有效积分凭证。',
    revoked: '该积分通知单已被签发机构撤销，不能再作为积分凭证。',
    superseded: '该积分通知单签名核验通过，但持证人此后已续办获批，签发了新的积分通知单（L-1）；请以新通知单为准。',
    forged:
      '二维码中的核验码签名不正确：该通知单不是本系统签发的，或内容已被改动。请不要接受此通知单，并请联系持证人所在区人才服务中心核实。',
  },
  reason: { points_cleared: '积分已清零', false_material: '经核查存在虚假材料（C-5）', correction: '审核结论更正' },
  field: {
    noticeNo: '通知单编号',
    holder: '持证人',
    residentId: '公民身份号码',
    total: '积分分值',
    validUntil: '积分有效期至',
    issuedOn: '签发日期',
    centre: '签发机构',
    revokedOn: '撤销日期',
    supersededOn: '新通知单签发日期',
    revokedReason: '撤销原因',
  },
  points: '{{total}} 分',
  noPermit: '未登记居住证',
  masked: '为保护个人信息，仅显示姓氏和部分身份证号码（PI-1）。',
  loadFailed: '暂时无法核验：{{error}}',
  key: '核验公钥',
};

/** English texts of the public points-notice verification page (issue #12, R-3 step 5). */
const en: Texts<typeof zh> = {
  title: 'Points notice verification',
  checking: 'Checking…',
  status: {
    valid: 'Valid',
    expired: 'Expired',
    revoked: 'Revoked',
    superseded: 'Superseded by a newer notice',
    forged: 'Not verified: forged or altered',
  },
  explain: {
    valid:
      'This points notice was issued by the Shanghai residence-permit points system; its signature verifies and it is in force.',
    expired:
      "This points notice's signature verifies, but its points have expired with the residence permit (L-1); it is no longer proof of points.",
    revoked: 'This points notice was revoked by the issuing centre; it is no longer proof of points.',
    superseded:
      "This points notice's signature verifies, but the holder's renewal was approved since and a newer notice issued (L-1); the newer one counts.",
    forged:
      "The code in the QR code does not carry a valid signature: this notice was not issued by the system, or its content was changed. Do not accept it, and contact the holder's district talent service centre.",
  },
  reason: {
    points_cleared: 'Points cleared',
    false_material: 'False material found (C-5)',
    correction: 'Decision corrected',
  },
  field: {
    noticeNo: 'Notice No.',
    holder: 'Holder',
    residentId: 'Resident ID',
    total: 'Points',
    validUntil: 'Valid until',
    issuedOn: 'Issued on',
    centre: 'Issued by',
    revokedOn: 'Revoked on',
    supersededOn: 'Newer notice issued on',
    revokedReason: 'Reason',
  },
  points: '{{total}} points',
  noPermit: 'No permit on file',
  masked: 'To protect personal data, only the surname and part of the ID number are shown (PI-1).',
  loadFailed: 'Cannot verify right now: {{error}}',
  key: 'Verification key',
};

/** Merged in under `noticeVerify.*` when the area's chunk loads. */
export const messages = addCatalog({ 'zh-CN': { noticeVerify: zh }, en: { noticeVerify: en } });
