import { Alert, Button, Flex, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { useHolders } from '../holders/holders-api.ts';
import { HoldersTable } from '../holders/holders-table.tsx';
import { LoadFailed } from '../../components/load-failed.tsx';

/** The HR specialist's home: the employer's holders; a banner while the employer is unverified. */
export default function HrHomePage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const holders = useHolders();
  const employer = user?.employer;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t('hr.title', { employer: employer?.name ?? '' })}</Typography.Title>
        {employer?.status === 'verified' && (
          <Link to="/holders/new">
            <Button type="primary" icon={<UserAddOutlined />} data-testid="register-holder">{t('nav.registerHolder')}</Button>
          </Link>
        )}
      </Flex>
      {employer?.status === 'pending' && (
        <Alert type="warning" showIcon title={t('hr.pendingTitle')} description={t('hr.pendingHint')} style={{ marginBottom: 16 }} data-testid="employer-pending-banner" />
      )}
      {employer?.status === 'rejected' && (
        <Alert type="error" showIcon title={t('hr.rejectedTitle')} description={t('hr.rejectedHint')} style={{ marginBottom: 16 }} data-testid="employer-rejected-banner" />
      )}
      {holders.isError ? (
        <LoadFailed error={holders.error} onRetry={() => void holders.refetch()} />
      ) : (
        <HoldersTable holders={holders.data ?? []} loading={holders.isPending} exportName="holders" holderHref={(h) => `/holders/${h.id}`} />
      )}
    </>
  );
}
