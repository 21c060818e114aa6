import { Check, RadioGroup, Tag, TextInput } from './ui.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isIsoDate,
  materialsChecklist,
  selectPolicy,
  validateMaterials,
  type MaterialItemId,
  type MaterialsSubmission,
} from '@jifen/domain';
import { usePolicySet } from '../../api/policy-data.ts';
import { Field } from './field.tsx';
import type { SectionProps } from './form-props.ts';
import { useLang } from './use-lang.ts';

/** with M-1..M-5: the materials for the path that applies, and the contract dates checked (M-2). */
export function MaterialsChecklist({ form, errors, today }: Pick<SectionProps, 'form' | 'errors'> & { today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const policySet = usePolicySet();
  const [ticked, setTicked] = useState<Partial<Record<MaterialItemId, boolean>>>({});
  const policy = selectPolicy(policySet, today);
  if (!policy.ok) return null;
  const list = materialsChecklist(form.renewalPath, policy.value);
  const visit = isIsoDate(form.visitDate) ? form.visitDate : today;
  const contractGiven = isIsoDate(form.contractStart) && isIsoDate(form.contractEnd) && !errors.contractEnd;
  const contractProblems = contractGiven
    ? contractCheck(form.contractStart, form.contractEnd, form.permitExpiry, visit, policy.value)
    : [];
  return (
    <section className="assess-block" data-testid="materials">
      <h3>{t('assess.sections.materials')}</h3>
      <p>
        <strong>{t(`assess.options.path.${form.renewalPath}`)}：</strong>
        {list.where[lang]} <code>{list.ruleId}</code>
      </p>
      {list.items.length === 0 && <Tag color="green">{t('assess.materials.online')}</Tag>}
      {list.items.length > 0 && (
        <>
          <ul className="assess-materials" data-testid="materials-list">
            {list.items.map((item) => (
              <li key={item.id} data-testid={`material-${item.id}`}>
                <Check
                  checked={ticked[item.id] === true}
                  onChange={(e) => setTicked({ ...ticked, [item.id]: e.target.checked })}
                >
                  <code>{item.ruleId}</code> {item.name[lang]}：{item.requirement[lang]}
                </Check>
              </li>
            ))}
          </ul>
          {contractGiven && !contractProblems.some((p) => p.item === 'labour_contract') && (
            <Tag color="green" data-testid="contract-ok">
              {t('assess.materials.ok')}
            </Tag>
          )}
          <ul className="assess-checks" data-testid="contract-problems">
            {contractProblems.map((p, i) => (
              <li key={i} className="is-bad">
                {p.message[lang]}
              </li>
            ))}
          </ul>
          <div className="assess-muted">{t('assess.materials.returnedHint')}</div>
        </>
      )}
    </section>
  );
}

/** The renewal path and the new contract's dates, in the form column. */
export function MaterialsFields({ form, errors, set, today }: SectionProps & { today: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('assess.fields.renewalPath')}>
        <RadioGroup
          value={form.renewalPath}
          onChange={(e) => set('renewalPath', e.target.value as typeof form.renewalPath)}
          options={(['employer_unchanged', 'employer_changed'] as const).map((p) => ({
            value: p,
            label: t(`assess.options.path.${p}`),
          }))}
          data-testid="field-renewalPath"
        />
      </Field>
      {form.renewalPath === 'employer_changed' && (
        <>
          <div className="assess-row">
            <Field label={t('assess.fields.contractStart')} error={errors.contractStart} testId="contractStart">
              <TextInput
                value={form.contractStart}
                onChange={(e) => set('contractStart', e.target.value)}
                placeholder="YYYY-MM-DD"
                data-testid="field-contractStart"
              />
            </Field>
            <Field label={t('assess.fields.contractEnd')} error={errors.contractEnd} testId="contractEnd">
              <TextInput
                value={form.contractEnd}
                onChange={(e) => set('contractEnd', e.target.value)}
                placeholder="YYYY-MM-DD"
                data-testid="field-contractEnd"
              />
            </Field>
          </div>
          <Field label={t('assess.fields.visitDate')} error={errors.visitDate} testId="visitDate">
            <TextInput
              value={form.visitDate}
              onChange={(e) => set('visitDate', e.target.value)}
              placeholder={today}
              data-testid="field-visitDate"
            />
          </Field>
        </>
      )}
    </>
  );
}

/** Only the date checks of M-1/M-2: every item is taken as brought, so what remains is about the dates entered. */
function contractCheck(
  start: string,
  end: string,
  permitExpiry: string,
  visit: string,
  policy: Parameters<typeof validateMaterials>[2],
) {
  const all = { original: true, copy: true, sealed: true };
  const submission: MaterialsSubmission = {
    items: {
      holder_id_card: all,
      residence_permit: all,
      labour_contract: all,
      termination_record: all,
      business_licence: all,
      uscc_certificate: all,
      introduction_letter: all,
      hr_id_card: all,
    },
    contract: { startDate: start, endDate: end },
    terminationRecord: { leaveDate: start },
    permit: { validUntil: isIsoDate(permitExpiry) ? permitExpiry : visit },
    hrSpecialistInPerson: true,
  };
  return validateMaterials(submission, visit, policy).problems;
}
