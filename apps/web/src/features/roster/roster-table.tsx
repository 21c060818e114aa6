import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LifecycleTag } from '../../components/lifecycle-tag.tsx';
import { formatDate } from '../../components/format-date.ts';
import type { RosterEntry } from './roster-api.ts';

/** One keyset page of the roster; selection survives paging (the parent keeps the ids). */
export function RosterTable({
  entries,
  loading,
  selected,
  onSelect,
}: {
  entries: RosterEntry[];
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RosterEntry> = [
    { title: t('roster.columns.name'), key: 'name', render: (_, e) => <Link to={`/holders/${e.id}`}>{e.name}</Link> },
    {
      title: t('roster.columns.residentId'),
      dataIndex: 'residentId',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    },
    { title: t('roster.columns.department'), dataIndex: 'department', render: (d: string | null) => d ?? '—' },
    {
      title: t('roster.columns.expiresOn'),
      dataIndex: 'expiresOn',
      render: (d: string | null) => (d ? formatDate(d) : '—'),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    },
    { title: t('roster.columns.state'), key: 'state', render: (_, e) => <LifecycleTag state={e.lifecycle?.state} /> },
    {
      title: t('roster.columns.deadline'),
      key: 'deadline',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, e) => {
        const d = e.lifecycle?.nextDeadline;
        return d ? (
          <Flex vertical>
            <Typography.Text>{formatDate(d.date)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`roster.deadlineKinds.${d.kind}`)}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        );
      },
    },
    {
      title: t('roster.columns.daysLeft'),
      key: 'daysLeft',
      render: (_, e) => {
        const n = e.lifecycle?.daysLeft;
        if (n === null || n === undefined) return '—';
        const overdue = e.lifecycle?.state === 'grace' || e.lifecycle?.state === 'points_cleared';
        return (
          <Tag color={n <= 7 || overdue ? 'red' : n <= 30 ? 'orange' : 'default'} data-testid="days-left">
            {n === 0 ? t('roster.overdueToday') : t('roster.daysLeft', { count: n })}
          </Tag>
        );
      },
    },
  ];
  return (
    <Table<RosterEntry>
      rowKey="id"
      size="small"
      data-testid="roster-table"
      loading={loading}
      dataSource={entries}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowSelection={{
        selectedRowKeys: selected,
        preserveSelectedRowKeys: true,
        onChange: (keys) => onSelect(keys.map(String)),
      }}
    />
  );
}
