import { Alert, Check, TextInput } from './ui.tsx';
import { useTranslation } from 'react-i18next';
import { COMMENDATION_LEVELS } from '@jifen/domain';
import { Field } from './field.tsx';
import { NativeSelect } from './native-select.tsx';
import type { SectionProps } from './form-props.ts';

/** S-7, S-8, S-10..S-15. */
export function BonusFields({ form, errors, set }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Check
        checked={form.shortageMajor}
        onChange={(e) => set('shortageMajor', e.target.checked)}
        data-testid="field-shortageMajor"
      >
        {t('assess.fields.shortageMajor')}
      </Check>
      {form.shortageMajor && (
        <Check checked={form.shortageJobMatches} onChange={(e) => set('shortageJobMatches', e.target.checked)}>
          {t('assess.fields.shortageJobMatches')}
        </Check>
      )}
      <br />
      <Check checked={form.freshGraduate} onChange={(e) => set('freshGraduate', e.target.checked)}>
        {t('assess.fields.freshGraduate')}
      </Check>
      <Field label={t('assess.fields.talent')}>
        <NativeSelect
          value={form.talent}
          onChange={(v) => set('talent', v)}
          options={[
            { value: '', label: t('assess.fields.none') },
            { value: 'entrepreneur', label: t('assess.options.talent.entrepreneur') },
            { value: 'intermediary', label: t('assess.options.talent.intermediary') },
          ]}
        />
      </Field>
      <Field label={t('assess.fields.commendation')}>
        <NativeSelect
          value={form.commendation}
          onChange={(v) => set('commendation', v)}
          options={[
            { value: '', label: t('assess.fields.none') },
            ...COMMENDATION_LEVELS.map((c) => ({ value: c, label: t(`assess.options.commendation.${c}`) })),
          ]}
        />
      </Field>
      <div className="assess-row">
        <Field
          label={t('assess.fields.publicServiceYears')}
          error={errors.publicServiceYears}
          testId="publicServiceYears"
        >
          <TextInput
            value={form.publicServiceYears}
            onChange={(e) => set('publicServiceYears', e.target.value)}
            inputMode="numeric"
          />
        </Field>
        <Field label={t('assess.fields.remoteSuburbYears')} error={errors.remoteSuburbYears} testId="remoteSuburbYears">
          <TextInput
            value={form.remoteSuburbYears}
            onChange={(e) => set('remoteSuburbYears', e.target.value)}
            inputMode="numeric"
          />
        </Field>
      </div>
      <Field label={t('assess.fields.marriageDate')} error={errors.marriageDate} testId="marriageDate">
        <TextInput
          value={form.marriageDate}
          onChange={(e) => set('marriageDate', e.target.value)}
          placeholder="YYYY-MM-DD"
          inputMode="numeric"
          data-testid="field-marriageDate"
        />
      </Field>
      <div className="assess-row">
        <Field label={t('assess.fields.taxYuan')} error={errors.taxYuan} testId="taxYuan">
          <TextInput value={form.taxYuan} onChange={(e) => set('taxYuan', e.target.value)} inputMode="decimal" />
        </Field>
        <Field label={t('assess.fields.localHires')} error={errors.localHires} testId="localHires">
          <TextInput value={form.localHires} onChange={(e) => set('localHires', e.target.value)} inputMode="numeric" />
        </Field>
      </div>
    </>
  );
}

/** C-5..C-7 (PI-2): asked only when the person says there is something to declare. */
export function RecordFields({
  form,
  errors,
  set,
  show,
  onShow,
}: SectionProps & { show: boolean; onShow: (v: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="info" showIcon title={t('assess.fields.recordsNote')} style={{ marginBottom: 12 }} />
      <Check checked={show} onChange={(e) => onShow(e.target.checked)} data-testid="field-showRecords">
        {t('assess.fields.showRecords')}
      </Check>
      {show && (
        <div style={{ marginTop: 12 }}>
          <Field
            label={t('assess.fields.falseMaterialDates')}
            error={errors.falseMaterialDates}
            testId="falseMaterialDates"
          >
            <TextInput
              value={form.falseMaterialDates}
              onChange={(e) => set('falseMaterialDates', e.target.value)}
              placeholder="YYYY-MM-DD, ..."
            />
          </Field>
          <Field
            label={t('assess.fields.generalCrimeDates')}
            error={errors.generalCrimeDates}
            testId="generalCrimeDates"
          >
            <TextInput
              value={form.generalCrimeDates}
              onChange={(e) => set('generalCrimeDates', e.target.value)}
              placeholder="YYYY-MM-DD, ..."
            />
          </Field>
          <Field label={t('assess.fields.detentionDates')} error={errors.detentionDates} testId="detentionDates">
            <TextInput
              value={form.detentionDates}
              onChange={(e) => set('detentionDates', e.target.value)}
              placeholder="YYYY-MM-DD, ..."
            />
          </Field>
          <Check checked={form.seriousCrime} onChange={(e) => set('seriousCrime', e.target.checked)}>
            {t('assess.fields.seriousCrime')}
          </Check>
        </div>
      )}
    </>
  );
}
