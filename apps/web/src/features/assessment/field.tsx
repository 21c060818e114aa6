import type { ReactNode } from 'react';
import type { LocalizedText } from '@jifen/domain';
import { useLang } from './use-lang.ts';

/** A labelled field whose problem (if any) shows right under it, in the page's language. */
export function Field({
  label,
  error,
  warning,
  children,
  testId,
  extra,
}: {
  label: ReactNode;
  error?: LocalizedText | undefined;
  warning?: LocalizedText | undefined;
  children: ReactNode;
  testId?: string;
  extra?: ReactNode;
}) {
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
      {!error && warning && <Warning text={warning} testId={testId} />}
      {extra && <div className="assess-muted">{extra}</div>}
    </div>
  );
}

/** What the input cannot support (it does not block the result, it explains a 0). */
export function Warning({ text, testId }: { text: LocalizedText; testId?: string | undefined }) {
  const lang = useLang();
  return (
    <div className="assess-warning" role="status" data-testid={testId ? `${testId}-warning` : undefined}>
      {text[lang]}
    </div>
  );
}
