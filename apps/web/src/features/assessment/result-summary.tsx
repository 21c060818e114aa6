import { Alert, Tag } from './ui.tsx';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from './engine.ts';

/** The live total against the standard score (S-1), eligibility at a glance, and the policy (P-3). */
export function ResultSummary({
  evaluation,
  state,
}: {
  evaluation: Evaluation | null;
  state: 'ok' | 'needInput' | 'errors';
}) {
  const { t } = useTranslation();
  if (!evaluation) {
    return (
      <Alert
        type={state === 'errors' ? 'error' : 'info'}
        showIcon
        title={t(state === 'errors' ? 'assess.result.fixErrors' : 'assess.result.needInput')}
        data-testid="result-pending"
      />
    );
  }
  const a = evaluation.assessment;
  return (
    <div className="assess-summary" data-testid="result-summary">
      <div className="assess-total-label">{t('assess.result.total')}</div>
      <div className={`assess-total ${a.meetsStandard ? 'is-met' : 'is-short'}`} data-testid="total">
        {a.total}
      </div>
      <div>{t('assess.result.standard', { score: a.standardScore })}</div>
      <div style={{ margin: '8px 0' }}>
        {a.meetsStandard ? (
          <Tag color="green" data-testid="meets">
            {t('assess.result.meets')}
          </Tag>
        ) : (
          <Tag color="orange" data-testid="shortfall">
            {t('assess.result.short', { n: a.shortfall, score: a.standardScore })}
          </Tag>
        )}
        {a.eligible ? (
          <Tag color="blue">{t('assess.result.eligible')}</Tag>
        ) : (
          <Tag color="red" data-testid="not-eligible">
            {t('assess.result.notEligible')}
          </Tag>
        )}
      </div>
      <div className="assess-muted" data-testid="policy">
        {t('assess.result.policy', { id: evaluation.policy.id, hash: evaluation.policy.hash.slice(0, 12) })}
      </div>
    </div>
  );
}
