import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { SessionUser } from '../../api/contract-types.ts';
import { errorText } from '../../api/error-text.ts';
import { SESSION_QUERY_KEY, useSession } from './session-api.ts';
import { PageTitle } from '../../components/page-title.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** The user's own password change; where a user whose password was set by someone else is sent first. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  // Only a path inside jifen: never an address elsewhere.
  const next = params.get('next');
  const returnTo = next?.startsWith('/') && !next.startsWith('//') ? next : '/';
  const change = useMutation({
    mutationFn: (v: Values) =>
      api.post<{ user: SessionUser }>('/api/v1/auth/change-password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      }),
    onSuccess: (body) => {
      queryClient.setQueryData(SESSION_QUERY_KEY, body.user);
      void navigate(returnTo, { replace: true });
    },
  });
  const forced = session.data?.mustChangePassword === true;
  return (
    <Flex justify="center">
      <Card style={{ width: 440, maxWidth: '100%' }}>
        <PageTitle>{t('password.title')}</PageTitle>
        {forced && (
          <Alert
            type="warning"
            showIcon
            title={t('password.forced')}
            style={{ marginBottom: 16 }}
            data-testid="password-forced"
          />
        )}
        {change.isError && (
          <Alert type="error" showIcon title={errorText(change.error, t)} style={{ marginBottom: 16 }} />
        )}
        <Form<Values> layout="vertical" onFinish={(v) => change.mutate(v)} data-testid="change-password-form">
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            extra={t('password.rules')}
            rules={[{ required: true, message: t('password.newRequired') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="repeat"
            label={t('password.repeat')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.repeatRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={change.isPending}
            block
            data-testid="change-password-submit"
          >
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
