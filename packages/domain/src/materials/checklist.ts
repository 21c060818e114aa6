import { msg } from '@jifen/messages/domain';
import type { PolicyParams } from '../policy/schema.ts';
import type { LocalizedText, RuleId } from '../result.ts';

export type RenewalPath = 'employer_unchanged' | 'employer_changed';

export type MaterialItemId =
  | 'holder_id_card'
  | 'residence_permit'
  | 'labour_contract'
  | 'termination_record'
  | 'business_licence'
  | 'uscc_certificate'
  | 'introduction_letter'
  | 'hr_id_card';

/** One material of M-1..M-4: what to bring and in which form (originals shown, copies kept). */
export interface MaterialItem {
  id: MaterialItemId;
  ruleId: RuleId;
  name: LocalizedText;
  original: boolean;
  copy: boolean;
  /** The copy must carry the new employer's seal (公章). */
  sealOnCopy: boolean;
  requirement: LocalizedText;
}

export interface MaterialsChecklist {
  path: RenewalPath;
  ruleId: 'R-1' | 'R-2';
  inPerson: boolean;
  where: LocalizedText;
  items: MaterialItem[];
}

const item = (
  id: MaterialItemId,
  ruleId: RuleId,
  name: LocalizedText,
  form: { original: boolean; copy: boolean; sealOnCopy: boolean },
  requirement: LocalizedText,
): MaterialItem => ({ id, ruleId, name, ...form, requirement });

/**
 * employer unchanged, nothing to bring (online). R-2: employer changed,
 * the new employer's HR specialist brings M-1..M-4 to the district talent
 * service centre.
 */
export function materialsChecklist(path: RenewalPath, policy: { params: PolicyParams }): MaterialsChecklist {
  if (path === 'employer_unchanged') {
    return {
      path,
      ruleId: 'R-1',
      inPerson: false,
      where: msg('materials.where.online'),
      items: [],
    };
  }
  const m = policy.params.materials;
  const both = { original: true, copy: true, sealOnCopy: false };
  const sealedCopy = { original: false, copy: true, sealOnCopy: true };
  return {
    path,
    ruleId: 'R-2',
    inPerson: true,
    where: msg('materials.where.inPerson'),
    items: [
      item(
        'holder_id_card',
        'M-1',
        msg('materials.item.holderIdCard'),
        both,
        msg('materials.requirement.originalAndCopy'),
      ),
      item('residence_permit', 'M-1', msg('materials.item.residencePermit'), both, msg('materials.requirement.permit')),
      item(
        'labour_contract',
        'M-2',
        msg('materials.item.labourContract'),
        both,
        msg('materials.requirement.contract', {
          minMonths: m.contractMinMonths,
          minRemainingMonths: m.contractMinRemainingMonths,
        }),
      ),
      item(
        'termination_record',
        'M-2',
        msg('materials.item.terminationRecord'),
        both,
        msg('materials.requirement.terminationRecord'),
      ),
      item(
        'business_licence',
        'M-3',
        msg('materials.item.businessLicence'),
        sealedCopy,
        msg('materials.requirement.sealedCopy'),
      ),
      item(
        'uscc_certificate',
        'M-3',
        msg('materials.item.usccCertificate'),
        sealedCopy,
        msg('materials.requirement.sealedCopy'),
      ),
      item(
        'introduction_letter',
        'M-4',
        msg('materials.item.introductionLetter'),
        { original: true, copy: false, sealOnCopy: false },
        msg('materials.requirement.introductionLetter'),
      ),
      item('hr_id_card', 'M-4', msg('materials.item.hrIdCard'), both, msg('materials.requirement.hrIdCard')),
    ],
  };
}
