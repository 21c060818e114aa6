import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/csv.ts';
import { formatDate } from '../../components/format-date.ts';
import {
  APPLICATION_KINDS,
  APPLICATION_STATES,
  type ApplicationDetail,
  type ApplicationSummary,
} from './application-types.ts';
import { applicationsToCsv, type AppCsvColumn } from './applications-csv.ts';
import { ApplicationStateTag, SlaTag } from './state-tags.tsx';
import './confirmation-messages.ts';

interface ApplicationsTableProps {
  applications: ApplicationSummary[];
  loading?: boolean;
  showEmployer?: boolean;
  showSla?: boolean;
  exportName: string;
}

/** Applications with sorting, state and kind filters, and a CSV export of what is shown. */
export function ApplicationsTable({
  applications,
  loading,
  showEmployer = false,
  showSla = false,
  exportName,
}: ApplicationsTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ApplicationSummary> = [
    {
      title: t('applicationFields.number'),
      dataIndex: 'number',
      render: (_, a) => (
        <Link to={`/applications/${a.id}`} data-testid={`application-number-${a.id}`}>
          {a.number}
        </Link>
      ),
      sorter: (a, b) => a.number.localeCompare(b.number),
    },
    {
      title: t('holder.name'),
      key: 'holder',
      render: (_, a) => (
        <Link to={`/applications/${a.id}`} data-testid={`open-application-${a.id}`}>
          {a.holder.name}
        </Link>
      ),
      sorter: (a, b) => a.holder.name.localeCompare(b.holder.name, 'zh-CN'),
    },
    ...(showEmployer
      ? [
          {
            title: t('holder.employer'),
            key: 'employer',
            render: (_: unknown, a: ApplicationSummary) => a.employer.name ?? '',
          },
        ]
      : []),
    {
      title: t('application.kindLabel'),
      dataIndex: 'kind',
      render: (kind: string) => t(`application.kind.${kind}`),
      filters: APPLICATION_KINDS.map((k) => ({ text: t(`application.kind.${k}`), value: k })),
      onFilter: (value, a) => a.kind === value,
    },
    {
      title: t('application.stateLabel'),
      dataIndex: 'state',
      render: (_, a) => <ApplicationStateTag state={a.state} />,
      filters: APPLICATION_STATES.map((s) => ({ text: t(`application.state.${s}`), value: s })),
      onFilter: (value, a) => a.state === value,
    },
    {
      title: t('applicationFields.total'),
      dataIndex: 'total',
      align: 'right',
      render: (total: number | null | undefined, a) => (
        <span data-testid={`application-total-${a.id}`}>{total ?? '—'}</span>
      ),
      sorter: (a, b) => (a.total ?? -Infinity) - (b.total ?? -Infinity),
    },
    {
      title: t('application.createdAt'),
      dataIndex: 'createdAt',
      render: (value: string) => formatDate(value),
      sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
      defaultSortOrder: 'descend',
    },
    ...(showSla
      ? [
          {
            title: t('application.slaDue'),
            key: 'sla',
            render: (_: unknown, a: ApplicationSummary) => (
              <span>
                {formatDate(a.slaDue)} <SlaTag status={(a as Partial<ApplicationDetail>).sla?.status} />
              </span>
            ),
            sorter: (a: ApplicationSummary, b: ApplicationSummary) => (a.slaDue ?? '9').localeCompare(b.slaDue ?? '9'),
          },
        ]
      : []),
  ];
  const csvColumns: AppCsvColumn[] = [
    { header: t('applicationFields.number'), value: (a) => a.number },
    { header: t('holder.name'), value: (a) => a.holder.name },
    ...(showEmployer
      ? [{ header: t('holder.employer'), value: (a: ApplicationSummary) => a.employer.name ?? '' }]
      : []),
    { header: t('application.kindLabel'), value: (a) => t(`application.kind.${a.kind}`) },
    { header: t('application.stateLabel'), value: (a) => t(`application.state.${a.state}`) },
    { header: t('applicationFields.total'), value: (a) => (a.total == null ? '' : String(a.total)) },
    { header: t('application.createdAt'), value: (a) => formatDate(a.createdAt) },
    { header: t('application.slaDue'), value: (a) => a.slaDue ?? '' },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex justify="end">
        <Button
          icon={<DownloadOutlined />}
          disabled={applications.length === 0}
          onClick={() => downloadText(`${exportName}.csv`, applicationsToCsv(applications, csvColumns))}
          data-testid="applications-export"
        >
          {t('holders.exportCsv')}
        </Button>
      </Flex>
      <Table<ApplicationSummary>
        rowKey="id"
        data-testid="applications-table"
        columns={columns}
        dataSource={applications}
        loading={loading}
        size="middle"
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('application.empty') }}
      />
    </Flex>
  );
}
