import type { ReactNode } from 'react';
import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../api/contract-types.ts';
import './messages.ts';

type EmployerStatus = NonNullable<SessionUser['employer']>['status'];

/** Whether the HR specialist's employer may do business yet: only a verified one may. */
export function employerIsVerified(user: SessionUser | null | undefined): boolean {
  return user?.role !== 'hr' || user.employer?.status === 'verified';
}

/**
 * An HR specialist whose employer is pending or rejected: the state, and
 * what happens next, instead of calls the API refuses and buttons that
 * cannot work.
 */
export function EmployerNotVerified({ status }: { status: EmployerStatus | undefined }) {
  const { t } = useTranslation();
  const rejected = status === 'rejected';
  return (
    <>
      {rejected ? (
        <Alert
          type="error"
          showIcon
          title={t('hr.rejectedTitle')}
          description={t('hrPending.rejectedShort')}
          style={{ marginBottom: 16 }}
          data-testid="employer-rejected-banner"
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('hr.pendingTitle')}
          description={t('hrPending.pendingShort')}
          style={{ marginBottom: 16 }}
          data-testid="employer-pending-banner"
        />
      )}
      <Card title={t('hrPending.nextTitle')} style={{ maxWidth: 860 }} data-testid="employer-next-steps">
        <ol style={{ margin: 0, paddingLeft: 20, lineHeight: 1.8 }}>
          <li>{rejected ? t('hrPending.stepRejected') : t('hrPending.stepVisit')}</li>
          <li>{t('hrPending.stepResult')}</li>
          <li>{t('hrPending.stepAfter')}</li>
        </ol>
      </Card>
    </>
  );
}

/** Wraps an HR page that only a verified employer can use: the others see the state and the next steps instead. */
export function RequireVerifiedEmployer({
  user,
  children,
}: {
  user: SessionUser | null | undefined;
  children: ReactNode;
}) {
  if (employerIsVerified(user)) return children;
  return <EmployerNotVerified status={user?.employer?.status} />;
}
