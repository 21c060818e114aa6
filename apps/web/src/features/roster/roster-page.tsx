import { useState } from 'react';
import { Button, DatePicker, Flex, Input, Select, Space, Tooltip, Typography } from 'antd';
import { DownloadOutlined, FileAddOutlined, SyncOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useSession } from '../auth/session-api.ts';
import { EmployerNotVerified, employerIsVerified } from '../employers/employer-not-verified.tsx';
import './messages.ts';
import {
  exportUrl,
  useRosterPage,
  useRosterSummary,
  useStartRenewals,
  type RenewalOutcome,
  type RosterFilters,
} from './roster-api.ts';
import { RosterDashboard } from './roster-dashboard.tsx';
import { RosterImportDialog } from './roster-import.tsx';
import { RosterTable } from './roster-table.tsx';
import { RenewalResults } from './renewal-results.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import '../../app/elder/messages.ts';

const FILTER_KEYS = ['state', 'deadlineFrom', 'deadlineTo', 'expiresOn', 'department', 'q'] as const;
const STATES = ['permit_lapsed', 'points_cleared', 'grace', 'renewal_window', 'valid'] as const;

/** Filters and the page cursor live in the URL: a reload keeps them. */
function useRosterParams() {
  const [params, setParams] = useSearchParams();
  const filters: RosterFilters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) (filters as Record<string, string>)[k] = v;
  }
  const after = params.get('after') ?? undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const set = (
    next: Partial<Record<(typeof FILTER_KEYS)[number] | 'after' | 'page', string | undefined>>,
    resetPage = true,
  ) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      if (resetPage) {
        p.delete('after');
        p.delete('page');
      }
      for (const [k, v] of Object.entries(next)) {
        if (v) p.set(k, v);
        else p.delete(k);
      }
      return p;
    });
  return { filters, after, page, set, clear: () => setParams(new URLSearchParams()) };
}

/**
 * The HR specialist's roster (issue 13): dashboard, keyset-paged list with
 * server-side filters, Excel import with server-side progress, export, and
 * bulk renewals.
 */
export default function RosterPage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const verified = employerIsVerified(user);
  const { filters, after, page, set, clear } = useRosterParams();
  const summary = useRosterSummary(verified);
  const list = useRosterPage(filters, after, verified);
  const renewals = useStartRenewals();
  const [cursors, setCursors] = useState<(string | undefined)[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [importing, setImporting] = useState(false);
  const [results, setResults] = useState<RenewalOutcome[] | null>(null);
  if (!verified) return <EmployerNotVerified status={user?.employer?.status} />;
  const next = list.data?.next ?? null;
  const goNext = () => {
    if (!next) return;
    setCursors((c) => [...c, after]);
    set({ after: next, page: String(page + 1) }, false);
  };
  const goPrev = () => {
    const prev = cursors[cursors.length - 1];
    setCursors((c) => c.slice(0, -1));
    set({ after: prev, page: page > 2 && cursors.length > 0 ? String(page - 1) : undefined }, false);
  };
  const filter = (f: Partial<RosterFilters>) => {
    setCursors([]);
    set(f);
  };
  const startRenewals = () =>
    renewals.mutate(selected, {
      onSuccess: (body) => {
        setResults(body.results);
        setSelected([]);
      },
    });
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <PageTitle style={{ margin: 0 }}>{t('roster.title')}</PageTitle>
          <Typography.Text type="secondary">
            {t('roster.intro', { date: summary.data?.asOf ?? list.data?.asOf ?? '' })}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<FileAddOutlined />} onClick={() => setImporting(true)} data-testid="open-import">
            {t('roster.import.open')}
          </Button>
          <Tooltip title={t('roster.export.hint')}>
            <Button icon={<DownloadOutlined />} href={exportUrl(filters, 'xlsx')} download data-testid="export-xlsx">
              {t('roster.export.xlsx')}
            </Button>
          </Tooltip>
          <Button icon={<DownloadOutlined />} href={exportUrl(filters, 'csv')} download data-testid="export-csv">
            {t('roster.export.csv')}
          </Button>
        </Space>
      </Flex>
      {summary.isError ? (
        <LoadFailed error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        summary.data && <RosterDashboard summary={summary.data} onFilter={filter} />
      )}
      <Flex gap={8} wrap align="center" data-testid="roster-filters">
        <Select
          style={{ width: 220 }}
          allowClear
          placeholder={t('roster.filters.anyState')}
          value={filters.state}
          onChange={(v?: RosterFilters['state']) => filter({ state: v })}
          options={STATES.map((s) => ({ value: s, label: t(`roster.states.${s}`) }))}
          aria-label={t('accessibility.filters.state')}
          data-testid="filter-state"
        />
        <DatePicker.RangePicker
          value={
            filters.deadlineFrom || filters.deadlineTo
              ? [
                  filters.deadlineFrom ? dayjs(filters.deadlineFrom) : null,
                  filters.deadlineTo ? dayjs(filters.deadlineTo) : null,
                ]
              : null
          }
          allowEmpty={[true, true]}
          placeholder={[t('roster.filters.deadline'), t('roster.filters.deadline')]}
          onChange={(r) =>
            filter({ deadlineFrom: r?.[0]?.format('YYYY-MM-DD'), deadlineTo: r?.[1]?.format('YYYY-MM-DD') })
          }
        />
        <Select
          style={{ width: 160 }}
          allowClear
          placeholder={t('roster.filters.anyDepartment')}
          value={filters.department}
          onChange={(v?: string) => filter({ department: v })}
          options={(summary.data?.departments ?? []).map((d) => ({ value: d, label: d }))}
          aria-label={t('accessibility.filters.department')}
          data-testid="filter-department"
        />
        <Input.Search
          style={{ width: 220 }}
          allowClear
          placeholder={t('roster.filters.search')}
          defaultValue={filters.q}
          key={filters.q ?? ''}
          onSearch={(v) => filter({ q: v.trim() || undefined })}
          data-testid="filter-search"
        />
        {filters.expiresOn && (
          <Typography.Text data-testid="filter-expires-on">
            {t('roster.columns.expiresOn')}: {filters.expiresOn}
          </Typography.Text>
        )}
        <Button
          onClick={() => {
            setCursors([]);
            clear();
          }}
        >
          {t('roster.filters.reset')}
        </Button>
        <Button
          type="primary"
          icon={<SyncOutlined />}
          disabled={selected.length === 0}
          loading={renewals.isPending}
          onClick={startRenewals}
          data-testid="start-renewals"
        >
          {t('roster.renewals.start', { count: selected.length })}
        </Button>
      </Flex>
      {renewals.isError && <Typography.Text type="danger">{errorText(renewals.error, t)}</Typography.Text>}
      {list.isError ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <RosterTable
          entries={list.data?.entries ?? []}
          loading={list.isFetching}
          selected={selected}
          onSelect={setSelected}
        />
      )}
      <Flex justify="flex-end" gap={8} align="center">
        <Typography.Text type="secondary" data-testid="page-no">
          {t('roster.page.pageNo', { n: page })}
        </Typography.Text>
        <Button disabled={page <= 1} onClick={goPrev} data-testid="page-prev">
          {t('roster.page.prev')}
        </Button>
        <Button disabled={!next} onClick={goNext} data-testid="page-next">
          {t('roster.page.next')}
        </Button>
      </Flex>
      <RosterImportDialog open={importing} onClose={() => setImporting(false)} />
      <RenewalResults results={results} onClose={() => setResults(null)} />
    </Flex>
  );
}
