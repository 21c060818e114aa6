import { useTranslation } from 'react-i18next';
import '../app/elder/messages.ts';

/** The id of each page's <main>, the skip link's target. */
export const MAIN_ID = 'main';

/** "跳到主要内容": the first tab stop of every page, past the header and its controls (WCAG 2.4.1). */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="jf-skip-link" href={`#${MAIN_ID}`} data-testid="skip-link">
      {t('accessibility.skipToMain')}
    </a>
  );
}
