import { Flex, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRecord } from '../../api/contract-types.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { RoleTag } from '../../components/role-tag.tsx';
import { userScope } from '../../components/user-scope.ts';
import { formatDate } from '../../components/format-date.ts';
import { useUsers } from './users-api.ts';
import { CreateStaffForm } from './create-staff-form.tsx';
import { PolicyPendingBanner } from '../policy-data/pending-banner.tsx';
import { AccountActions } from './account-actions.tsx';
import { useSession } from '../auth/session-api.ts';
import { PageTitle } from '../../components/page-title.tsx';
import './messages.ts';

/** Administration: every account and a form for new staff accounts. */
export default function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const me = useSession().data;
  const columns: TableColumnsType<UserRecord> = [
    { title: t('auth.username'), dataIndex: 'username', sorter: (a, b) => a.username.localeCompare(b.username) },
    { title: t('admin.displayName'), dataIndex: 'displayName' },
    {
      title: t('common.role'),
      dataIndex: 'role',
      render: (_, u) => <RoleTag role={u.role} />,
      filters: ['holder', 'hr', 'clerk', 'reviewer', 'consultant', 'admin'].map((r) => ({
        text: t(`roles.${r}`),
        value: r,
      })),
      onFilter: (value, u) => u.role === value,
    },
    { title: t('common.scope'), key: 'scope', render: (_, u) => userScope(u) ?? '' },
    {
      title: t('admin.status'),
      key: 'status',
      render: (_, u) =>
        [
          u.disabledAt
            ? t('accounts.disabled')
            : u.lockedUntil
              ? t('admin.lockedUntil', { until: formatDate(u.lockedUntil) })
              : t('admin.active'),
          ...(u.mustChangePassword ? [t('accounts.mustChange')] : []),
        ].join(' · '),
    },
    { title: t('admin.activeSessions'), dataIndex: 'activeSessions' },
    {
      title: t('accounts.actions'),
      key: 'actions',
      render: (_, u) => <AccountActions user={u} self={u.id === me?.id} />,
    },
  ];
  return (
    <Flex vertical gap={16}>
      <PolicyPendingBanner withLink />
      <PageTitle style={{ margin: 0 }}>{t('admin.usersTitle')}</PageTitle>
      {users.isError ? (
        <LoadFailed error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<UserRecord>
          rowKey="id"
          data-testid="users-table"
          columns={columns}
          dataSource={users.data ?? []}
          loading={users.isPending}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      )}
      <CreateStaffForm />
    </Flex>
  );
}
