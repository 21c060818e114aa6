import { type ReactNode, useState } from 'react';
import { Alert, Button, DatePicker, Form, Modal, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text.ts';

/** The words of one signed paper: each use has its own (an application's confirmation, a transfer's consent). */
export interface SignedPaperTexts {
  title: string;
  hint: string;
  ok: string;
  signedOn: string;
  required: string;
  scan: string;
  chooseScan: string;
  /** Said when OK is pressed without a scan; without it, OK stays disabled until a scan is chosen. */
  scanRequired?: string;
}

/** The element ids the journeys and labels find. */
export interface SignedPaperIds {
  submit: string;
  error: string;
  signedOn: string;
  scan: string;
}

interface PaperForm {
  signedOn: Dayjs;
}

/**
 * HR records a paper the holder signed: the signing day (from `earliest`, the
 * day the paper could first be signed, to today) and its scan (PDF or image),
 * both required. The caller sends them (`onSubmit`) and closes on success.
 */
export function SignedPaperModal({
  texts,
  ids,
  earliest,
  pending,
  error,
  onSubmit,
  onClose,
  width,
  children,
}: {
  texts: SignedPaperTexts;
  ids: SignedPaperIds;
  earliest: Dayjs;
  pending: boolean;
  error: unknown;
  onSubmit: (signedOn: string, scan: File) => void;
  onClose: () => void;
  width?: number;
  /** What the holder signed for, shown above the form. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PaperForm>();
  const [scan, setScan] = useState<File | null>(null);
  const [scanMissing, setScanMissing] = useState(false);
  const submit = (values: PaperForm) => {
    if (!scan) {
      setScanMissing(true);
      return;
    }
    onSubmit(values.signedOn.format('YYYY-MM-DD'), scan);
  };
  const showMissing = scanMissing && texts.scanRequired !== undefined;
  return (
    <Modal
      open
      width={width}
      title={texts.title}
      okText={texts.ok}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !scan && texts.scanRequired === undefined, loading: pending, id: ids.submit }}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">{texts.hint}</Typography.Paragraph>
      {children}
      {error != null && (
        <Alert type="error" showIcon title={errorText(error, t)} style={{ marginBottom: 12 }} data-testid={ids.error} />
      )}
      <Form<PaperForm> form={form} layout="vertical" onFinish={submit} initialValues={{ signedOn: dayjs() }}>
        <Form.Item name="signedOn" label={texts.signedOn} rules={[{ required: true, message: texts.required }]}>
          <DatePicker
            disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(earliest, 'day')}
            data-testid={ids.signedOn}
          />
        </Form.Item>
        <Form.Item
          label={texts.scan}
          required
          validateStatus={showMissing ? 'error' : undefined}
          help={showMissing ? texts.scanRequired : undefined}
        >
          <Upload
            accept=".pdf,.png,.jpg,.jpeg"
            maxCount={1}
            beforeUpload={(file) => {
              setScan(file);
              setScanMissing(false);
              return false;
            }}
            onRemove={() => setScan(null)}
          >
            <Button icon={<UploadOutlined />} data-testid={ids.scan}>
              {texts.chooseScan}
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
