import { Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import './messages.ts';

interface ActionReasonModalProps {
  /** The action's name as its title; null while closed. */
  title: string | null;
  reason: string;
  onReasonChange: (reason: string) => void;
  onCancel: () => void;
  onOk: () => void;
  loading: boolean;
}

/**
 * the reason a return or a rejection needs. Apart from the action
 * buttons, so that antd's Input (with its password, search and OTP parts)
 * loads when a reviewer first asks for it, not with every application page
 * (issue 20).
 */
export function ActionReasonModal({ title, reason, onReasonChange, onCancel, onOk, loading }: ActionReasonModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={title !== null}
      title={title ?? ''}
      okText={t('application.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: reason.trim() === '', loading, id: 'reason-submit' }}
      onCancel={onCancel}
      onOk={onOk}
    >
      <Input.TextArea
        rows={4}
        maxLength={500}
        value={reason}
        onChange={(e) => onReasonChange(e.target.value)}
        placeholder={t('application.reasonHint')}
        data-testid="reason-input"
      />
    </Modal>
  );
}
