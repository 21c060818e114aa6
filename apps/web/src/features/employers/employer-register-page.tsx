import { useState } from 'react';
import { Alert, Button, Checkbox, Col, Divider, Form, Input, Row, Select, Typography } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorText } from '../../api/error-text.ts';
import type { RegisterEmployerResponse } from '../../api/contract-types.ts';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import { clearDraft, readDraft, writeDraft } from '../../components/session-draft.ts';
import { useDistricts } from '../reference/districts-api.ts';
import { useRegisterEmployer } from './register-api.ts';
import { RegisterSuccess } from './register-success.tsx';
import { checkUsccInBrowser } from './uscc-checksum.ts';
import {
  API_PATH_TO_FIELD,
  isStrongPassword,
  MOBILE_PATTERN,
  SECRET_FIELDS,
  toRegisterRequest,
  USERNAME_PATTERN,
  type RegisterFormValues,
} from './register-form-values.ts';
import './messages.ts';

const DRAFT_KEY = 'register-employer';

/** Public: an employer registers itself and its HR specialist's account; verification follows in person. */
export default function EmployerRegisterPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<RegisterFormValues>();
  const register = useRegisterEmployer();
  const districts = useDistricts();
  const [done, setDone] = useState<RegisterEmployerResponse | null>(null);
  const uscc = Form.useWatch('uscc', form) ?? '';
  const checksumFails = checkUsccInBrowser(uscc).status === 'checksum';
  const required = { required: true, whitespace: true, message: t('validation.required') };

  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const usccRules = [
    required,
    ({ getFieldValue }: { getFieldValue: (name: string) => unknown }): RuleObject => ({
      validator: async (_, value: string | undefined) => {
        const check = checkUsccInBrowser(value ?? '');
        if (!value || check.status === 'ok') return;
        if (check.status === 'format' || getFieldValue('manualVerification') !== true)
          throw new Error(check.message[lang]);
      },
    }),
    ({ getFieldValue }: { getFieldValue: (name: string) => unknown }): RuleObject => ({
      warningOnly: true,
      validator: async (_, value: string | undefined) => {
        const manual = getFieldValue('manualVerification') === true;
        if (value && manual && checkUsccInBrowser(value).status === 'checksum')
          throw new Error(t('register.usccManualWarning'));
      },
    }),
  ];

  const onFinish = (values: RegisterFormValues) =>
    register.mutate(toRegisterRequest(values), {
      onSuccess: (result) => {
        clearDraft(DRAFT_KEY);
        setDone(result);
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        if (error.code === 'EMPLOYER.USCC_CHECKSUM') form.setFields([{ name: 'uscc', errors: [error.message] }]);
        const fields = error.details.flatMap((d) => {
          const name = API_PATH_TO_FIELD[d.path];
          return name ? [{ name, errors: [d.message] }] : [];
        });
        if (fields.length > 0) form.setFields(fields);
      },
    });

  if (done) {
    return (
      <PublicPageFrame title={t('register.title')} width={640}>
        <RegisterSuccess result={done} />
      </PublicPageFrame>
    );
  }

  return (
    <PublicPageFrame title={t('register.title')} width={640}>
      <Typography.Paragraph type="secondary">{t('register.intro')}</Typography.Paragraph>
      {register.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(register.error, t)}
          style={{ marginBottom: 16 }}
          data-testid="register-error"
        />
      )}
      <Form<RegisterFormValues>
        form={form}
        layout="vertical"
        initialValues={readDraft<RegisterFormValues>(DRAFT_KEY)}
        onValuesChange={(_, all) => writeDraft(DRAFT_KEY, all, SECRET_FIELDS)}
        onFinish={onFinish}
        scrollToFirstError
        data-testid="register-form"
      >
        <Divider titlePlacement="start" plain>
          {t('register.employerSection')}
        </Divider>
        <Form.Item
          name="name"
          label={t('employer.name')}
          rules={[required, { max: 120, message: t('validation.max', { max: 120 }) }]}
        >
          <Input autoComplete="organization" />
        </Form.Item>
        <Form.Item
          name="uscc"
          label={t('employer.uscc')}
          rules={usccRules}
          dependencies={['manualVerification']}
          extra={t('register.usccHelp')}
          normalize={(v: string) => v.toUpperCase()}
        >
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        {checksumFails && (
          <Form.Item name="manualVerification" valuePropName="checked">
            <Checkbox data-testid="manual-verification">{t('register.manualVerification')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="district"
          label={t('employer.district')}
          rules={[{ required: true, message: t('validation.required') }]}
          extra={t('register.districtHelp')}
        >
          <Select
            loading={districts.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={districts.data?.map((d) => ({ value: d.code, label: d.name }))}
            data-testid="register-district"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="contactName"
              label={t('register.contactName')}
              rules={[required, { max: 60, message: t('validation.max', { max: 60 }) }]}
            >
              <Input autoComplete="name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="contactMobile"
              label={t('register.contactMobile')}
              rules={[required, { pattern: MOBILE_PATTERN, message: t('validation.mobile') }]}
            >
              <Input inputMode="numeric" maxLength={11} autoComplete="tel" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('register.hrSection')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="hrDisplayName"
              label={t('register.hrDisplayName')}
              rules={[required, { max: 60, message: t('validation.max', { max: 60 }) }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="hrUsername"
              label={t('auth.username')}
              rules={[required, { pattern: USERNAME_PATTERN, message: t('validation.username') }]}
            >
              <Input autoComplete="username" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="password"
              label={t('auth.password')}
              rules={[
                required,
                {
                  validator: async (_, v?: string) => {
                    if (v && !isStrongPassword(v)) throw new Error(t('validation.password'));
                  },
                },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="confirmPassword"
              label={t('register.confirmPassword')}
              dependencies={['password']}
              rules={[
                { required: true, message: t('validation.required') },
                ({ getFieldValue }) => ({
                  validator: async (_, v?: string) => {
                    if (v && v !== getFieldValue('password')) throw new Error(t('validation.passwordMismatch'));
                  },
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" block loading={register.isPending} data-testid="register-submit">
          {t('register.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        <Link to="/login">{t('register.backToLogin')}</Link>
      </Typography.Paragraph>
    </PublicPageFrame>
  );
}
