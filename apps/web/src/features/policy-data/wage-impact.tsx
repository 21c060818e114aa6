import { useMemo, useState } from 'react';
import { Flex, Input, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { WageImpactRow } from '@jifen/contracts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useWageImpact } from './policy-admin-api.ts';

type Line = WageImpactRow['lines'][number];
const lineOf = (r: WageImpactRow, ruleId: Line['ruleId']) => r.lines.find((l) => l.ruleId === ruleId);
const yuan = (n: number) => n.toLocaleString('en-US');
/** Points lost (negative) or gained on a line; 0 when it does not change. */
const delta = (l: Line | undefined) => (l ? l.after - l.before : 0);

/**
 * Issue 19, before a year's average wage is published: every stored holder
 * and roster member whose S-9 or S-4 tier changes under it, with the points
 * before and after, whether they cross 120, and the base that keeps the
 * tier. Sorted by the points lost first; filter by text, employer or crossing.
 */
export function WageImpactTable({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const impact = useWageImpact(documentId);
  const [search, setSearch] = useState('');
  const data = impact.data;
  const rows = useMemo(() => {
    const q = search.trim();
    const all = data?.rows ?? [];
    return q ? all.filter((r) => r.name.includes(q) || (r.employerName ?? '').includes(q)) : all;
  }, [data, search]);
  if (impact.isError) return <LoadFailed error={impact.error} onRetry={() => void impact.refetch()} />;

  const employers = [...new Set((data?.rows ?? []).map((r) => r.employerName ?? ''))].sort();
  const lineCell = (l: Line | undefined) =>
    l ? (
      <span>
        {l.before} → <b>{l.after}</b>
      </span>
    ) : (
      <Typography.Text type="secondary">{t('policyAdmin.wageImpact.unchanged')}</Typography.Text>
    );
  const columns: ColumnsType<WageImpactRow> = [
    {
      title: t('policyAdmin.wageImpact.person'),
      key: 'person',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
      render: (_, r) => (
        <span>
          {r.name} <Typography.Text type="secondary">{r.residentIdMasked}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('policyAdmin.wageImpact.employer'),
      key: 'employer',
      filters: employers.map((e) => ({ text: e || t('policyAdmin.wageImpact.noEmployer'), value: e })),
      onFilter: (value, r) => (r.employerName ?? '') === value,
      sorter: (a, b) => (a.employerName ?? '').localeCompare(b.employerName ?? '', 'zh'),
      render: (_, r) => r.employerName ?? t('policyAdmin.wageImpact.noEmployer'),
    },
    {
      title: t('policyAdmin.wageImpact.baseMultiple'),
      key: 's9',
      sorter: (a, b) => delta(lineOf(a, 'S-9')) - delta(lineOf(b, 'S-9')),
      render: (_, r) => lineCell(lineOf(r, 'S-9')),
    },
    {
      title: t('policyAdmin.wageImpact.titleBase'),
      key: 's4',
      sorter: (a, b) => delta(lineOf(a, 'S-4')) - delta(lineOf(b, 'S-4')),
      render: (_, r) => lineCell(lineOf(r, 'S-4')),
    },
    {
      title: t('policyAdmin.wageImpact.total'),
      key: 'total',
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.totalAfter - a.totalBefore - (b.totalAfter - b.totalBefore),
      render: (_, r) => (
        <span>
          {r.totalBefore} → <b>{r.totalAfter}</b>
        </span>
      ),
    },
    {
      title: t('policyAdmin.wageImpact.crossed'),
      key: 'crossed',
      filters: [
        { text: t('policyAdmin.wageImpact.crossedDown'), value: 'down' },
        { text: t('policyAdmin.wageImpact.crossedUp'), value: 'up' },
        { text: t('policyAdmin.wageImpact.crossedNone'), value: 'none' },
      ],
      onFilter: (value, r) => (r.crossed ?? 'none') === value,
      render: (_, r) =>
        r.crossed === 'down' ? (
          <Tag color="red">{t('policyAdmin.wageImpact.crossedDown')}</Tag>
        ) : r.crossed === 'up' ? (
          <Tag color="green">{t('policyAdmin.wageImpact.crossedUp')}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('policyAdmin.wageImpact.crossedNone')}</Typography.Text>
        ),
    },
    {
      title: t('policyAdmin.wageImpact.baseToKeep'),
      key: 'base',
      render: (_, r) =>
        r.lines
          .filter((l) => l.after < l.before)
          .map((l) => `${l.ruleId} ≥ ${yuan(l.baseToKeep)}（${l.multiple}×${yuan(l.figureAfter)}）`)
          .join('；'),
    },
  ];

  return (
    <Flex vertical gap={8} data-testid="wage-impact">
      {data && (
        <Typography.Paragraph>
          {data.rows.length === 0
            ? t('policyAdmin.wageImpact.none', { assessed: data.assessed })
            : t('policyAdmin.wageImpact.intro', {
                year: data.year,
                after: yuan(data.monthlyAverage),
                before: data.figureBefore === null ? '—' : yuan(data.figureBefore),
                count: data.rows.length,
                assessed: data.assessed,
                notAssessable: data.notAssessable,
              })}
        </Typography.Paragraph>
      )}
      {(impact.isPending || (data && data.rows.length > 0)) && (
        <>
          <Input.Search
            allowClear
            placeholder={t('policyAdmin.wageImpact.search')}
            aria-label={t('policyAdmin.wageImpact.search')}
            onChange={(e) => setSearch(e.target.value)}
            style={{ maxWidth: 320 }}
            data-testid="wage-impact-search"
          />
          <Table<WageImpactRow>
            rowKey="holderId"
            size="small"
            data-testid="wage-impact-table"
            loading={impact.isPending}
            dataSource={rows}
            columns={columns}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        </>
      )}
    </Flex>
  );
}
