import { useState } from 'react';
import { Flex, Input } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useApplications } from './applications-api.ts';
import { ApplicationsTable } from './applications-table.tsx';
import { EmployerNotVerified, employerIsVerified } from '../employers/employer-not-verified.tsx';
import './messages.ts';
import './confirmation-messages.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { ButtonLink } from '../../components/button-link.tsx';

/** The applications in the user's scope: the employer's (HR), one's own (holder), the district's queue (reviewer). */
export default function ApplicationsPage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [search, setSearch] = useState('');
  // An HR specialist of an unverified employer has no applications to list and cannot create one.
  const verified = employerIsVerified(user);
  const applications = useApplications(search, verified);
  const role = user?.role;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t(`application.listTitle.${role === 'hr' || role === 'reviewer' ? role : 'holder'}`)}</PageTitle>
        {role === 'hr' && verified && (
          <ButtonLink to="/applications/new" type="primary" icon={<PlusOutlined />} data-testid="new-application">
            {t('application.new')}
          </ButtonLink>
        )}
      </Flex>
      {verified && (
        <Input.Search
          allowClear
          placeholder={t('applicationFields.search')}
          onSearch={(value) => setSearch(value.slice(0, 40))}
          style={{ maxWidth: 360, marginBottom: 12 }}
          data-testid="applications-search"
        />
      )}
      {!verified ? (
        <EmployerNotVerified status={user?.employer?.status} />
      ) : applications.isError ? (
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
