import { useContext, type ChangeEvent, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import useCSSVarCls from 'antd/es/config-provider/hooks/useCSSVarCls';
import useCheckboxStyle from 'antd/es/checkbox/style';

interface CompactCheckboxProps {
  checked: boolean;
  disabled?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  children: ReactNode;
  /** Given to the <input>, as antd's Checkbox does. */
  'data-testid'?: string;
}

/**
 * A checkbox as antd's Checkbox renders it (label.ant-checkbox-wrapper,
 * span.ant-checkbox, input.ant-checkbox-input, span.ant-checkbox-label)
 * styled by antd's own checkbox styles, so it looks, reads and works with the
 * keyboard the same: a native checkbox inside its label. It leaves out the
 * click wave, the group and the event lock antd's brings (issue 20: the
 * counter's materials form on the application page).
 */
export function CompactCheckbox({ checked, disabled = false, onChange, children, ...rest }: CompactCheckboxProps) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const p = getPrefixCls('checkbox');
  const rootCls = useCSSVarCls(p);
  const [hashId, cssVarCls] = useCheckboxStyle(p, rootCls);
  const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ');
  return (
    <label
      className={classes(
        `${p}-wrapper`,
        checked && `${p}-wrapper-checked`,
        disabled && `${p}-wrapper-disabled`,
        cssVarCls,
        rootCls,
        hashId,
      )}
    >
      <span className={classes(p, checked && `${p}-checked`, disabled && `${p}-disabled`, hashId)}>
        <input
          type="checkbox"
          className={`${p}-input`}
          checked={checked}
          disabled={disabled}
          onChange={onChange}
          data-testid={rest['data-testid']}
        />
      </span>
      <span className={`${p}-label`}>{children}</span>
    </label>
  );
}
