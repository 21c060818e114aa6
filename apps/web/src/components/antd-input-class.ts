import { useContext } from 'react';
import { ConfigProvider } from 'antd';
import useCSSVarCls from 'antd/es/config-provider/hooks/useCSSVarCls';
import useInputStyle, { useSharedStyle } from 'antd/es/input/style';

/**
 * The class names antd's Input gives its <input> (outlined, its theme's
 * variables), for a native <input> or <select> that should look like one
 * (issue 20): antd's input styles are on every signed-in page already, while
 * its Input component, Form and Select are not (~45 KB gzipped together).
 * The browser's own control keeps its label, keyboard and date picker.
 */
export function useAntdInputClass(status?: 'error'): string {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const p = getPrefixCls('input');
  const rootCls = useCSSVarCls(p);
  const [hashId, cssVarCls] = useSharedStyle(p);
  useInputStyle(p, rootCls);
  return [p, `${p}-outlined`, status === 'error' && `${p}-status-error`, hashId, cssVarCls, rootCls]
    .filter(Boolean)
    .join(' ');
}
