import { App as AntdApp } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SignedPaperModal } from '../../components/signed-paper-modal.tsx';
import type { ApplicationDetail } from './application-types.ts';
import { useRecordPaperConfirmation } from './holder-confirmation-api.ts';
import { ConfirmationPreviewCard } from './confirmation-preview.tsx';
import './confirmation-messages.ts';

// HR's record of the holder's signed paper confirmation with its scan (issue #10),
// in a file of its own: its date picker and upload load only when it opens (issue 20).

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
  return (
    <SignedPaperModal
      width={720}
      texts={{
        title: t('paperConfirmation.title'),
        hint: t('paperConfirmation.hint'),
        ok: t('application.ok'),
        signedOn: t('paperConfirmation.signedOn'),
        required: t('paperConfirmation.required'),
        scan: t('paperConfirmation.scan'),
        chooseScan: t('paperConfirmation.chooseScan'),
      }}
      ids={{ submit: 'paper-submit', error: 'paper-error', signedOn: 'paper-signed-on', scan: 'paper-scan' }}
      earliest={dayjs(a.createdAt).startOf('day')}
      pending={record.isPending}
      error={record.error}
      onSubmit={(signedOn, scan) =>
        record.mutate(
          { applicationId: a.id, expectedVersion: a.version, signedOn, scan },
          {
            onSuccess: () => {
              void message.success(t('paperConfirmation.recorded'));
              onClose();
            },
          },
        )
      }
      onClose={onClose}
    >
      {/* Issue 17: what the holder signs for, as the engine computes it today. */}
      <ConfirmationPreviewCard applicationId={a.id} />
    </SignedPaperModal>
  );
}
