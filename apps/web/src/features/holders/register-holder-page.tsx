import { Alert, App as AntdApp, Button, Card, DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { RequireVerifiedEmployer } from '../employers/employer-not-verified.tsx';
import { parseMobile, parseResidentId } from '@jifen/domain';
import { errorText } from '../../api/error-text.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useRegisterHolder } from './records/holder-data-api.ts';
import './records/messages.ts';
import '../transfers/messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

interface RegisterValues {
  name: string;
  residentId: string;
  mobile: string;
  username: string;
  initialPassword: string;
  permitNo?: string;
  expiresOn?: Dayjs;
}

const FIELDS = ['name', 'residentId', 'mobile', 'username', 'initialPassword', 'permit'];

/**
 * R-3 step 2: HR registers a holder. HR of an unverified employer
 * cannot: the page says why instead of a form the API refuses.
 */
export default function RegisterHolderPage() {
  const { data: user } = useSession();
  return (
    <RequireVerifiedEmployer user={user}>
      <RegisterHolderForm />
    </RequireVerifiedEmployer>
  );
}

/** The holder's data without an account (ID and mobile checked at the field, I-1 and I-3). */
function RegisterHolderForm() {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const navigate = useNavigate();
  const register = useRegisterHolder();
  const [form] = Form.useForm<RegisterValues>();
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  const required = { required: true, message: t('holderData.required') };

  const onFinish = ({ permitNo, expiresOn, ...values }: RegisterValues) =>
    register.mutate(
      {
        ...values,
        residentId: values.residentId.trim().toUpperCase(),
        ...(permitNo && expiresOn ? { permit: { permitNo, expiresOn: expiresOn.format('YYYY-MM-DD') } } : {}),
      },
      {
        onSuccess: (body) => {
          if ('transfer' in body) {
            // The same answer whoever holds the ID: submitted, awaiting the holder's consent (R-2, issue 18 item 10).
            void message.success(t('transfer.submittedDetail', { name: body.transfer.name }), 8);
            void navigate('/transfers');
            return;
          }
          void message.success(t('holderData.registered', { name: body.holder.name }));
          void navigate(`/holders/${body.holder.id}`);
        },
        onError: (error) => showFieldErrors(form, error, FIELDS),
      },
    );

  return (
    <>
      <PageTitle>{t('holderData.registerTitle')}</PageTitle>
      <Card style={{ maxWidth: 720 }}>
        <Typography.Paragraph type="secondary">{t('holderData.registerHint')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary" data-testid="register-transfer-hint">
          {t('holderData.registerTransferHint')}
        </Typography.Paragraph>
        <Form<RegisterValues> form={form} layout="vertical" onFinish={onFinish} data-testid="register-holder-form">
          <Form.Item name="name" label={t('holder.name')} rules={[required, { max: 50 }]}>
            <Input data-testid="rh-name" />
          </Form.Item>
          <Form.Item
            name="residentId"
            label={t('holder.idNumber')}
            validateTrigger="onBlur"
            rules={[
              required,
              {
                validator: (_, v: string | undefined) => {
                  if (!v) return Promise.resolve();
                  const r = parseResidentId(v);
                  return r.ok ? Promise.resolve() : Promise.reject(new Error(r.error.message[lang]));
                },
              },
            ]}
          >
            <Input maxLength={18} autoComplete="off" data-testid="rh-resident-id" />
          </Form.Item>
          <Form.Item
            name="mobile"
            label={t('holderData.mobile')}
            validateTrigger="onBlur"
            rules={[
              required,
              {
                validator: (_, v: string | undefined) => {
                  if (!v) return Promise.resolve();
                  const r = parseMobile(v);
                  return r.ok ? Promise.resolve() : Promise.reject(new Error(r.error.message[lang]));
                },
              },
            ]}
          >
            <Input maxLength={14} autoComplete="off" data-testid="rh-mobile" />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('holderData.username')}
            rules={[required, { pattern: /^[a-z0-9][a-z0-9._-]{2,39}$/, message: t('holderData.usernameRule') }]}
          >
            <Input autoComplete="off" data-testid="rh-username" />
          </Form.Item>
          <Form.Item
            name="initialPassword"
            label={t('holderData.initialPassword')}
            rules={[required, { pattern: /^(?=.*[A-Za-z])(?=.*\d).{10,}$/, message: t('holderData.passwordRule') }]}
          >
            <Input.Password autoComplete="new-password" data-testid="rh-password" />
          </Form.Item>
          <Typography.Title level={5}>{t('holderData.permitOptional')}</Typography.Title>
          <Form.Item
            name="permitNo"
            label={t('holder.permitNo')}
            dependencies={['expiresOn']}
            rules={[
              ({ getFieldValue }) => ({
                required: Boolean(getFieldValue('expiresOn')),
                message: t('holderData.required'),
              }),
            ]}
          >
            <Input maxLength={40} data-testid="rh-permit-no" />
          </Form.Item>
          <Form.Item
            name="expiresOn"
            label={t('holder.permitExpiry')}
            dependencies={['permitNo']}
            rules={[
              ({ getFieldValue }) => ({
                required: Boolean(getFieldValue('permitNo')),
                message: t('holderData.required'),
              }),
            ]}
          >
            <DatePicker format="YYYY-MM-DD" data-testid="rh-expires-on" />
          </Form.Item>
          {register.isError && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorText(register.error, t)}
              data-testid="register-error"
            />
          )}
          <Button type="primary" htmlType="submit" loading={register.isPending} data-testid="rh-submit">
            {t('holderData.register')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
