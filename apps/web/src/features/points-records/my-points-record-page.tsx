import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PointsRecordResponse } from '@jifen/contracts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useMyPointsRecord } from './points-record-api.ts';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

type Reminder = PointsRecordResponse['reminders'][number];
type Event = PointsRecordResponse['events'][number];

const STATE_COLOURS: Record<string, string> = {
  valid: 'green',
  renewal_window: 'blue',
  grace: 'orange',
  points_cleared: 'red',
  permit_lapsed: 'red',
};

/** Issue 13: the holder's points record, what changed on which day (with its rule), and every reminder sent. */
export default function MyPointsRecordPage() {
  const { t } = useTranslation();
  const q = useMyPointsRecord();
  // Stored as holder:sms; i18next reads ':' as a namespace separator, so the key uses '_'.
  const channel = (c: string) => t(`pointsRecord.channel.${c.replace(':', '_')}`, { defaultValue: c });
  if (q.isError) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data?.record;
  // What both tables share: keyed by id, paged by 20, a test id and an empty text.
  const tableProps = (testId: string, emptyKey: string) => ({
    rowKey: 'id',
    'data-testid': testId,
    loading: q.isPending,
    scroll: { x: 'max-content' as const },
    pagination: { pageSize: 20, hideOnSinglePage: true },
    locale: { emptyText: t(emptyKey) },
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <PageTitle>{t('pointsRecord.title')}</PageTitle>
      <Card loading={q.isPending} data-testid="points-record-card">
        {!r ? (
          <Typography.Text>{t('pointsRecord.none')}</Typography.Text>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('pointsRecord.state')}>
                <Tag color={STATE_COLOURS[r.state]} data-testid="points-record-state">
                  {r.stateLabel}
                </Tag>{' '}
                {t('pointsRecord.stateSince')} {r.stateSince}
              </Descriptions.Item>
              <Descriptions.Item label={t('pointsRecord.expiresOn')}>{r.expiresOn}</Descriptions.Item>
              <Descriptions.Item label={t('pointsRecord.nextDeadline')}>
                {r.nextDeadline
                  ? `${r.nextDeadline.label}${r.daysLeft !== null ? ` · ${t('pointsRecord.daysLeft', { n: r.daysLeft })}` : ''}`
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('pointsRecord.cycle')}>{r.cycle}</Descriptions.Item>
            </Descriptions>
            {r.benefitsSuspendedOn && (
              <Alert
                type="warning"
                showIcon
                message={t('pointsRecord.benefitsSuspended', { date: r.benefitsSuspendedOn })}
              />
            )}
            {r.noticeRevokedOn && (
              <Alert type="error" showIcon message={t('pointsRecord.noticeRevoked', { date: r.noticeRevokedOn })} />
            )}
            {r.renewalSubmittedOn && (
              <Alert
                type="success"
                showIcon
                message={t('pointsRecord.renewalSubmitted', { date: r.renewalSubmittedOn })}
              />
            )}
          </Space>
        )}
      </Card>
      <Card title={t('pointsRecord.reminders')}>
        <Table<Reminder>
          {...tableProps('reminders-table', 'pointsRecord.noReminders')}
          dataSource={q.data?.reminders ?? []}
          columns={[
            {
              title: t('pointsRecord.dueOn'),
              dataIndex: 'dueOn',
              defaultSortOrder: 'descend',
              sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
            },
            {
              title: t('pointsRecord.what'),
              dataIndex: 'title',
              render: (_: string, m) => (
                <>
                  <Typography.Text strong>{m.title}</Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap', maxWidth: 520 }}>{m.body}</div>
                </>
              ),
            },
            {
              title: t('pointsRecord.rule'),
              dataIndex: 'ruleId',
              filters: [...new Set((q.data?.reminders ?? []).map((m) => m.ruleId))].map((v) => ({ text: v, value: v })),
              onFilter: (v, m) => m.ruleId === v,
            },
            {
              title: t('pointsRecord.channels'),
              dataIndex: 'channels',
              render: (cs: string[]) => cs.map((c) => <Tag key={c}>{channel(c)}</Tag>),
            },
            {
              title: t('pointsRecord.sentOn'),
              dataIndex: 'sentOn',
              sorter: (a, b) => (a.sentOn ?? a.skippedOn ?? '').localeCompare(b.sentOn ?? b.skippedOn ?? ''),
              // Issue 17: a reminder caught up on a day it was no longer true was not sent; the page says so and why.
              render: (_: string | null, m) =>
                m.sentOn ?? (
                  <span data-testid="reminder-skipped">
                    <Tag color="default">{t('pointsRecord.skipped', { date: m.skippedOn })}</Tag>
                    <div style={{ maxWidth: 320 }}>
                      <Typography.Text type="secondary">{m.skipReason}</Typography.Text>
                    </div>
                  </span>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('pointsRecord.history')}>
        <Table<Event>
          {...tableProps('points-history-table', 'pointsRecord.noHistory')}
          // Issue 17: the state that applies now heads the history, with its since-date and rule, even before any change is recorded.
          dataSource={
            r
              ? [
                  {
                    id: 'current',
                    cycle: r.cycle,
                    onDate: r.stateSince,
                    kind: 'state_changed' as const,
                    ruleId: r.stateRuleId,
                    label: t('pointsRecord.currentState', { state: r.stateLabel }),
                  },
                  ...(q.data?.events ?? []),
                ]
              : (q.data?.events ?? [])
          }
          onRow={(e) =>
            e.id === 'current' ? ({ 'data-testid': 'points-history-current' } as React.HTMLAttributes<HTMLElement>) : {}
          }
          columns={[
            {
              title: t('pointsRecord.onDate'),
              dataIndex: 'onDate',
              defaultSortOrder: 'descend',
              sorter: (a, b) => a.onDate.localeCompare(b.onDate),
            },
            { title: t('pointsRecord.what'), dataIndex: 'label' },
            {
              title: t('pointsRecord.rule'),
              dataIndex: 'ruleId',
              filters: [...new Set((q.data?.events ?? []).map((e) => e.ruleId))].map((v) => ({ text: v, value: v })),
              onFilter: (v, e) => e.ruleId === v,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
