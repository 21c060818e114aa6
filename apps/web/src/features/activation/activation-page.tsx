import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Result, Spin, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import { formatDate } from '../../components/format-date.ts';
import { errorText } from '../../api/error-text.ts';
import { activateAccount, checkActivation } from '../applications/holder-confirmation-api.ts';
import '../applications/confirmation-messages.ts';
import { ButtonLink } from '../../components/button-link.tsx';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface ActivationForm {
  username: string;
  password: string;
  again: string;
}

/**
 * The page the activation SMS links to (issue #10). The token is in the
 * URL fragment, so it never reaches a server log; the page checks it, the
 * holder chooses a username and sets the password, and the link is spent.
 */
export default function ActivationPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const token = hash.replace(/^#/, '');
  const [check, setCheck] = useState<{ holderName: string; expiresAt: string } | { error: unknown } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!TOKEN.test(token)) return;
    let live = true;
    checkActivation(token).then(
      (ok) => live && setCheck(ok),
      (error: unknown) => live && setCheck({ error }),
    );
    return () => {
      live = false;
    };
  }, [token]);

  const submit = (values: ActivationForm) => {
    setPending(true);
    setFailed(null);
    activateAccount({ token, username: values.username, password: values.password })
      .then(
        (r) => setDone(r.username),
        (error: unknown) => setFailed(error),
      )
      .finally(() => setPending(false));
  };

  let body;
  if (!TOKEN.test(token))
    body = <Alert type="error" showIcon title={t('activation.noToken')} data-testid="activation-error" />;
  else if (done) {
    body = (
      <Result
        status="success"
        title={t('activation.done', { username: done })}
        extra={
          <ButtonLink to="/login" type="primary" data-testid="activation-login">
            {t('activation.toLogin')}
          </ButtonLink>
        }
        data-testid="activation-done"
      />
    );
  } else if (!check) body = <Spin description={t('activation.checking')} />;
  else if ('error' in check)
    body = <Alert type="error" showIcon title={errorText(check.error, t)} data-testid="activation-error" />;
  else {
    body = (
      <>
        <Typography.Paragraph data-testid="activation-holder">
          {t('activation.forHolder', { name: check.holderName, until: formatDate(check.expiresAt) })}
        </Typography.Paragraph>
        {failed !== null && (
          <Alert
            type="error"
            showIcon
            title={errorText(failed, t)}
            style={{ marginBottom: 16 }}
            data-testid="activation-failed"
          />
        )}
        <Form<ActivationForm> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('activation.username')}
            extra={t('activation.usernameHint')}
            rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9._-]{2,39}$/, message: t('activation.usernameHint') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" data-testid="activation-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('activation.password')}
            extra={t('activation.passwordHint')}
            rules={[
              {
                required: true,
                validator: async (_, v: string) => {
                  if (!v || v.length < 8 || !/[A-Za-z]/.test(v) || !/\d/.test(v))
                    throw new Error(t('activation.passwordHint'));
                },
              },
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="activation-password" />
          </Form.Item>
          <Form.Item
            name="again"
            label={t('activation.passwordAgain')}
            dependencies={['password']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, v: string) => {
                  if (v !== getFieldValue('password')) throw new Error(t('activation.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="activation-again" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={pending} data-testid="activation-submit">
            {t('activation.submit')}
          </Button>
        </Form>
      </>
    );
  }
  return <PublicPageFrame title={t('activation.title')}>{body}</PublicPageFrame>;
}
