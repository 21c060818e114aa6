import { useEffect, useRef } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Improvement } from '@jifen/domain';
import type { Evaluation } from './engine.ts';
import { useLang } from './use-lang.ts';
import { withoutRuleId } from '../../components/rule-text.ts';
import '../../app/elder/messages.ts';

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
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // The row whose button was pressed: applying re-ranks the list and removes that button, and
  // focus would fall back to the page's top. It goes to the button now in that row (or the heading).
  const refocusRow = useRef<number | null>(null);
  useEffect(() => {
    const row = refocusRow.current;
    if (row === null) return;
    refocusRow.current = null;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
    (buttons[Math.min(row, buttons.length - 1)] ?? heading.current)?.focus();
  }, [evaluation]);
  return (
    <section className="assess-block" data-testid="what-ifs">
      <h3 ref={heading} tabIndex={-1}>
        {t('assess.whatIf.title')}
      </h3>
      {evaluation.improvements.length === 0 && <div className="assess-muted">{t('assess.whatIf.none')}</div>}
      <ol className="assess-whatifs" ref={list}>
        {evaluation.improvements.slice(0, 8).map((imp, i) => {
          const what = withoutRuleId(imp.text[lang], imp.ruleId);
          return (
            <li key={`${imp.indicator}-${imp.ruleId}-${i}`} data-testid={`what-if-${i}`}>
              <span className="assess-gain">+{imp.gain}</span> <code>{imp.ruleId}</code> {what}
              <Button
                size="small"
                className="no-print"
                style={{ marginInlineStart: 8 }}
                disabled={!canApply(imp)}
                title={canApply(imp) ? undefined : t('assess.whatIf.cannotApply')}
                // Eight buttons all named "套用" told a screen-reader user nothing: each says what it applies.
                aria-label={t('accessibility.applyWhatIf', { what, gain: imp.gain })}
                onClick={() => {
                  refocusRow.current = i;
                  onApply(imp);
                }}
                data-testid={`what-if-${i}-apply`}
              >
                {t('assess.whatIf.apply')}
              </Button>
            </li>
          );
        })}
      </ol>
      <p data-testid="earliest">
        <strong>{t('assess.whatIf.earliest')}</strong>
        {e.reasoning[lang]}
      </p>
    </section>
  );
}
