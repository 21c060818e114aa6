import { useState } from 'react';
import { Alert, App as AntdApp, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorText } from '../../api/error-text.ts';
import {
  REASON_REQUIRED,
  type ApplicationAction,
  type ApplicationDetail,
  type CheckResult,
} from './application-types.ts';
import { useApplicationAction } from './applications-api.ts';
import { lazyPart } from '../../app/recovery/lazy-part.tsx';
import { checksFromDetails } from './check-results.tsx';

// The reason dialog loads when first asked for and stays mounted after (it closes with antd's animation).
const ActionReasonModal = lazyPart(() => import('./action-reason-modal.tsx').then((m) => m.ActionReasonModal));

const DANGER: readonly ApplicationAction[] = ['withdraw', 'reject', 'return_for_correction'];

interface ApplicationActionsProps {
  application: ApplicationDetail;
  /** Called with the failed checks of a refused submit (422 APPLICATION.CHECKS_FAILED), or [] once an action went through. */
  onChecksFailed: (checks: CheckResult[]) => void;
}

/** The actions the API allows the user now, as buttons; return and reject ask for a reason. */
export function ApplicationActions({ application, onChecksFailed }: ApplicationActionsProps) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const act = useApplicationAction();
  const [asking, setAsking] = useState<ApplicationAction | null>(null);
  const [reason, setReason] = useState('');
  const [asked, setAsked] = useState(false);
  // Issue #12: materials are accepted item by item in the materials card, never as a whole.
  const actions = (application.allowedActions ?? []).filter((x) => x !== 'accept_materials');

  const run = (action: ApplicationAction, withReason?: string) =>
    act.mutate(
      { id: application.id, action, expectedVersion: application.version, reason: withReason },
      {
        onSuccess: () => {
          setAsking(null);
          setReason('');
          onChecksFailed([]);
          void message.success(t('application.actionDone', { action: t(`application.action.${action}`) }));
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'APPLICATION.CHECKS_FAILED')
            onChecksFailed(checksFromDetails(error.details));
          void message.error(errorText(error, t));
        },
      },
    );

  if (actions.length === 0) return null;
  const failed = act.isError && !(isApiError(act.error) && act.error.code === 'APPLICATION.CHECKS_FAILED');
  return (
    <Flex gap={8} wrap data-testid="application-actions">
      {failed && (
        <Alert
          type="error"
          showIcon
          title={errorText(act.error, t)}
          style={{ width: '100%' }}
          data-testid="action-error"
        />
      )}
      {actions.map((action) =>
        REASON_REQUIRED.includes(action) ? (
          <Button
            key={action}
            danger
            onClick={() => {
              setAsked(true);
              setAsking(action);
            }}
            data-testid={`action-${action}`}
          >
            {t(`application.action.${action}`)}
          </Button>
        ) : (
          <Popconfirm
            key={action}
            title={t('application.confirmAction', { action: t(`application.action.${action}`) })}
            okText={t('application.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => run(action)}
          >
            <Button
              type={DANGER.includes(action) ? 'default' : 'primary'}
              danger={DANGER.includes(action)}
              loading={act.isPending && act.variables?.action === action}
              data-testid={`action-${action}`}
            >
              {t(`application.action.${action}`)}
            </Button>
          </Popconfirm>
        ),
      )}
      {asked && (
        <ActionReasonModal
          title={asking ? t(`application.action.${asking}`) : null}
          reason={reason}
          onReasonChange={setReason}
          onCancel={() => setAsking(null)}
          onOk={() => asking && run(asking, reason.trim())}
          loading={act.isPending}
        />
      )}
    </Flex>
  );
}
