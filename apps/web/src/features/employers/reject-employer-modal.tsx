import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Employer } from '../../api/contract-types.ts';
import './messages.ts';

interface RejectEmployerModalProps {
  employer: Employer | null;
  submitting: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Rejecting needs a reason; the employer reads it. */
export function RejectEmployerModal({ employer, submitting, onSubmit, onCancel }: RejectEmployerModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={employer !== null}
      title={t('reviewer.rejectTitle', { name: employer?.name ?? '' })}
      okText={t('reviewer.reject')}
      okButtonProps={{ danger: true, loading: submitting }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => onSubmit(reason.trim())}>
        <Form.Item
          name="reason"
          label={t('reviewer.rejectReason')}
          rules={[{ required: true, whitespace: true, message: t('reviewer.rejectReasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
