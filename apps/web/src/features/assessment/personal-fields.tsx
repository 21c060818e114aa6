import { Check, TextInput } from './ui.tsx';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, TITLE_LEVELS, titleNeedsBase } from '@jifen/domain';
import { Field, Warning } from './field.tsx';
import { NativeSelect } from './native-select.tsx';
import type { SectionProps } from './form-props.ts';

/** S-2 age (from the resident ID, the birth date or the age) and S-3 education. */
export function PersonalFields({ form, errors, set, birthFromId }: SectionProps & { birthFromId: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('assess.asOf')} error={errors.asOf} testId="asOf">
        <TextInput
          value={form.asOf}
          onChange={(e) => set('asOf', e.target.value)}
          placeholder="YYYY-MM-DD"
          inputMode="numeric"
          data-testid="field-asOf"
        />
      </Field>
      <Field label={t('assess.fields.residentId')} error={errors.residentId} testId="residentId">
        <TextInput
          value={form.residentId}
          onChange={(e) => set('residentId', e.target.value.toUpperCase())}
          maxLength={18}
          autoComplete="off"
          data-testid="field-residentId"
          style={{ fontFamily: 'monospace' }}
        />
      </Field>
      <Field label={t('assess.fields.birthDate')} error={errors.birthDate} testId="birthDate">
        <TextInput
          value={birthFromId ?? form.birthDate}
          disabled={birthFromId !== null}
          onChange={(e) => set('birthDate', e.target.value)}
          placeholder="YYYY-MM-DD"
          inputMode="numeric"
          data-testid="field-birthDate"
        />
      </Field>
      {birthFromId === null && form.birthDate.trim() === '' && (
        <Field label={t('assess.fields.age')} error={errors.age} testId="age">
          <TextInput
            value={form.age}
            onChange={(e) => set('age', e.target.value)}
            inputMode="numeric"
            maxLength={3}
            data-testid="field-age"
          />
        </Field>
      )}
      <Field label={t('assess.fields.education')}>
        <NativeSelect
          value={form.education}
          onChange={(v) => set('education', v)}
          options={EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`assess.options.education.${e}`) }))}
          testId="field-education"
        />
      </Field>
    </>
  );
}

/** S-4 with C-4 and its social-insurance base condition. */
export function TitleFields({ form, set, warnings = {} }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('assess.fields.titleLevel')}>
        <NativeSelect
          value={form.titleLevel}
          onChange={(v) => set('titleLevel', v)}
          options={[
            { value: '', label: t('assess.fields.none') },
            ...TITLE_LEVELS.map((l) => ({ value: l, label: t(`assess.options.title.${l}`) })),
          ]}
          testId="field-titleLevel"
        />
      </Field>
      {form.titleLevel !== '' && (
        <>
          <Check checked={form.titleInShanghai} onChange={(e) => set('titleInShanghai', e.target.checked)}>
            {t('assess.fields.titleInShanghai')}
          </Check>
          <br />
          <Check
            checked={form.titleJobMatches}
            onChange={(e) => set('titleJobMatches', e.target.checked)}
            data-testid="field-titleJobMatches"
          >
            {t('assess.fields.titleJobMatches')}
          </Check>
          <br />
          {/* S-4: only 技能二级/一级 and 中级/高级职称 need the base condition. */}
          {form.siMode === 'summary' && titleNeedsBase(form.titleLevel) && (
            <>
              <Check
                checked={form.titleBaseMet}
                onChange={(e) => set('titleBaseMet', e.target.checked)}
                data-testid="field-titleBaseMet"
              >
                {t('assess.fields.titleBaseMet')}
              </Check>
              {warnings.titleBaseMet && <Warning text={warnings.titleBaseMet} testId="titleBaseMet" />}
            </>
          )}
        </>
      )}
    </>
  );
}
