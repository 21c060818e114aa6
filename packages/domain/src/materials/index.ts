export {
  materialsChecklist,
  type MaterialItem,
  type MaterialItemId,
  type MaterialsChecklist,
  type RenewalPath,
} from './checklist.ts';
export {
  lastsAtLeastMonths,
  validateMaterials,
  type MaterialProblem,
  type MaterialsSubmission,
  type MaterialsValidation,
  type SubmittedItem,
} from './validate.ts';
