import { useMemo, useState } from 'react';
import { Button, Flex, Input, Table, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HolderSummary as Holder } from '../../api/contract-types.ts';
import { LifecycleTag, lifecycleStateKey } from '../../components/lifecycle-tag.tsx';
import { maskIdNumber } from '../../components/mask.ts';
import { formatDate } from '../../components/format-date.ts';
import { downloadText, holdersToCsv, type CsvColumn } from './holders-csv.ts';

const LIFECYCLE_KEYS = ['valid', 'renewal_window', 'grace', 'points_cleared', 'permit_lapsed', 'unknown'];

function matchesSearch(holder: Holder, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  return [holder.name, holder.residentId, holder.employer?.name ?? ''].some((field) =>
    field.toLowerCase().includes(needle),
  );
}

interface HoldersTableProps {
  holders: Holder[];
  loading?: boolean;
  showEmployer?: boolean;
  exportName: string;
  /** When given, each name links to this holder's page. */
  holderHref?: (holder: Holder) => string;
}

/** Holders with sorting, a state filter, a search box and a masked CSV export. */
export function HoldersTable({ holders, loading, showEmployer = false, exportName, holderHref }: HoldersTableProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const visible = useMemo(() => holders.filter((h) => matchesSearch(h, search)), [holders, search]);

  const columns: TableColumnsType<Holder> = [
    {
      title: t('holder.name'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, h) =>
        holderHref ? (
          <Link to={holderHref(h)} data-testid={`holder-link-${h.id}`}>
            {name}
          </Link>
        ) : (
          name
        ),
    },
    { title: t('holder.idNumber'), dataIndex: 'residentId', render: (value: string) => maskIdNumber(value) },
    ...(showEmployer
      ? [{ title: t('holder.employer'), key: 'employer', render: (_: unknown, h: Holder) => h.employer?.name ?? '' }]
      : []),
    {
      title: t('holder.permitExpiry'),
      key: 'permitExpiry',
      render: (_, h) => formatDate(h.permit?.expiresOn),
      sorter: (a, b) => (a.permit?.expiresOn ?? '').localeCompare(b.permit?.expiresOn ?? ''),
      defaultSortOrder: 'ascend',
    },
    {
      title: t('holder.lifecycleState'),
      key: 'lifecycleState',
      render: (_, h) => <LifecycleTag state={h.lifecycle?.state} />,
      filters: LIFECYCLE_KEYS.map((key) => ({ text: t(`lifecycle.${key}`), value: key })),
      onFilter: (value, h) => lifecycleStateKey(h.lifecycle?.state) === value,
    },
  ];

  const csvColumns: CsvColumn[] = [
    { header: t('holder.name'), value: (h) => h.name },
    { header: t('holder.idNumber'), value: (h) => h.residentId },
    ...(showEmployer ? [{ header: t('holder.employer'), value: (h: Holder) => h.employer?.name ?? '' }] : []),
    { header: t('holder.permitExpiry'), value: (h) => h.permit?.expiresOn ?? '' },
    { header: t('holder.lifecycleState'), value: (h) => t(`lifecycle.${lifecycleStateKey(h.lifecycle?.state)}`) },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between">
        <Input.Search
          allowClear
          placeholder={t('holders.searchHint')}
          onChange={(e) => setSearch(e.target.value)}
          style={{ maxWidth: 320 }}
          data-testid="holders-search"
        />
        <Button
          icon={<DownloadOutlined />}
          disabled={visible.length === 0}
          onClick={() => downloadText(`${exportName}.csv`, holdersToCsv(visible, csvColumns))}
          data-testid="holders-export"
        >
          {t('holders.exportCsv')}
        </Button>
      </Flex>
      <Table<Holder>
        rowKey="id"
        data-testid="holders-table"
        columns={columns}
        dataSource={visible}
        loading={loading}
        size="middle"
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('holders.empty') }}
      />
    </Flex>
  );
}
