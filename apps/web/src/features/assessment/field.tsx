import type { ReactNode } from 'react';
import type { LocalizedText } from '@jifen/domain';
import { useLang } from './use-lang.ts';

/** A labelled field whose problem (if any) shows right under it, in the page's language. */
export function Field({ label, error, children, testId, extra }: { label: ReactNode; error?: LocalizedText | undefined; children: ReactNode; testId?: string; extra?: ReactNode }) {
  const lang = useLang();
  return (
    <div className={`assess-field${error ? ' has-error' : ''}`}>
      <label>
        <span className="assess-label">{label}</span>
        {children}
      </label>
      {error && (
        <div className="assess-error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error[lang]}
        </div>
      )}
      {extra && <div className="assess-muted">{extra}</div>}
    </div>
  );
}
