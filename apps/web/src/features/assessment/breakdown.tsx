import { useTranslation } from 'react-i18next';
import type { Evaluation } from './engine.ts';
import { useLang } from './use-lang.ts';
import { withoutRuleId } from '../../components/rule-text.ts';

const RULES_WITH_ADVICE = new Set(['C-1', 'C-3', 'C-4', 'C-5', 'C-6', 'C-8']);

/** S-17: every indicator with its points, rule ID and reason; then the eligibility problems with what to do. */
export function Breakdown({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const a = evaluation.assessment;
  const problems = a.eligibility.filter((c) => !c.passed);
  // C-4 is not an eligibility bar: it removes the title or shortage-major points and says why in the line.
  return (
    <section className="assess-block" data-testid="breakdown">
      <h3>{t('assess.breakdown.title')}</h3>
      <table className="assess-table">
        <thead>
          <tr>
            <th>{t('assess.breakdown.indicator')}</th>
            <th className="num">{t('assess.breakdown.points')}</th>
            <th>{t('assess.breakdown.rule')}</th>
            <th>{t('assess.breakdown.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {a.lines.map((l) => (
            <tr
              key={`${l.indicator}-${l.ruleId}`}
              data-testid={`line-${l.indicator}`}
              className={l.points === 0 ? 'is-zero' : undefined}
            >
              <td>{t(`assess.indicators.${l.indicator}`)}</td>
              <td className="num">{l.points}</td>
              <td>
                <code>{l.ruleId}</code>
              </td>
              <td>
                {l.error ? l.error.message[lang] : l.reason?.[lang]}
                {l.raise && (
                  <div className="assess-muted">
                    {t('assess.breakdown.raise')}：{l.raise[lang]}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>{t('assess.result.total')}</td>
            <td className="num" data-testid="breakdown-total">
              {a.total}
            </td>
            <td colSpan={2}>
              {a.meetsStandard
                ? t('assess.result.meets')
                : t('assess.result.short', { n: a.shortfall, score: a.standardScore })}
            </td>
          </tr>
        </tfoot>
      </table>
      <h3>{t('assess.breakdown.eligibility')}</h3>
      <ul className="assess-checks" data-testid="eligibility">
        {a.eligibility.map((c) => (
          <li key={c.ruleId} className={c.passed ? 'is-ok' : 'is-bad'} data-testid={`check-${c.ruleId}`}>
            <code>{c.ruleId}</code> {c.notApplicable ? '–' : c.passed ? '✓' : '✗'}{' '}
            {withoutRuleId(c.message?.[lang] ?? '', c.ruleId)}
            {c.months && c.months.length > 0 && <div className="assess-muted">{c.months.join(', ')}</div>}
            {!c.passed && (
              <div className="assess-next-step">
                {t('assess.breakdown.nextStep')}：
                {t(RULES_WITH_ADVICE.has(c.ruleId) ? `assess.nextStep.${c.ruleId}` : 'assess.nextStep.other')}
              </div>
            )}
          </li>
        ))}
        {a.lines
          .filter((l) => l.points === 0 && (l.reason?.en.includes('C-4') ?? false))
          .map((l) => (
            <li key={`c4-${l.indicator}`} className="is-bad" data-testid={`check-C-4-${l.indicator}`}>
              <code>C-4</code> ✗ {withoutRuleId(l.reason?.[lang] ?? '', 'C-4')}
              <div className="assess-next-step">
                {t('assess.breakdown.nextStep')}：{t('assess.nextStep.C-4')}
              </div>
            </li>
          ))}
      </ul>
      {problems.length === 0 && <div className="assess-muted">{t('assess.result.eligible')}</div>}
    </section>
  );
}
