import { useMemo, useState } from 'react';
import {
  App as AntdApp,
  Button,
  Card,
  Col,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  REVIEW_QUEUE_PAGE_MAX,
  REVIEW_QUEUE_PAGE_SIZE,
  type QueueCase,
  type QueueSlaStatus,
  type ReviewQueueQuery,
} from '@jifen/contracts';
import { APPLICATION_KINDS } from '@jifen/domain';
import { errorText } from '../../api/error-text.ts';
import { useSession } from '../auth/session-api.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { formatDate } from '../../components/format-date.ts';
import { ApplicationStateTag } from '../applications/state-tags.tsx';
import '../applications/messages.ts';
import { useClaim, useHandover, useWorkbench } from './workbench-api.ts';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';
import '../../app/elder/messages.ts';

const SLA_STATUSES: QueueSlaStatus[] = ['breached', 'at_risk', 'on_track', 'pending', 'not_running'];
const SLA_COLOURS: Record<QueueSlaStatus, string> = {
  on_track: 'green',
  at_risk: 'gold',
  breached: 'red',
  pending: 'blue',
  not_running: 'default',
};
const CENTRE_STATES = ['awaiting_visit', 'under_review', 'returned'] as const;

/** A whole number from 1 read from the URL, or undefined (a hand-edited URL falls back to the default). */
function positive(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 ? n : undefined;
}

export function QueueSlaTag({ status }: { status: QueueSlaStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={SLA_COLOURS[status]} data-testid="queue-sla" data-status={status}>
      {t(`workbench.counts.${status}`)}
    </Tag>
  );
}

/** R-3 step 4: the district's cases against their due dates, a page at a time; claim, hand over, who holds what. Filters and page live in the URL. */
export default function WorkbenchPage() {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const { data: user } = useSession();
  const [params, setParams] = useSearchParams();
  // The page lives in the URL with the filters: a reload or a shared link opens the same page (issue 20).
  const page = positive(params.get('page')) ?? 1;
  const pageSize = positive(params.get('pageSize')) ?? REVIEW_QUEUE_PAGE_SIZE;
  const query: ReviewQueueQuery = {
    ...(params.get('state') ? { state: params.get('state') as ReviewQueueQuery['state'] } : {}),
    ...(params.get('kind') ? { kind: params.get('kind') as ReviewQueueQuery['kind'] } : {}),
    ...(params.get('employerId') ? { employerId: params.get('employerId')! } : {}),
    ...(params.get('sla') ? { sla: params.get('sla') as QueueSlaStatus } : {}),
    ...(params.get('holder') ? { holder: params.get('holder') as ReviewQueueQuery['holder'] } : {}),
    ...(page !== 1 ? { page } : {}),
    ...(pageSize !== REVIEW_QUEUE_PAGE_SIZE ? { pageSize } : {}),
  };
  /** A changed filter starts again at page 1: the old page number means nothing in the new list. */
  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: true });
  };
  const setPage = (nextPage: number, nextSize: number) => {
    const next = new URLSearchParams(params);
    const sizeChanged = nextSize !== pageSize;
    if (nextSize === REVIEW_QUEUE_PAGE_SIZE) next.delete('pageSize');
    else next.set('pageSize', String(nextSize));
    if (nextPage === 1 || sizeChanged) next.delete('page');
    else next.set('page', String(nextPage));
    setParams(next);
  };
  const queue = useWorkbench(query);
  const claim = useClaim();
  const handover = useHandover();
  const [handing, setHanding] = useState<QueueCase | null>(null);
  const [to, setTo] = useState<string | undefined>();
  const isReviewer = user?.role === 'reviewer';
  // Every employer with a case at the centre (the server's list), not only those of the page on screen.
  const employers = useMemo(
    () => (queue.data?.employers ?? []).map((e) => ({ value: e.id, label: e.name })),
    [queue.data],
  );

  const fail = (error: unknown) => void message.error(errorText(error, t));
  const columns: TableColumnsType<QueueCase> = [
    {
      title: t('workbench.columns.number'),
      dataIndex: 'number',
      render: (n: string, c) => (
        <Link to={`/applications/${c.id}`} data-testid={`queue-open-${n}`}>
          {n}
        </Link>
      ),
    },
    { title: t('workbench.columns.holder'), dataIndex: 'holderName' },
    { title: t('workbench.columns.employer'), key: 'employer', render: (_, c) => c.employer.name },
    { title: t('workbench.columns.kind'), dataIndex: 'kind', render: (k: string) => t(`application.kind.${k}`) },
    {
      title: t('workbench.columns.state'),
      dataIndex: 'state',
      render: (s: QueueCase['state']) => <ApplicationStateTag state={s} />,
    },
    {
      title: t('workbench.columns.due'),
      key: 'due',
      render: (_, c) =>
        c.sla.status === 'pending' ? (
          <span data-testid="queue-due">
            {c.sla.pendingYear
              ? t('workbench.duePending', { year: c.sla.pendingYear })
              : t('workbench.duePendingNoYear')}
          </span>
        ) : (
          <span data-testid="queue-due">{formatDate(c.sla.dueDate) || t('common.none')}</span>
        ),
    },
    {
      title: t('workbench.columns.left'),
      key: 'left',
      render: (_, c) =>
        c.sla.workingDaysLeft === null
          ? ''
          : c.sla.workingDaysLeft < 0
            ? t('workbench.daysOver', { count: -c.sla.workingDaysLeft })
            : t('workbench.daysLeft', { count: c.sla.workingDaysLeft }),
    },
    { title: t('workbench.columns.sla'), key: 'sla', render: (_, c) => <QueueSlaTag status={c.sla.status} /> },
    {
      title: t('workbench.columns.assignee'),
      key: 'assignee',
      render: (_, c) => <span data-testid="queue-assignee">{c.assignee?.name ?? t('workbench.unclaimed')}</span>,
    },
    {
      title: t('workbench.columns.actions'),
      key: 'actions',
      render: (_, c) =>
        isReviewer ? (
          <Space>
            {c.assignee?.id !== user?.id && !c.assignee && (
              <Button
                size="small"
                type="primary"
                loading={claim.isPending}
                data-testid={`claim-${c.number}`}
                onClick={() =>
                  claim.mutate(c.id, { onSuccess: () => void message.success(t('workbench.claimed')), onError: fail })
                }
              >
                {t('workbench.claim')}
              </Button>
            )}
            {(!c.assignee || c.assignee.id === user?.id) && (
              <Button
                size="small"
                data-testid={`handover-${c.number}`}
                onClick={() => {
                  setHanding(c);
                  setTo(undefined);
                }}
              >
                {t('workbench.handover')}
              </Button>
            )}
          </Space>
        ) : null,
    },
  ];

  const counts = queue.data?.counts;
  return (
    <>
      <PageTitle>{t('workbench.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('workbench.intro')}</Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="workbench-counts">
        {SLA_STATUSES.map((s) => (
          <Col key={s} xs={12} md={4}>
            <Card
              size="small"
              hoverable
              onClick={() => setFilter('sla', query.sla === s ? undefined : s)}
              style={query.sla === s ? { borderColor: '#1677ff' } : undefined}
            >
              <Statistic
                title={t(`workbench.counts.${s}`)}
                value={counts?.[s] ?? 0}
                styles={{ content: { fontSize: 22 } }}
                data-testid={`count-${s}`}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('workbench.filters.state')}
          aria-label={t('accessibility.filters.state')}
          value={query.state}
          onChange={(v) => setFilter('state', v)}
          data-testid="filter-state"
          options={CENTRE_STATES.map((s) => ({ value: s, label: t(`application.state.${s}`) }))}
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('workbench.filters.kind')}
          aria-label={t('accessibility.filters.kind')}
          value={query.kind}
          onChange={(v) => setFilter('kind', v)}
          options={APPLICATION_KINDS.map((k) => ({ value: k, label: t(`application.kind.${k}`) }))}
        />
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('workbench.filters.employer')}
          aria-label={t('accessibility.filters.employer')}
          value={query.employerId}
          onChange={(v) => setFilter('employerId', v)}
          options={employers}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('workbench.filters.sla')}
          aria-label={t('accessibility.filters.sla')}
          value={query.sla}
          onChange={(v) => setFilter('sla', v)}
          options={SLA_STATUSES.map((s) => ({ value: s, label: t(`workbench.counts.${s}`) }))}
        />
        <Select
          style={{ width: 140 }}
          value={query.holder ?? 'anyone'}
          onChange={(v) => setFilter('holder', v === 'anyone' ? undefined : v)}
          aria-label={t('accessibility.filters.holder')}
          data-testid="filter-holder"
          options={(['anyone', 'me', 'unclaimed'] as const).map((h) => ({
            value: h,
            label: t(`workbench.filters.${h}`),
          }))}
        />
      </Space>
      {queue.isError ? (
        <LoadFailed error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <Table<QueueCase>
          rowKey="id"
          data-testid="workbench-queue"
          columns={columns}
          dataSource={queue.data?.cases ?? []}
          loading={queue.isPending}
          scroll={{ x: 'max-content' }}
          // The server pages and orders (most urgent first); the table shows its page and the total.
          pagination={{
            current: page,
            pageSize,
            total: queue.data?.total ?? 0,
            pageSizeOptions: [20, REVIEW_QUEUE_PAGE_SIZE, 100, REVIEW_QUEUE_PAGE_MAX],
            showSizeChanger: true,
            showTotal: (total) => <span data-testid="queue-total">{t('workbench.total', { count: total })}</span>,
            onChange: setPage,
          }}
          locale={{ emptyText: t('workbench.empty') }}
        />
      )}
      {queue.data && (
        <Card
          size="small"
          title={t('workbench.colleagues')}
          style={{ marginTop: 16, maxWidth: 560 }}
          data-testid="workbench-colleagues"
        >
          {queue.data.colleagues.map((c) => (
            <Tag key={c.id} style={{ marginBottom: 4 }}>
              {c.name}（{c.holding}）
            </Tag>
          ))}
        </Card>
      )}
      <Modal
        open={handing !== null}
        title={handing ? t('workbench.handoverTitle', { number: handing.number }) : ''}
        okButtonProps={{ disabled: !to, loading: handover.isPending, 'data-testid': 'handover-ok' }}
        cancelText={t('common.cancel')}
        onCancel={() => setHanding(null)}
        onOk={() =>
          handing &&
          to &&
          handover.mutate(
            { id: handing.id, toUserId: to },
            {
              onSuccess: (r) => {
                setHanding(null);
                void message.success(t('workbench.handedOver', { name: r.assignee.name }));
              },
              onError: fail,
            },
          )
        }
      >
        <Select
          style={{ width: '100%' }}
          placeholder={t('workbench.handoverPick')}
          aria-label={t('workbench.handoverPick')}
          value={to}
          onChange={setTo}
          data-testid="handover-to"
          options={(queue.data?.colleagues ?? [])
            .filter((c) => c.id !== user?.id)
            .map((c) => ({ value: c.id, label: `${c.name}（${c.holding}）` }))}
        />
      </Modal>
    </>
  );
}
