import { lazy, Suspense, useMemo, useState } from 'react';
import { Button } from 'antd';
import { Alert } from './ui.tsx';
import { useTranslation } from 'react-i18next';
import type { Improvement } from '@jifen/domain';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { ElderModeSwitch } from '../../app/elder/elder-mode-switch.tsx';
import { MAIN_ID, SkipLink } from '../../components/skip-link.tsx';
import { useDocumentTitle } from '../../components/document-title.ts';
import { LiveTotal } from './live-total.tsx';
import { usePolicySet } from '../../api/policy-data.ts';
import { ActionsBar } from './actions-bar.tsx';
import { BonusFields, RecordFields } from './bonus-fields.tsx';
import { Breakdown } from './breakdown.tsx';
import { evaluateInBrowser, policyOn } from './engine.ts';
import { emptyForm, type FormState } from './form-state.ts';
import type { SetField } from './form-props.ts';
import './messages.ts';
import { PersonalFields, TitleFields } from './personal-fields.tsx';
import { PlannerFields, RenewalPlanner } from './renewal-planner.tsx';
import { ResultSummary } from './result-summary.tsx';
import { decodeForm, encodeForm } from './share-codec.ts';
import { SiFields } from './si-fields.tsx';
import { readForm, summaryWarnings } from './to-input.ts';
import { shanghaiToday } from './today.ts';
import { useLang } from './use-lang.ts';
import { applyWhatIf } from './what-if-patches.ts';
import { WhatIfs } from './what-ifs.tsx';
import './assessment.css';

// The materials check (M-, R-) sits below the fold: loaded after the first paint, keeping /assess within its JS budget.
const MaterialsChecklist = lazy(() =>
  import('./materials-checklist.tsx').then((m) => ({ default: m.MaterialsChecklist })),
);
const MaterialsFields = lazy(() => import('./materials-checklist.tsx').then((m) => ({ default: m.MaterialsFields })));

/** Progressive disclosure: the sections most people need are open; the rest open on demand. */
const OPEN_AT_START = new Set(['personal', 'si', 'planner']);

/** Public 积分测评: the whole assessment runs in the browser with @jifen/domain (architecture principle 2). */
export default function AssessmentPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useMemo(() => shanghaiToday(), []);
  const [form, setForm] = useState<FormState>(() => decodeForm(window.location.hash, today) ?? emptyForm(today));
  const [undo, setUndo] = useState<FormState | null>(null);
  const [showRecords, setShowRecords] = useState(false);
  const setField: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  // The published policy data (P-1), the bundled set until it arrives.
  const policySet = usePolicySet();
  useDocumentTitle(t('assess.title'));

  const read = useMemo(() => readForm(form), [form]);
  const result = useMemo(
    () => (read.input ? evaluateInBrowser(read.input, form.asOf, policySet) : null),
    [read.input, form.asOf, policySet],
  );
  const evaluation = result?.ok ? result.value : null;
  const policy = policyOn(form.asOf, policySet);
  const tiers = policy.ok
    ? policy.value.params.points.baseMultipleTiers.map((x) => ({
        min: x.minMultiple,
        max: x.maxMultiple,
        months: x.months,
      }))
    : [];
  const titleBaseNeed = policy.ok ? policy.value.params.points.titleSiBase.months : 6;
  const warnings = useMemo(() => summaryWarnings(form, tiers, titleBaseNeed), [form, tiers, titleBaseNeed]);
  const tierMins = tiers.map((x) => x.min);
  const hasErrors = Object.keys(read.errors).length > 0;
  const props = { form, errors: read.errors, warnings, set: setField };

  const apply = (imp: Improvement) => {
    const next = applyWhatIf(form, imp, tierMins, policySet);
    if (next) {
      setUndo(form);
      setForm(next);
    }
  };

  const sections = [
    {
      key: 'personal',
      label: t('assess.sections.personal'),
      children: <PersonalFields {...props} birthFromId={read.birthFromId} />,
    },
    { key: 'si', label: t('assess.sections.si'), children: <SiFields {...props} tiers={tiers} /> },
    { key: 'title', label: t('assess.sections.title'), children: <TitleFields {...props} /> },
    { key: 'bonus', label: t('assess.sections.bonus'), children: <BonusFields {...props} /> },
    {
      key: 'records',
      label: t('assess.sections.records'),
      children: <RecordFields {...props} show={showRecords} onShow={setShowRecords} />,
    },
    { key: 'planner', label: t('assess.sections.planner'), children: <PlannerFields {...props} /> },
    {
      key: 'materials',
      label: t('assess.sections.materials'),
      children: (
        <Suspense fallback={null}>
          <MaterialsFields {...props} today={today} />
        </Suspense>
      ),
    },
  ];

  return (
    <div className="assess-page" data-testid="assessment-page">
      <SkipLink />
      <header className="assess-header">
        <div className="assess-brand">积分 jifen</div>
        <div className="no-print assess-header-tools">
          <ElderModeSwitch size="small" />
          <LanguageSwitch size="small" />
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="assess-main">
        <h1 className="assess-title no-print">{t('assess.title')}</h1>
        <div className="print-only assess-print-head">
          {/* Printed instead of the page's <h1>, which print hides: one <h1> in the page. */}
          <p className="assess-print-title">{t('assess.print.heading')}</p>
          <p>{t('assess.print.generated', { date: form.asOf })}</p>
        </div>
        <p className="assess-intro no-print">{t('assess.intro')}</p>
        <div className="assess-grid">
          <div className="assess-form no-print" data-testid="assessment-form">
            {sections.map((sec) => (
              <details
                key={sec.key}
                className="assess-section"
                open={OPEN_AT_START.has(sec.key)}
                data-testid={`section-${sec.key}`}
              >
                <summary>{sec.label}</summary>
                <div className="assess-section-body">{sec.children}</div>
              </details>
            ))}
          </div>
          <div className="assess-results" id="result">
            <div className="assess-sticky">
              <ResultSummary evaluation={evaluation} state={hasErrors ? 'errors' : 'needInput'} />
              <LiveTotal evaluation={evaluation} />
              {result && !result.ok && <Alert type="error" showIcon title={result.error.message[lang]} />}
              {undo && (
                <Alert
                  type="success"
                  className="no-print"
                  style={{ marginTop: 8 }}
                  title={t('assess.whatIf.applied')}
                  action={
                    <Button
                      size="small"
                      onClick={() => {
                        setForm(undo);
                        setUndo(null);
                      }}
                      data-testid="undo"
                    >
                      {t('assess.whatIf.undo')}
                    </Button>
                  }
                  data-testid="applied"
                />
              )}
              <div style={{ marginTop: 12 }}>
                <ActionsBar
                  shareFragment={encodeForm(form)}
                  input={read.input}
                  asOf={form.asOf}
                  onReset={() => {
                    setForm(emptyForm(today));
                    setUndo(null);
                  }}
                />
              </div>
            </div>
            {evaluation && <Breakdown evaluation={evaluation} />}
            {evaluation && (
              <WhatIfs
                evaluation={evaluation}
                onApply={apply}
                canApply={(imp) => applyWhatIf(form, imp, tierMins, policySet) !== null}
              />
            )}
            <RenewalPlanner form={form} today={today} />
            <Suspense fallback={null}>
              <MaterialsChecklist form={form} errors={read.errors} today={today} />
            </Suspense>
          </div>
        </div>
      </main>
      {evaluation && (
        <button
          type="button"
          className="assess-mobile-total no-print"
          onClick={() => document.getElementById('result')?.scrollIntoView({ behavior: 'smooth' })}
          data-testid="mobile-total"
        >
          {t('assess.result.total')} <strong>{evaluation.assessment.total}</strong> /{' '}
          {evaluation.assessment.standardScore}
        </button>
      )}
    </div>
  );
}
