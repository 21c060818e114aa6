/**
 * A native <select>: on phones it opens the system picker, and it keeps
 * antd's heavy Select (rc-select, virtual list) out of the public page's
 * first load (initial-js budget).
 */
export function NativeSelect<V extends string>({
  value,
  onChange,
  options,
  testId,
  ariaLabel,
}: {
  value: V;
  onChange: (v: V) => void;
  options: { value: V; label: string }[];
  testId?: string;
  ariaLabel?: string;
}) {
  return (
    <select
      className="assess-select"
      value={value}
      aria-label={ariaLabel}
      onChange={(e) => onChange(e.target.value as V)}
      data-testid={testId}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
