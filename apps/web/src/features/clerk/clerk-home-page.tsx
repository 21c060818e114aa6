import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useSession } from '../auth/session-api.ts';
import { useHolders } from '../holders/holders-api.ts';
import { HoldersTable } from '../holders/holders-table.tsx';
import { LoadFailed } from '../../components/load-failed.tsx';

/**
 * The community affairs acceptance centre (社区事务受理服务中心): its name and a
 * holder lookup when the API lets clerks list holders. Endorsement (签注, L-7)
 * arrives in a later release; the page says so rather than showing made-up data.
 */
export default function ClerkHomePage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const holders = useHolders();
  const notAllowed = holders.isError && isApiError(holders.error) && holders.error.status === 403;
  return (
    <>
      <Typography.Title level={3}>{user?.centre?.name ?? t('clerk.title')}</Typography.Title>
      <Card style={{ marginBottom: 16 }} data-testid="clerk-centre">
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          {t('clerk.centreIntro', { centre: user?.centre?.name ?? t('clerk.title'), district: user?.district?.name ?? '' })}
        </Typography.Paragraph>
        <Alert type="info" showIcon title={t('clerk.endorsementLater')} description={t('clerk.endorsementHint')} />
      </Card>
      <Typography.Title level={4}>{t('clerk.lookupTitle')}</Typography.Title>
      {notAllowed ? (
        <Alert type="info" showIcon title={t('clerk.lookupNotAllowed')} data-testid="clerk-lookup-unavailable" />
      ) : holders.isError ? (
        <LoadFailed error={holders.error} onRetry={() => void holders.refetch()} />
      ) : (
        <HoldersTable holders={holders.data ?? []} loading={holders.isPending} showEmployer exportName="centre-holders" />
      )}
    </>
  );
}
