import type { ChangeEvent, CSSProperties, InputHTMLAttributes, ReactNode } from 'react';

/*
 * Light native controls in antd's look for the public page: its first load
 * must stay within the initial-JS budget, and antd's Input, Form, Radio,
 * Tag and Alert modules alone weigh ~45 KB gzipped. Buttons and the
 * language switch still come from antd (already in the shell's chunks).
 */

export function TextInput({
  status,
  className,
  ...rest
}: InputHTMLAttributes<HTMLInputElement> & { status?: 'error' | undefined }) {
  return (
    <input
      type="text"
      {...rest}
      className={`assess-input${status === 'error' ? ' is-error' : ''}${className ? ` ${className}` : ''}`}
    />
  );
}

export function Check({
  checked,
  onChange,
  children,
  ...rest
}: {
  checked: boolean;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <label className="assess-check">
      <input type="checkbox" checked={checked} onChange={onChange} data-testid={rest['data-testid']} />
      <span>{children}</span>
    </label>
  );
}

export function RadioGroup<V extends string>({
  value,
  onChange,
  options,
  ...rest
}: {
  value: V;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  options: { value: V; label: string }[];
  'data-testid'?: string;
}) {
  return (
    <div className="assess-radios" role="radiogroup" data-testid={rest['data-testid']}>
      {options.map((o) => (
        <label key={o.value} className={`assess-radio${o.value === value ? ' is-on' : ''}`}>
          <input type="radio" value={o.value} checked={o.value === value} onChange={onChange} />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

const TAG_CLASS: Record<string, string> = { green: 'ok', blue: 'info', orange: 'warn', gold: 'warn', red: 'bad' };

export function Tag({
  color,
  children,
  ...rest
}: {
  color: 'green' | 'blue' | 'orange' | 'gold' | 'red';
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <span className={`assess-tag is-${TAG_CLASS[color]}`} data-testid={rest['data-testid']}>
      {children}
    </span>
  );
}

export function Alert({
  type,
  title,
  description,
  action,
  style,
  className,
  ...rest
}: {
  type: 'success' | 'info' | 'warning' | 'error';
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  showIcon?: boolean;
  style?: CSSProperties;
  className?: string;
  'data-testid'?: string;
}) {
  return (
    <div
      role={type === 'error' ? 'alert' : 'status'}
      className={`assess-alert is-${type}${className ? ` ${className}` : ''}`}
      style={style}
      data-testid={rest['data-testid']}
    >
      <div className="assess-alert-body">
        <div>{title}</div>
        {description && <div className="assess-alert-desc">{description}</div>}
      </div>
      {action}
    </div>
  );
}
