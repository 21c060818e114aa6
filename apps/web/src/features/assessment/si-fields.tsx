import { Button } from 'antd';
import { Check, RadioGroup, TextInput } from './ui.tsx';
import { useTranslation } from 'react-i18next';
import { Field } from './field.tsx';
import { NativeSelect } from './native-select.tsx';
import type { SectionProps } from './form-props.ts';
import type { SiPeriod } from './form-state.ts';
import { useLang } from './use-lang.ts';

/** S-6, S-9, C-1: as years and a base tier, or as monthly records entered by period. */
export function SiFields({
  form,
  errors,
  warnings = {},
  set,
  tiers,
}: SectionProps & { tiers: readonly { min: number; max: number | null }[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const setPeriod = (i: number, patch: Partial<SiPeriod>) =>
    set(
      'periods',
      form.periods.map((p, j) => (j === i ? { ...p, ...patch } : p)),
    );
  return (
    <>
      <Field label={t('assess.fields.siMode')}>
        <RadioGroup
          value={form.siMode}
          onChange={(e) => set('siMode', e.target.value as 'summary' | 'records')}
          options={[
            { value: 'summary', label: t('assess.fields.siSummary') },
            { value: 'records', label: t('assess.fields.siRecords') },
          ]}
          data-testid="field-siMode"
        />
      </Field>
      {form.siMode === 'summary' ? (
        <>
          <div className="assess-row">
            <Field label={t('assess.fields.siYears')} error={errors.siYears} testId="siYears">
              <TextInput
                value={form.siYears}
                onChange={(e) => set('siYears', e.target.value)}
                inputMode="numeric"
                data-testid="field-siYears"
              />
            </Field>
            <Field label={t('assess.fields.siMonths')} error={errors.siMonths} testId="siMonths">
              <TextInput
                value={form.siMonths}
                onChange={(e) => set('siMonths', e.target.value)}
                inputMode="numeric"
                data-testid="field-siMonths"
              />
            </Field>
          </div>
          <Field
            label={t('assess.fields.monthsPaidInWindow')}
            error={errors.monthsPaidInWindow}
            warning={warnings.monthsPaidInWindow}
            testId="monthsPaidInWindow"
          >
            <TextInput
              value={form.monthsPaidInWindow}
              onChange={(e) => set('monthsPaidInWindow', e.target.value)}
              inputMode="numeric"
              data-testid="field-monthsPaidInWindow"
            />
          </Field>
          <Check
            checked={form.insuredThisMonth}
            onChange={(e) => set('insuredThisMonth', e.target.checked)}
            data-testid="field-insuredThisMonth"
          >
            {t('assess.fields.insuredThisMonth')}
          </Check>
          <Field label={t('assess.fields.baseTier')} warning={warnings.baseTier} testId="baseTier">
            <NativeSelect
              value={form.baseTier}
              onChange={(v) => set('baseTier', v)}
              options={[
                { value: '', label: t('assess.fields.none') },
                ...tiers.map((tier) => ({
                  value: String(tier.min),
                  label: t('assess.options.tierLabel', { label: String(tier.min) }),
                })),
              ]}
              testId="field-baseTier"
            />
          </Field>
        </>
      ) : (
        <>
          <Field label={t('assess.fields.employerUscc')} error={errors.employerUscc} testId="employerUscc">
            <TextInput
              value={form.employerUscc}
              onChange={(e) => set('employerUscc', e.target.value.toUpperCase())}
              maxLength={18}
              data-testid="field-employerUscc"
              style={{ fontFamily: 'monospace' }}
            />
          </Field>
          {form.periods.map((p, i) => {
            const error = errors[`periods.${i}`];
            return (
              <div key={i} className="assess-period" data-testid={`period-${i}`}>
                <div className="assess-row">
                  <TextInput
                    aria-label={t('assess.fields.periodFrom')}
                    placeholder={t('assess.fields.periodFrom')}
                    value={p.from}
                    onChange={(e) => setPeriod(i, { from: e.target.value })}
                    status={error ? 'error' : undefined}
                    data-testid={`period-${i}-from`}
                  />
                  <TextInput
                    aria-label={t('assess.fields.periodTo')}
                    placeholder={t('assess.fields.periodTo')}
                    value={p.to}
                    onChange={(e) => setPeriod(i, { to: e.target.value })}
                    status={error ? 'error' : undefined}
                    data-testid={`period-${i}-to`}
                  />
                </div>
                <div className="assess-row">
                  <TextInput
                    aria-label={t('assess.fields.periodBase')}
                    placeholder={t('assess.fields.periodBase')}
                    value={p.base}
                    onChange={(e) => setPeriod(i, { base: e.target.value })}
                    inputMode="decimal"
                    data-testid={`period-${i}-base`}
                  />
                  <Check checked={p.backPaid} onChange={(e) => setPeriod(i, { backPaid: e.target.checked })}>
                    {t('assess.fields.periodBackPaid')}
                  </Check>
                  <Button
                    size="small"
                    onClick={() =>
                      set(
                        'periods',
                        form.periods.filter((_, j) => j !== i),
                      )
                    }
                    aria-label="remove"
                  >
                    ×
                  </Button>
                </div>
                {error && (
                  <div className="assess-error" data-testid={`period-${i}-error`}>
                    {error[lang]}
                  </div>
                )}
              </div>
            );
          })}
          <Button
            onClick={() => set('periods', [...form.periods, { from: '', to: '', base: '', backPaid: false }])}
            data-testid="add-period"
          >
            {t('assess.fields.addPeriod')}
          </Button>
        </>
      )}
    </>
  );
}
