import { Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useApplications } from './applications-api.ts';
import { ApplicationsTable } from './applications-table.tsx';
import './messages.ts';

/** The applications in the user's scope: the employer's (HR), one's own (holder), the district's queue (reviewer). */
export default function ApplicationsPage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const applications = useApplications();
  const role = user?.role;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3}>{t(`application.listTitle.${role === 'hr' || role === 'reviewer' ? role : 'holder'}`)}</Typography.Title>
        {role === 'hr' && (
          <Link to="/applications/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-application">{t('application.new')}</Button>
          </Link>
        )}
      </Flex>
      {applications.isError ? (
        <LoadFailed error={applications.error} onRetry={() => void applications.refetch()} />
      ) : (
        <ApplicationsTable
          applications={applications.data ?? []}
          loading={applications.isPending}
          showEmployer={role === 'reviewer'}
          showSla={role !== 'holder'}
          exportName="applications"
        />
      )}
    </>
  );
}
