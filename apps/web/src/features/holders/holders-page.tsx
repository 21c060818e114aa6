import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { useHolders } from './holders-api.ts';
import { HoldersTable } from './holders-table.tsx';
import { LoadFailed } from '../../components/load-failed.tsx';
import { PageTitle } from '../../components/page-title.tsx';

/** The holders in the user's scope, e.g. a reviewer's district. */
export default function HoldersPage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const holders = useHolders();
  return (
    <>
      <PageTitle>{t('holders.districtTitle', { district: user?.district?.name ?? '' })}</PageTitle>
      {holders.isError ? (
        <LoadFailed error={holders.error} onRetry={() => void holders.refetch()} />
      ) : (
        <HoldersTable
          holders={holders.data ?? []}
          loading={holders.isPending}
          showEmployer
          exportName="district-holders"
        />
      )}
    </>
  );
}
