import { msg } from '@jifen/messages/domain';
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
  text: LocalizedText,
  options: NextStep['options'] = [],
): NextStep => ({ waitingFor, ruleId, text, options });

function draftStep(f: NextStepFacts): NextStep {
  const holder = f.holderName;
  if (f.holderHasAccount) return step('holder', 'R-3', msg('workflow.nextStep.holderSignsIn', { holder }));
  if (f.openInvite) {
    return step(
      'holder',
      'R-3',
      msg('workflow.nextStep.holderInvited', {
        holder,
        mobile: f.openInvite.mobileMasked ?? '',
        expiresOn: f.openInvite.expiresOn,
      }),
      ['invite_by_sms', 'paper_confirmation'],
    );
  }
  return step('holder', 'R-3', msg('workflow.nextStep.holderWithoutAccount', { holder }), [
    'invite_by_sms',
    'paper_confirmation',
  ]);
}

/** The next step of an application in any state: who must act, and how. */
export function nextStep(f: NextStepFacts): NextStep {
  switch (f.state) {
    case 'draft':
      return draftStep(f);
    case 'holder_confirmed':
      return step('hr', 'R-4', msg('workflow.nextStep.employerSubmits'));
    case 'submitted':
      return step('system', 'R-1', msg('workflow.nextStep.systemRoutes'));
    case 'awaiting_visit':
      return step('hr', 'R-2', msg('workflow.nextStep.visit'));
    case 'under_review':
      return step(
        'reviewer',
        'R-3',
        msg('workflow.nextStep.review', {
          due: f.slaDue ? msg('workflow.nextStep.reviewDue', { date: f.slaDue }) : { zh: '', en: '' },
        }),
      );
    case 'returned':
      return step('hr', 'R-5', msg('workflow.nextStep.employerCorrects'));
    case 'approved':
      return step(null, 'R-3', msg('workflow.nextStep.approved'));
    case 'rejected':
      return step(null, 'R-3', msg('workflow.nextStep.rejected'));
    case 'withdrawn':
      return step(null, 'R-3', msg('workflow.nextStep.withdrawn'));
  }
}
