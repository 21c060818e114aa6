import { useContext, type ReactNode } from 'react';
import { Col, ConfigProvider, Row } from 'antd';
import useCSSVarCls from 'antd/es/config-provider/hooks/useCSSVarCls';
import useFormStyle from 'antd/es/form/style';

/**
 * The class names of antd's vertical <Form>, for a plain <form> of FormFields
 * (issue 20): antd's Form brings its field store and async-validator (~23 KB
 * gzipped) onto the application page for a few dates; its styles alone are a
 * few kilobytes, and the form looks the same.
 */
export function useAntdFormClass(): { form: string; prefix: string } {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const p = getPrefixCls('form');
  const rootCls = useCSSVarCls(p);
  const [hashId, cssVarCls] = useFormStyle(p, rootCls);
  return { form: [p, `${p}-vertical`, hashId, cssVarCls, rootCls].join(' '), prefix: p };
}

interface FormFieldProps {
  /** The form's prefix (useAntdFormClass). */
  prefix: string;
  /** The control's id: the label points at it and the error is tied to it (aria-describedby). */
  id: string;
  label: string;
  required?: boolean;
  error?: string | null;
  children: ReactNode;
}

/**
 * One field as antd's Form.Item renders it in a vertical form (the same
 * elements and class names): the label bound to the control, the required
 * mark, and the error announced under it (role="alert"). The control sets its
 * own aria-invalid and aria-describedby={helpId(id)} when there is an error.
 */
export function FormField({ prefix: p, id, label, required, error, children }: FormFieldProps) {
  return (
    <div className={[`${p}-item`, error && `${p}-item-has-error`].filter(Boolean).join(' ')}>
      <Row className={`${p}-item-row`}>
        <Col className={`${p}-item-label`}>
          <label htmlFor={id} className={required ? `${p}-item-required` : undefined} title={label}>
            {label}
          </label>
        </Col>
        <Col className={`${p}-item-control`}>
          <div className={`${p}-item-control-input`}>
            <div className={`${p}-item-control-input-content`}>{children}</div>
          </div>
          {error && (
            <div className={`${p}-item-additional`}>
              <div id={helpId(id)} className={`${p}-item-explain ${p}-item-explain-connected`} role="alert">
                <div className={`${p}-item-explain-error`}>{error}</div>
              </div>
            </div>
          )}
        </Col>
      </Row>
    </div>
  );
}

/** The id of a field's error text, for the control's aria-describedby. */
export const helpId = (id: string) => `${id}_help`;
