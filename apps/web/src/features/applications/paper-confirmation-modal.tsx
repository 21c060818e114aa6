import { useState } from 'react';
import { Alert, App as AntdApp, Button, DatePicker, Form, Modal, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import type { ApplicationDetail } from './application-types.ts';
import { useRecordPaperConfirmation } from './holder-confirmation-api.ts';
import { ConfirmationPreviewCard } from './confirmation-preview.tsx';
import './confirmation-messages.ts';

// HR's record of the holder's signed paper confirmation with its scan (issue #10),
// in a file of its own: its date picker and upload load only when it opens (issue 20).

interface PaperForm {
  signedOn: Dayjs;
}

export function PaperConfirmationModal({
  application: a,
  onClose,
}: {
  application: ApplicationDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const record = useRecordPaperConfirmation();
  const [form] = Form.useForm<PaperForm>();
  const [scan, setScan] = useState<File | null>(null);
  const created = dayjs(a.createdAt).startOf('day');
  const submit = (values: PaperForm) => {
    if (!scan) return;
    record.mutate(
      { applicationId: a.id, expectedVersion: a.version, signedOn: values.signedOn.format('YYYY-MM-DD'), scan },
      {
        onSuccess: () => {
          void message.success(t('applicationMore.paperRecorded'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      width={720}
      title={t('applicationMore.paperTitle')}
      okText={t('application.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !scan, loading: record.isPending, id: 'paper-submit' }}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">{t('applicationMore.paperHint')}</Typography.Paragraph>
      {/* Issue 17: what the holder signs for, as the engine computes it today. */}
      <ConfirmationPreviewCard applicationId={a.id} />
      {record.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(record.error, t)}
          style={{ marginBottom: 12 }}
          data-testid="paper-error"
        />
      )}
      <Form<PaperForm> form={form} layout="vertical" onFinish={submit} initialValues={{ signedOn: dayjs() }}>
        <Form.Item
          name="signedOn"
          label={t('applicationMore.signedOn')}
          rules={[{ required: true, message: t('applicationMore.required') }]}
        >
          <DatePicker
            disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(created, 'day')}
            data-testid="paper-signed-on"
          />
        </Form.Item>
        <Form.Item label={t('applicationMore.scan')} required>
          <Upload
            accept=".pdf,.png,.jpg,.jpeg"
            maxCount={1}
            beforeUpload={(file) => {
              setScan(file);
              return false;
            }}
            onRemove={() => setScan(null)}
          >
            <Button icon={<UploadOutlined />} data-testid="paper-scan">
              {t('applicationMore.chooseScan')}
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
