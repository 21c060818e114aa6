import { useTranslation } from 'react-i18next';
import type { Evaluation } from './engine.ts';
import '../../app/elder/messages.ts';

/**
 * The live total for screen readers (aria-live polite): one short sentence, re-read when the
 * score changes, instead of the whole summary card. Always in the page, so that the first
 * result is announced too; empty while the form cannot be scored.
 */
export function LiveTotal({ evaluation }: { evaluation: Evaluation | null }) {
  const { t } = useTranslation();
  const a = evaluation?.assessment;
  return (
    <div className="jf-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-total">
      {a ? t('accessibility.liveTotal', { total: a.total, standard: a.standardScore }) : ''}
    </div>
  );
}
