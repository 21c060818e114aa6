import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import { errorText } from '../../api/error-text.ts';
import { type Credentials, useLogin, useSession } from './session-api.ts';
import { safeNextPath } from './safe-next-path.ts';

export default function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));

  if (session.data) return <Navigate to={next} replace />;

  const onFinish = (values: Credentials) =>
    login.mutate(values, { onSuccess: () => void navigate(next, { replace: true }) });

  return (
    <PublicPageFrame title={t('auth.loginTitle')}>
      {login.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(login.error, t)}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      )}
      <Form<Credentials> layout="vertical" onFinish={onFinish} requiredMark={false} autoComplete="on">
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
          {t('auth.login')}
        </Button>
      </Form>
      <p style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.employerQuestion')} <Link to="/register-employer">{t('auth.registerEmployer')}</Link>
      </p>
    </PublicPageFrame>
  );
}
