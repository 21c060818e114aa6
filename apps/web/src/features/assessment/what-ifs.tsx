import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Improvement } from '@jifen/domain';
import type { Evaluation } from './engine.ts';
import { useLang } from './use-lang.ts';
import { withoutRuleId } from '../../components/rule-text.ts';

/** Ranked what-ifs (each can be applied to the form) and the earliest date time alone reaches 120. */
export function WhatIfs({
  evaluation,
  onApply,
  canApply,
}: {
  evaluation: Evaluation;
  onApply: (imp: Improvement) => void;
  canApply: (imp: Improvement) => boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const e = evaluation.earliest;
  return (
    <section className="assess-block" data-testid="what-ifs">
      <h3>{t('assess.whatIf.title')}</h3>
      {evaluation.improvements.length === 0 && <div className="assess-muted">{t('assess.whatIf.none')}</div>}
      <ol className="assess-whatifs">
        {evaluation.improvements.slice(0, 8).map((imp, i) => (
          <li key={`${imp.indicator}-${imp.ruleId}-${i}`} data-testid={`what-if-${i}`}>
            <span className="assess-gain">+{imp.gain}</span> <code>{imp.ruleId}</code>{' '}
            {withoutRuleId(imp.text[lang], imp.ruleId)}
            <Button
              size="small"
              className="no-print"
              style={{ marginInlineStart: 8 }}
              disabled={!canApply(imp)}
              title={canApply(imp) ? undefined : t('assess.whatIf.cannotApply')}
              onClick={() => onApply(imp)}
              data-testid={`what-if-${i}-apply`}
            >
              {t('assess.whatIf.apply')}
            </Button>
          </li>
        ))}
      </ol>
      <p data-testid="earliest">
        <strong>{t('assess.whatIf.earliest')}</strong>
        {e.reasoning[lang]}
      </p>
    </section>
  );
}
