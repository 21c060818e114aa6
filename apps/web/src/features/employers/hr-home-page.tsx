import { Flex } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { useHolders } from '../holders/holders-api.ts';
import { HoldersTable } from '../holders/holders-table.tsx';
import { LoadFailed } from '../../components/load-failed.tsx';
import { EmployerNotVerified, employerIsVerified } from './employer-not-verified.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ButtonLink } from '../../components/button-link.tsx';
import './messages.ts';

/**
 * The HR specialist's home: the employer's holders. While the employer is
 * pending or rejected the API refuses the list, so the page shows the
 * state and the next steps instead of asking.
 */
export default function HrHomePage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const verified = employerIsVerified(user);
  const holders = useHolders(verified);
  const employer = user?.employer;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('hr.title', { employer: employer?.name ?? '' })}</PageTitle>
        {verified && (
          <ButtonLink to="/holders/new" type="primary" icon={<UserAddOutlined />} data-testid="register-holder">
            {t('nav.registerHolder')}
          </ButtonLink>
        )}
      </Flex>
      {!verified ? (
        <EmployerNotVerified status={employer?.status} />
      ) : holders.isError ? (
        <LoadFailed error={holders.error} onRetry={() => void holders.refetch()} />
      ) : (
        <HoldersTable
          holders={holders.data ?? []}
          loading={holders.isPending}
          exportName="holders"
          holderHref={(h) => `/holders/${h.id}`}
        />
      )}
    </>
  );
}
