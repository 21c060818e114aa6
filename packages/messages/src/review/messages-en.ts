import type { Translation } from '../types.ts';
import type { reviewZh } from './messages-zh.ts';

/** review in English, key for key as the Chinese. */
export const reviewEn: Translation<typeof reviewZh> = {
  retrieveFileFirst: 'Retrieve the file first (record the file retrieval), then review the indicators',
  noSubmission: 'The application has no stored submission data; its points cannot be recomputed',
  adjustmentNeedsValue: 'An adjusted indicator needs its new level or number of years',
  enterAdjustedValue: 'enter the adjusted value',
  indicatorNotClaimed: 'Indicator "{{indicator}}" is not claimed (0 points); there is nothing to review',
  adjustmentNotLower: 'The adjusted points must be below the claimed points; if the claim is right, accept it instead',
  adjustmentNotLowerShort: 'must be below the claimed value',
  handOverToActive:
    'A case can only be handed to an active reviewer of your district; choose one from the list of colleagues',
  notActiveReviewer: 'not an active reviewer of your district',
  noMaterials:
    'No materials of this application were accepted at the counter, so there is no receipt; it can be printed once the materials are complete and accepted',
  heldByAnother: '{{name}} holds this case; ask them to hand it over to you',
  notAtCentre: 'The application (state: {{state}}) is not at the centre; there is nothing to claim or hand over',
  notUnderReview:
    'The application is {{state}}, not under review; files can only be retrieved and indicators reviewed under review',
};
