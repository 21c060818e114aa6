import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { UserRecord } from '../../api/contract-types.ts';
import { errorText } from '../../api/error-text.ts';
import { StaffScopeFields } from './staff-scope-fields.tsx';
import './messages.ts';

type Dialog = 'disable' | 'reset' | 'role' | null;

interface DialogValues {
  reason?: string;
  password?: string;
  role?: string;
  district?: string;
  centreId?: string;
}

/** The administrator's actions on one account (each audited by the API): disable or enable, unlock, reset the password, change a staff role or scope. */
export function AccountActions({ user, self }: { user: UserRecord; self: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<DialogValues>();
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) =>
      path === 'role'
        ? api.request<{ user: UserRecord }>('PATCH', `/api/v1/users/${user.id}/role`, { body })
        : api.post<{ user: UserRecord }>(`/api/v1/users/${user.id}/${path}`, body ?? {}),
    onSuccess: () => {
      setDialog(null);
      form.resetFields();
      void message.success(t('accounts.done', { username: user.username }));
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const locked = user.lockedUntil !== null;
  // Holder and HR accounts keep their role: their scope is a holder record or an employer.
  const staff = user.role !== 'holder' && user.role !== 'hr';
  const openRole = () => {
    form.setFieldsValue({ role: user.role, district: user.district?.code, centreId: user.centre?.id });
    setDialog('role');
  };
  const title = {
    disable: t('accounts.disableTitle', { username: user.username }),
    reset: t('accounts.resetTitle', { username: user.username }),
    role: t('accounts.roleTitle', { username: user.username }),
  };
  const submit = (v: DialogValues) => {
    if (dialog === 'disable') act.mutate({ path: 'disable', body: { reason: v.reason } });
    else if (dialog === 'reset') act.mutate({ path: 'reset-password', body: { password: v.password } });
    else act.mutate({ path: 'role', body: { role: v.role, district: v.district, centreId: v.centreId } });
  };
  return (
    <>
      <Space size={4} wrap>
        {user.disabledAt === null ? (
          <Button
            size="small"
            danger
            disabled={self}
            onClick={() => setDialog('disable')}
            data-testid={`disable-${user.username}`}
          >
            {t('accounts.disable')}
          </Button>
        ) : (
          <Button size="small" onClick={() => act.mutate({ path: 'enable' })} data-testid={`enable-${user.username}`}>
            {t('accounts.enable')}
          </Button>
        )}
        {locked && (
          <Button size="small" onClick={() => act.mutate({ path: 'unlock' })} data-testid={`unlock-${user.username}`}>
            {t('accounts.unlock')}
          </Button>
        )}
        <Button size="small" disabled={self} onClick={() => setDialog('reset')} data-testid={`reset-${user.username}`}>
          {t('accounts.resetPassword')}
        </Button>
        {staff && (
          <Button size="small" disabled={self} onClick={() => openRole()} data-testid={`role-${user.username}`}>
            {t('accounts.changeRole')}
          </Button>
        )}
      </Space>
      {act.isError && dialog === null && <Typography.Text type="danger">{errorText(act.error, t)}</Typography.Text>}
      <Modal
        open={dialog !== null}
        title={dialog ? title[dialog] : undefined}
        okText={t('accounts.confirm')}
        cancelText={t('accounts.cancel')}
        okButtonProps={{ danger: dialog === 'disable', loading: act.isPending }}
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {act.isError && <Typography.Paragraph type="danger">{errorText(act.error, t)}</Typography.Paragraph>}
        <Form form={form} layout="vertical" onFinish={submit}>
          {dialog === 'role' && (
            <>
              <Typography.Paragraph type="secondary">{t('accounts.roleHelp')}</Typography.Paragraph>
              <StaffScopeFields form={form} />
            </>
          )}
          {dialog === 'disable' && (
            <Form.Item
              name="reason"
              label={t('accounts.disableReason')}
              rules={[{ required: true, whitespace: true, message: t('accounts.reasonRequired') }]}
            >
              <Input maxLength={200} data-testid="disable-reason" />
            </Form.Item>
          )}
          {dialog === 'reset' && (
            <>
              <Typography.Paragraph type="secondary">{t('accounts.resetHelp')}</Typography.Paragraph>
              <Form.Item
                name="password"
                label={t('accounts.newPassword')}
                extra={t('password.rules')}
                rules={[{ required: true, message: t('password.newRequired') }]}
              >
                <Input.Password autoComplete="new-password" data-testid="reset-password-input" />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
