import type { IsoDate, LocalizedText, RuleId } from '../result.ts';
import type { ApplicationState, Role } from './types.ts';

/** What the application waits for, for the draft page and the lists (issue #10: HR was stuck without knowing). */
export interface NextStep {
  /** Who must act next; null once the application is final. */
  waitingFor: Role | null;
  ruleId: RuleId;
  /** Who and how, in both languages. */
  text: LocalizedText;
  /** For a draft whose holder has no account: the two ways forward HR can take (issue #10). */
  options: ('invite_by_sms' | 'paper_confirmation')[];
}

export interface NextStepFacts {
  state: ApplicationState;
  holderName: string;
  /** The holder can sign in and confirm themselves. */
  holderHasAccount: boolean;
  /** The latest activation SMS still open (sent, unused, not expired), if any. */
  openInvite?: { mobileMasked: string | null; expiresOn: IsoDate } | null;
  slaDue?: IsoDate | null;
}

const step = (
  waitingFor: Role | null,
  ruleId: RuleId,
  zh: string,
  en: string,
  options: NextStep['options'] = [],
): NextStep => ({
  waitingFor,
  ruleId,
  text: { zh, en },
  options,
});

function draftStep(f: NextStepFacts): NextStep {
  const who = f.holderName;
  if (f.holderHasAccount) {
    return step(
      'holder',
      'R-3',
      `等待持证人确认：请持证人${who}登录系统，在“我的申请”中核对信息并点击“确认信息”；确认后由人事专员提交。`,
      `Waiting for the holder's confirmation: ${who} signs in, checks the data under "My applications" and clicks "Confirm"; then the HR specialist submits.`,
    );
  }
  if (f.openInvite) {
    const to = f.openInvite.mobileMasked ?? '';
    return step(
      'holder',
      'R-3',
      `等待持证人确认：已向持证人${who}（${to}）发送账号激活短信，链接有效至${f.openInvite.expiresOn}；持证人设置密码并登录后确认。也可上传持证人签字的书面确认书代为登记。`,
      `Waiting for the holder's confirmation: an activation SMS was sent to ${who} (${to}), its link valid until ${f.openInvite.expiresOn}; the holder sets a password, signs in and confirms. Or upload the holder's signed paper confirmation instead.`,
      ['invite_by_sms', 'paper_confirmation'],
    );
  }
  return step(
    'holder',
    'R-3',
    `等待持证人确认：持证人${who}尚无登录账号。请发送短信激活邀请（一次性链接，持证人设置密码后登录确认），或上传持证人签字的书面确认书扫描件代为登记。`,
    `Waiting for the holder's confirmation: ${who} has no account yet. Send an activation SMS (a one-time link; the holder sets a password, signs in and confirms), or upload the scan of the holder's signed paper confirmation.`,
    ['invite_by_sms', 'paper_confirmation'],
  );
}

/** The next step of an application in any state: who must act, and how. */
export function nextStep(f: NextStepFacts): NextStep {
  switch (f.state) {
    case 'draft':
      return draftStep(f);
    case 'holder_confirmed':
      return step(
        'hr',
        'R-4',
        '等待单位提交：持证人已确认，请人事专员审核信息后点击“提交”。',
        'Waiting for the employer: the holder confirmed; the HR specialist reviews the data and clicks "Submit".',
      );
    case 'submitted':
      return step(
        'system',
        'R-1',
        '系统正在自动核查并分派。',
        'The automatic checks are running and the system routes the application.',
      );
    case 'awaiting_visit':
      return step(
        'hr',
        'R-2',
        '等待现场办理：工作单位已变更，请人事专员预约并携带 M-1..M-4 材料到区人才服务中心。',
        'Waiting for the in-person visit: the employer changed; the HR specialist books a slot and brings the M-1..M-4 materials to the district talent service centre.',
      );
    case 'under_review':
      return step(
        'reviewer',
        'R-3',
        `等待区人才服务中心审核${f.slaDue ? `，时限至${f.slaDue}` : ''}；结果将短信通知持证人。`,
        `Waiting for the district talent service centre's review${f.slaDue ? `, due by ${f.slaDue}` : ''}; the holder is told the result by SMS.`,
      );
    case 'returned':
      return step(
        'hr',
        'R-5',
        '等待单位补正：请人事专员按退回原因修改后重新提交。',
        "Waiting for the employer's correction: the HR specialist corrects what the return names and resubmits.",
      );
    case 'approved':
      return step(
        null,
        'R-3',
        '已审核通过：可在线打印《上海市居住证积分通知单》。',
        'Approved: the points notice can be printed online.',
      );
    case 'rejected':
      return step(
        null,
        'R-3',
        '未通过审核，申请已结束；如需办理请新建申请。',
        'Rejected; the application is closed. Start a new application if needed.',
      );
    case 'withdrawn':
      return step(null, 'R-3', '申请已撤回并结束。', 'Withdrawn; the application is closed.');
  }
}
