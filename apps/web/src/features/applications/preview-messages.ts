import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** Texts of the confirmation's engine lines (issue 17, problem 7) and the holder's own renewal. */
const zh = {
  confirmPreview: {
    title: '确认内容：积分指标与总分',
    hint: '以下按今日（{{date}}）适用的政策版本 {{policy}}、由系统根据持证人登记的资料计算；提交时按提交当日再次核定。',
    indicator: '指标',
    rule: '规则',
    points: '分值',
    pendingTag: '待计算',
    total: '合计',
    standard: '标准分值 {{score}}',
    lastApproved: '上次核准',
    lastApprovedValue: '{{total}}分（申请 {{number}}{{date}}）',
    approvedOnDate: '，{{date}}核准',
    changes: '变化原因',
    unavailable: '暂时无法计算',
    editClaims: '修改我的积分指标',
    loading: '正在计算…',
    summaryTotal: '{{total}}（今日计算，提交时核定）',
  },
  startRenewal: {
    title: '续办积分',
    hint: '工作单位未变更时，您可以自行发起续办：核对并更新您的积分指标、确认后发送给单位人事专员审核，由单位提交到区人才服务中心（R-1、R-4）。',
    button: '发起续办（单位未变更）',
    confirm: '发起续办后，申请将发送给 {{employer}} 的人事专员审核并提交。确定发起吗？',
    open: '您已有办理中的申请 {{number}}（{{state}}）',
    openLink: '查看并确认',
    noEmployer:
      '您目前没有登记的用人单位，不能发起续办（R-4：积分申请须经用人单位办理）。请现用人单位的人事专员在系统中登记您，之后即可发起续办。',
    ok: '发起',
  },
};

const en: Texts<typeof zh> = {
  confirmPreview: {
    title: 'What you confirm: indicators and total',
    hint: "Computed by jifen from the holder's data on file, on today's date ({{date}}) under policy version {{policy}}; decided again on the day of submission.",
    indicator: 'Indicator',
    rule: 'Rule',
    points: 'Points',
    pendingTag: 'Pending',
    total: 'Total',
    standard: 'Standard score {{score}}',
    lastApproved: 'Last approved',
    lastApprovedValue: '{{total}} (application {{number}}{{date}})',
    approvedOnDate: ', approved {{date}}',
    changes: 'Why it differs',
    unavailable: 'Cannot be computed yet',
    editClaims: 'Edit my indicators',
    loading: 'Computing…',
    summaryTotal: '{{total}} (computed today; decided on submission)',
  },
  startRenewal: {
    title: 'Renew your points',
    hint: "With your employer unchanged you can start the renewal yourself: check and update your indicators, confirm, and it goes to your employer's HR specialist, who reviews it and submits it to the district talent centre (R-1, R-4).",
    button: 'Start the renewal (employer unchanged)',
    confirm: 'The renewal goes to the HR specialist of {{employer}}, who reviews and submits it. Start it?',
    open: 'You have an application in progress: {{number}} ({{state}})',
    openLink: 'View and confirm',
    noEmployer:
      'No employer is on record for you, so you cannot start a renewal (R-4: a points application goes through an employer). Ask the HR specialist of your current employer to register you; then you can start it.',
    ok: 'Start',
  },
};

export const messages = addCatalog({ 'zh-CN': zh, en });
