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
      where: {
        zh: '网上办理：持证人或单位登录积分系统更新信息并提交，系统自动审核，通过后可在线打印积分通知单，无需现场提交材料',
        en: 'Online: the holder or the employer logs in, updates the information and submits; the system checks it and the points notice can be printed online. No materials, no counter visit',
      },
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
    where: {
      zh: '新单位人事专员本人携材料到区人才服务中心现场办理，之后流程同单位未变更',
      en: "The new employer's HR specialist goes in person to the district talent service centre with the materials; afterwards the flow is as for an unchanged employer",
    },
    items: [
      item('holder_id_card', 'M-1', { zh: '持证人身份证', en: "Holder's ID card" }, both, {
        zh: '原件及复印件',
        en: 'original and copy',
      }),
      item('residence_permit', 'M-1', { zh: '居住证', en: 'Residence permit' }, both, {
        zh: '原件及复印件，须在有效期内',
        en: 'original and copy, within its validity',
      }),
      item(
        'labour_contract',
        'M-2',
        { zh: '与新单位签订的劳动合同', en: 'Labour contract with the new employer' },
        both,
        {
          zh: `原件及复印件；期限不少于${m.contractMinMonths}个月，办理当日剩余期限不少于${m.contractMinRemainingMonths}个月`,
          en: `original and copy; at least ${m.contractMinMonths} months long, with at least ${m.contractMinRemainingMonths} months still to run on the day of the visit`,
        },
      ),
      item(
        'termination_record',
        'M-2',
        { zh: '原单位退工单', en: "Previous employer's termination record (退工单)" },
        both,
        {
          zh: '原件及复印件，须载明退工日期',
          en: 'original and copy, showing the leave date',
        },
      ),
      item(
        'business_licence',
        'M-3',
        {
          zh: '营业执照（或事业单位法人证书）',
          en: 'Business licence (or public-institution legal-person certificate)',
        },
        sealedCopy,
        {
          zh: '复印件，加盖新单位公章',
          en: "copy stamped with the new employer's seal",
        },
      ),
      item(
        'uscc_certificate',
        'M-3',
        { zh: '统一社会信用代码证书', en: 'Unified social credit code certificate' },
        sealedCopy,
        {
          zh: '复印件，加盖新单位公章',
          en: "copy stamped with the new employer's seal",
        },
      ),
      item(
        'introduction_letter',
        'M-4',
        { zh: '单位介绍信', en: 'Introduction letter from the employer' },
        { original: true, copy: false, sealOnCopy: false },
        {
          zh: '原件，写明经办人事专员姓名及办理事项',
          en: 'original, naming the HR specialist and the matter',
        },
      ),
      item('hr_id_card', 'M-4', { zh: '人事专员身份证', en: "HR specialist's ID card" }, both, {
        zh: '原件及复印件；须人事专员本人到场',
        en: 'original and copy; the HR specialist must come in person',
      }),
    ],
  };
}
