import type { Translation } from '../types.ts';
import type { policyDataZh } from './messages-zh.ts';

/** policyData in English, key for key as the Chinese. */
export const policyDataEn: Translation<typeof policyDataZh> = {
  publishedNeedsRevision: 'This is already published: a correction is a new revision and needs a reason',
  draftExists: 'There is already a draft for this; edit or discard it',
  noSuchVersion: 'No published policy version "{{basedOn}}"',
  effectiveInPast:
    'The effective date must be after today ({{today}}): decisions already made are never rewritten (P-1)',
  fourEyes: 'You drafted this: another administrator must review and publish it',
  effectiveNoLongerFuture: 'The effective date {{from}} is no longer after today; edit the draft',
  previewWagesOnly: 'Only an average-wage draft has a tier preview',
  draftKeyFixed: 'A draft keeps its year or version id; start a new draft instead',
  dateOutsideYear: 'The date {{date}} is not in {{year}}',
  doesNotLoad: 'The data does not load with the published data: {{problem}}',
  wouldNotLoad: 'The data would not load once published: {{problem}}',
};
