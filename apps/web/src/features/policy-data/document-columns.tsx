import { Tag, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { PolicyDocumentStatus, PolicyDocumentSummary } from '@jifen/contracts';
import { formatDate } from '../../components/format-date.ts';

const STATUS_COLOURS: Record<PolicyDocumentStatus, string> = {
  draft: 'gold',
  published: 'green',
  discarded: 'default',
};

export function StatusTag({ status, t }: { status: PolicyDocumentStatus; t: TFunction }) {
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid={`status-${status}`}>
      {t(`policyAdmin.status.${status}`)}
    </Tag>
  );
}

const byText = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').localeCompare(b ?? '');

/** The columns every document list shares: key, revision, status, who drafted and published it and when. */
export function documentColumns(t: TFunction, keyTitle: string): TableColumnsType<PolicyDocumentSummary> {
  return [
    { title: keyTitle, dataIndex: 'key', sorter: (a, b) => byText(a.key, b.key), defaultSortOrder: 'descend' },
    { title: t('policyAdmin.columns.revision'), dataIndex: 'revision', sorter: (a, b) => a.revision - b.revision },
    {
      title: t('policyAdmin.columns.status'),
      dataIndex: 'status',
      render: (_, d) => <StatusTag status={d.status} t={t} />,
      filters: (['draft', 'published', 'discarded'] as const).map((s) => ({
        text: t(`policyAdmin.status.${s}`),
        value: s,
      })),
      onFilter: (value, d) => d.status === value,
    },
    {
      title: t('policyAdmin.columns.origin'),
      dataIndex: 'origin',
      render: (_, d) => t(`policyAdmin.origin.${d.origin}`),
    },
    { title: t('policyAdmin.columns.draftedBy'), key: 'draftedBy', render: (_, d) => d.draftedBy?.name ?? '' },
    {
      title: t('policyAdmin.columns.draftedAt'),
      dataIndex: 'draftedAt',
      render: (v: string) => formatDate(v),
      sorter: (a, b) => byText(a.draftedAt, b.draftedAt),
    },
    { title: t('policyAdmin.columns.publishedBy'), key: 'publishedBy', render: (_, d) => d.publishedBy?.name ?? '' },
    {
      title: t('policyAdmin.columns.publishedAt'),
      dataIndex: 'publishedAt',
      render: (v: string | null) => formatDate(v),
      sorter: (a, b) => byText(a.publishedAt, b.publishedAt),
    },
    { title: t('policyAdmin.columns.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
  ];
}

/** The latest published revision of a key (a year or a version id), the one a correction starts from. */
export function latestPublished(
  documents: readonly PolicyDocumentSummary[],
  key: string,
): PolicyDocumentSummary | undefined {
  return documents.filter((d) => d.key === key && d.status === 'published').sort((a, b) => b.revision - a.revision)[0];
}
