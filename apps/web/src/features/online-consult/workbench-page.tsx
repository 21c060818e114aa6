import { useState } from 'react';
import { Button, Empty, Flex, Segmented, Table, Tabs, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ThreadStatus, WorkbenchThread } from '@jifen/contracts';
import { formatDate } from '../../components/format-date.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { GoalTag } from './goal-tag.tsx';
import { KnowledgeTab } from './knowledge-tab.tsx';
import { SavedRepliesTab } from './saved-replies-tab.tsx';
import { usePinnedThread, useWorkbench } from './online-consult-api.ts';
import { STATUS_COLOR } from './thread-page.tsx';
import { ThreadPanel, type EntryDraft } from './thread-panel.tsx';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

type Filter = ThreadStatus | 'all';

/** Issue #14: the consultant's workbench: the queue oldest first against the first-answer goal, one question at a time, and the knowledge base. */
export default function OnlineWorkbenchPage() {
  const { t } = useTranslation();
  // The tab, the filter and the open question live in the URL: a reload keeps them.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'knowledge' || params.get('tab') === 'replies' ? params.get('tab')! : 'queue';
  const filter = (params.get('status') as Filter | null) ?? 'waiting';
  const selected = params.get('thread');
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const queue = useWorkbench(filter === 'all' ? undefined : filter);
  const [entrySeed, setEntrySeed] = useState<EntryDraft | null>(null);
  const pinned = usePinnedThread(selected);
  const listed = queue.data?.threads.find((x) => x.id === selected);
  const current = listed ?? pinned.data ?? null;

  const queueView = (
    <Flex vertical gap={16}>
      <Flex gap={12} align="center" wrap>
        <Segmented<Filter>
          value={filter}
          onChange={(v) => set({ status: v, thread: null })}
          data-testid="workbench-filter"
          options={(['waiting', 'answered', 'closed', 'all'] as const).map((f) => ({
            value: f,
            label: f === 'all' ? t('onlineConsult.all') : t(`onlineConsult.status.${f}`),
          }))}
        />
        {queue.data && (
          <Typography.Text type="secondary">{t('onlineConsult.goal', { hours: queue.data.goalHours })}</Typography.Text>
        )}
      </Flex>
      {queue.isError && <LoadFailed error={queue.error} onRetry={() => void queue.refetch()} />}
      <Table<WorkbenchThread>
        rowKey="id"
        size="small"
        loading={queue.isPending}
        dataSource={queue.data?.threads ?? []}
        locale={{ emptyText: <Empty description={t('onlineConsult.empty')} /> }}
        pagination={{ pageSize: 20 }}
        data-testid="workbench-queue"
        onRow={(r) =>
          ({
            onClick: () => set({ thread: r.id }),
            style: { cursor: 'pointer' },
            'data-testid': `workbench-row-${r.reference}`,
          }) as React.HTMLAttributes<HTMLElement>
        }
        rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
        columns={[
          {
            title: t('onlineConsult.askedAt'),
            dataIndex: 'createdAt',
            defaultSortOrder: 'ascend',
            sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
            render: (v: string) => formatDate(v),
          },
          { title: t('onlineConsult.question_'), dataIndex: 'question', ellipsis: true },
          {
            title: t('onlineConsult.lifecycleState'),
            dataIndex: 'status',
            filters: (['waiting', 'answered', 'closed'] as const).map((s) => ({
              text: t(`onlineConsult.status.${s}`),
              value: s,
            })),
            onFilter: (v, r) => r.status === v,
            render: (s: ThreadStatus) => <Tag color={STATUS_COLOR[s]}>{t(`onlineConsult.status.${s}`)}</Tag>,
          },
          {
            title: t('onlineConsult.waited'),
            key: 'goal',
            sorter: (a, b) => (a.goal?.waitedMinutes ?? 0) - (b.goal?.waitedMinutes ?? 0),
            render: (_, r) => <GoalTag thread={r} />,
          },
          { title: t('onlineConsult.claimedBy'), key: 'claimed', render: (_, r) => r.claimedBy?.name ?? '—' },
        ]}
      />
      {queue.hasMore && (
        <Button onClick={queue.loadMore} loading={queue.isFetchingNextPage} data-testid="workbench-more">
          {t('onlineConsult.loadMore')}
        </Button>
      )}
      {current ? (
        <ThreadPanel
          key={current.id}
          thread={current}
          onToKnowledge={(d) => {
            setEntrySeed(d);
            set({ tab: 'knowledge' });
          }}
        />
      ) : (
        <Typography.Text type="secondary">{t('onlineConsult.select')}</Typography.Text>
      )}
    </Flex>
  );

  return (
    <Flex vertical gap={8} style={{ maxWidth: 1100 }}>
      <PageTitle style={{ margin: 0 }}>{t('onlineConsult.workbenchTitle')}</PageTitle>
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k === 'queue' ? null : k })}
        items={[
          { key: 'queue', label: t('onlineConsult.tabQueue'), children: queueView },
          {
            key: 'knowledge',
            label: t('onlineConsult.tabKnowledge'),
            children: <KnowledgeTab key={entrySeed ? 'seeded' : 'plain'} seed={entrySeed} />,
          },
          { key: 'replies', label: t('onlineConsult.tabSavedReplies'), children: <SavedRepliesTab /> },
        ]}
      />
    </Flex>
  );
}
