import { useState } from 'react';
import { Alert, App as AntdApp, Button, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { MessageOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import type { ApplicationDetail } from './application-types.ts';
import { useInviteHolder } from './holder-confirmation-api.ts';
import { localized } from './localized.ts';
import './confirmation-messages.ts';
import { lazyPart } from '../../app/recovery/lazy-part.tsx';

// Opened by one button: its date picker and upload load when it opens (issue 20).
const PaperConfirmationModal = lazyPart(() =>
  import('./paper-confirmation-modal.tsx').then((m) => m.PaperConfirmationModal),
);

/** As the server's INVITE_VALID_HOURS: shown in the confirmation before sending. */
const INVITE_VALID_HOURS = 72;

/**
 * What the application waits for, who must act and how (issue #10). On a
 * draft whose holder has no account, HR gets the two ways forward: the
 * activation SMS, or the signed paper confirmation with its scan.
 */
export function NextStepCard({ application: a, canAct }: { application: ApplicationDetail; canAct: boolean }) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const invite = useInviteHolder();
  const [paperOpen, setPaperOpen] = useState(false);
  const step = a.nextStep;
  if (!step) return null;
  const offers = canAct && a.state === 'draft' ? step.options : [];
  return (
    <>
      <Alert
        type={step.waitingFor ? 'info' : 'success'}
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="next-step"
        data-waiting-for={step.waitingFor ?? ''}
        title={
          <>
            <Tag>{step.ruleId}</Tag>
            {t('applicationNextStep.title')}
          </>
        }
        description={
          <Flex vertical gap={8}>
            <span data-testid="next-step-text">{localized(step.text)}</span>
            {offers.length > 0 && (
              <Flex gap={8} wrap>
                {offers.includes('invite_by_sms') && (
                  <Popconfirm
                    title={t('holderInvite.confirm', { hours: INVITE_VALID_HOURS })}
                    okText={t('application.ok')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      invite.mutate(a.id, {
                        onSuccess: (inv) =>
                          void message.success(
                            t('holderInvite.sent', { mobile: inv.mobile, until: formatDate(inv.expiresAt) }),
                          ),
                        onError: (e) => void message.error(errorText(e, t)),
                      })
                    }
                  >
                    <Button icon={<MessageOutlined />} loading={invite.isPending} data-testid="invite-holder">
                      {t('holderInvite.send')}
                    </Button>
                  </Popconfirm>
                )}
                {offers.includes('paper_confirmation') && (
                  <Button icon={<UploadOutlined />} onClick={() => setPaperOpen(true)} data-testid="record-paper">
                    {t('paperConfirmation.record')}
                  </Button>
                )}
              </Flex>
            )}
          </Flex>
        }
      />
      {paperOpen && <PaperConfirmationModal application={a} onClose={() => setPaperOpen(false)} />}
      {a.paperConfirmation && (
        <Descriptions size="small" column={1} style={{ marginBottom: 16 }} data-testid="paper-confirmation">
          <Descriptions.Item label={t('paperConfirmation.label')}>
            {t('paperConfirmation.detail', {
              date: a.paperConfirmation.signedOn,
              who: a.paperConfirmation.recordedBy.name,
              at: formatDate(a.paperConfirmation.recordedAt),
            })}
            {' · '}
            <Typography.Link
              href={`/api/v1/applications/${encodeURIComponent(a.id)}/paper-confirmation/scan`}
              target="_blank"
              rel="noopener"
            >
              {t('paperConfirmation.viewScan')}
            </Typography.Link>
          </Descriptions.Item>
        </Descriptions>
      )}
    </>
  );
}
