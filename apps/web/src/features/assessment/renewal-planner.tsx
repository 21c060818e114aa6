import { Alert, Tag, TextInput } from './ui.tsx';
import type { SetField } from './form-props.ts';
import { useTranslation } from 'react-i18next';
import { isIsoDate, lifecycleOn, selectPolicy } from '@jifen/domain';
import { usePolicySet } from '../../api/policy-data.ts';
import { Field } from './field.tsx';
import type { SectionProps } from './form-props.ts';
import { useLang } from './use-lang.ts';

/** L-1..L-8: every key date of the permit period, today's state in words, and the benefits at stake (L-6). */
export function RenewalPlanner({ form, today }: Pick<SectionProps, 'form'> & { today: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const policySet = usePolicySet();
  const expiry = form.permitExpiry.trim();
  const policy = selectPolicy(policySet, today);
  const status = isIsoDate(expiry) && policy.ok ? lifecycleOn({ expiry }, today, policy.value) : null;
  return (
    <section className="assess-block" data-testid="planner">
      <h3>{t('assess.sections.planner')}</h3>
      {!status && <div className="assess-muted">{t('assess.planner.noExpiry')}</div>}
      {status && !status.ok && <Alert type="error" showIcon title={status.error.message[lang]} />}
      {status?.ok && (
        <>
          <p data-testid="planner-state">
            <strong>{t('assess.planner.state')}：</strong>
            <Tag
              color={
                status.value.state === 'valid' ? 'green' : status.value.state === 'renewal_window' ? 'blue' : 'red'
              }
            >
              {status.value.stateLabel[lang]}
            </Tag>
            <code>L-8</code>
          </p>
          {status.value.nextDeadline && (
            <p data-testid="planner-next">
              {t('assess.planner.next', {
                label: status.value.nextDeadline.label[lang],
                days: status.value.daysLeft ?? 0,
              })}{' '}
              <code>{status.value.nextDeadline.ruleId}</code>
            </p>
          )}
          <p>
            <strong>{t('assess.planner.holding')}：</strong>
            {status.value.holdingYearsRestart.reason[lang]} <code>{status.value.holdingYearsRestart.ruleId}</code>
          </p>
          <ol className="assess-timeline" data-testid="timeline">
            {insertToday(status.value.timeline, today).map((e) =>
              e === 'today' ? (
                <li key="today" className="is-today" data-testid="timeline-today">
                  ▶ {t('assess.planner.today', { date: today })}
                </li>
              ) : (
                <li key={e.kind} className={e.date < today ? 'is-past' : undefined} data-testid={`timeline-${e.kind}`}>
                  <code>{e.ruleId}</code> {e.label[lang]}
                </li>
              ),
            )}
          </ol>
          <div data-testid="benefits">
            <strong>{t('assess.planner.benefits', { date: status.value.benefits.from })}</strong> <code>L-6</code>
            <ul>
              {status.value.benefits.items.map((b) => (
                <li key={b.benefit}>
                  <Tag color={status.value.benefits.suspended ? 'red' : 'gold'}>
                    {t(status.value.benefits.suspended ? 'assess.planner.suspended' : 'assess.planner.atStake')}
                  </Tag>
                  {b.label[lang]}
                </li>
              ))}
            </ul>
            <div>
              {t('assess.planner.restore')}：{status.value.benefits.restoredBy[lang]}
            </div>
            <div className="assess-muted">{t('assess.planner.sync')}</div>
          </div>
        </>
      )}
    </section>
  );
}

/** The permit's expiry, in the form column. */
export function PlannerFields({ form, errors, set }: SectionProps & { set: SetField }) {
  const { t } = useTranslation();
  return (
    <Field label={t('assess.fields.permitExpiry')} error={errors.permitExpiry} testId="permitExpiry">
      <TextInput
        value={form.permitExpiry}
        onChange={(e) => set('permitExpiry', e.target.value)}
        placeholder="YYYY-MM-DD"
        inputMode="numeric"
        data-testid="field-permitExpiry"
      />
    </Field>
  );
}

function insertToday<T extends { date: string }>(entries: T[], today: string): (T | 'today')[] {
  const out: (T | 'today')[] = [];
  let placed = false;
  for (const e of entries) {
    if (!placed && e.date > today) {
      out.push('today');
      placed = true;
    }
    out.push(e);
  }
  if (!placed) out.push('today');
  return out;
}
