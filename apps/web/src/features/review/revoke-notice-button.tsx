import { App as AntdApp, Button, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { errorText } from '../../api/error-text.ts';
import './messages.ts';

/**
 * The district talent centre revokes an approved application's points notice
 * for a correction (issue #12); the public verification page shows it revoked
 * at once. Clearing (L-4) and a false-material finding (C-5) revoke by themselves.
 */
export function RevokeNoticeButton({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const revoke = useMutation({
    mutationFn: (note: string) =>
      api.post<{ noticeNo: string }>(`/api/v1/applications/${applicationId}/notice/revocation`, {
        reason: 'correction',
        note,
      }),
    onSuccess: (r) => {
      setOpen(false);
      form.resetFields();
      void message.success(t('workbench.revoke.done', { noticeNo: r.noticeNo }));
    },
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="revoke-notice">
        {t('workbench.revoke.button')}
      </Button>
      <Modal
        open={open}
        title={t('workbench.revoke.title')}
        okText={t('workbench.revoke.confirm')}
        okButtonProps={{ danger: true, loading: revoke.isPending, id: 'revoke-notice-submit' }}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('workbench.revoke.help')}</Typography.Paragraph>
        {revoke.isError && (
          <Typography.Paragraph type="danger" data-testid="revoke-notice-error">
            {errorText(revoke.error, t)}
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" onFinish={(v) => revoke.mutate(v.note.trim())}>
          <Form.Item
            name="note"
            label={t('workbench.revoke.note')}
            rules={[{ required: true, whitespace: true, message: t('workbench.revoke.noteRequired') }, { max: 500 }]}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="revoke-notice-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
