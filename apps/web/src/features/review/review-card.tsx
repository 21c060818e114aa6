import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Statistic, Tag, Typography, App as AntdApp } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FalseMaterialView, ReviewView } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { CompactTable, type CompactColumn } from '../../components/compact-table.tsx';
import { lazyPart } from '../../app/recovery/lazy-part.tsx';
import { useSession } from '../auth/session-api.ts';
import type { ApplicationDetail } from '../applications/application-types.ts';
import { MaterialCheckResult } from './material-check-result.tsx';
import { useRetrieveFile, useReview } from './workbench-api.ts';
import './messages.ts';

// The reviewer's dialogs load when first opened; every other role only reads this card (issue 20).
const IndicatorDecisionModal = lazyPart(() =>
  import('./review-decision-modals.tsx').then((m) => m.IndicatorDecisionModal),
);
const FalseMaterialModal = lazyPart(() => import('./review-decision-modals.tsx').then((m) => m.FalseMaterialModal));

type Line = ReviewView['lines'][number];
const DECISION_COLOURS: Record<NonNullable<Line['decision']>['decision'], string> = {
  accepted: 'green',
  adjusted: 'gold',
  rejected: 'red',
};

/** C-5 records on the holder, with their dates: for the holder's own page, HR and the centre. */
export function FindingsList({ findings }: { findings: FalseMaterialView[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="false-material-findings"
      title={t('workbench.findings.title')}
      description={
        <CompactTable<FalseMaterialView>
          rowKey={(f) => `${f.applicationNumber}-${f.foundOn}`}
          dataSource={findings}
          columns={[
            {
              title: t('workbench.findings.foundOn'),
              dataIndex: 'foundOn',
              render: (d: string) => <span data-testid="finding-found-on">{formatDate(d)}</span>,
            },
            { title: t('workbench.findings.penalty'), dataIndex: 'penalty' },
            {
              title: t('workbench.findings.barredUntil'),
              dataIndex: 'barredUntil',
              render: (d: string) => <span data-testid="finding-barred-until">{formatDate(d)}</span>,
            },
            { title: t('workbench.findings.application'), dataIndex: 'applicationNumber' },
            { title: t('workbench.findings.reason'), dataIndex: 'reason' },
            {
              title: '',
              dataIndex: 'active',
              render: (a: boolean) => (
                <Tag color={a ? 'red' : 'default'}>
                  {t(a ? 'workbench.findings.active' : 'workbench.findings.ended')}
                </Tag>
              ),
            },
          ]}
        />
      }
    />
  );
}

/**
 * R-3 step 3, read by every role: the file retrieval, each claimed
 * indicator with the reviewer's decision and reason, and the total the
 * engine recomputes under the application's policy version beside the
 * claimed one. The reviewer holding a case under review decides here.
 */
export function ReviewCard({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const { data: user } = useSession();
  const review = useReview(application.id);
  const retrieve = useRetrieveFile();
  const [editing, setEditing] = useState<Line | null>(null);
  const [finding, setFinding] = useState(false);
  // A dialog stays mounted once opened, so that it closes with antd's animation like before.
  const [decisionOpened, setDecisionOpened] = useState(false);
  const [findingOpened, setFindingOpened] = useState(false);
  if (!review.data) return null;
  const r = review.data;
  const fail = (error: unknown) => void message.error(errorText(error, t));
  const canDecide =
    user?.role === 'reviewer' && application.state === 'under_review' && (!r.assignee || r.assignee.id === user.id);
  const shown = r.lines.filter((l) => l.claimed !== 0 || l.decision);
  const columns: CompactColumn<Line>[] = [
    {
      title: t('workbench.review.indicator'),
      dataIndex: 'indicator',
      render: (i: string, l: Line) => `${l.ruleId} ${t(`workbench.indicators.${i}`, { defaultValue: i })}`,
    },
    { title: t('workbench.review.claimed'), dataIndex: 'claimed' },
    {
      title: t('workbench.review.reviewed'),
      dataIndex: 'reviewed',
      render: (v: number, l: Line) => <span data-testid={`reviewed-${l.indicator}`}>{v}</span>,
    },
    {
      title: t('workbench.review.decision'),
      key: 'decision',
      render: (_: unknown, l: Line) =>
        l.decision ? (
          <Space direction="vertical" size={0} data-testid={`decision-${l.indicator}`}>
            <Tag color={DECISION_COLOURS[l.decision.decision]}>
              {t(`workbench.review.decisions.${l.decision.decision}`)}
            </Tag>
            <Typography.Text>{l.decision.reason}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l.decision.by.name} · {formatDate(l.decision.at)}
            </Typography.Text>
          </Space>
        ) : !l.reviewable ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('workbench.review.notReviewable')}
          </Typography.Text>
        ) : null,
    },
    ...(canDecide && r.fileRetrieval
      ? [
          {
            title: '',
            key: 'act',
            render: (_: unknown, l: Line) =>
              l.reviewable && l.claimed !== 0 ? (
                <Button
                  size="small"
                  data-testid={`review-${l.indicator}`}
                  onClick={() => {
                    setDecisionOpened(true);
                    setEditing(l);
                  }}
                >
                  {t('workbench.review.decide')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Card title={t('workbench.review.title')} style={{ marginBottom: 16 }} data-testid="review-card">
      <FindingsList findings={r.findings} />
      {r.materials && <MaterialCheckResult applicationId={application.id} check={r.materials} />}
      <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('workbench.review.fileRetrieval')}>
          <span data-testid="file-retrieval">
            {r.fileRetrieval
              ? t('workbench.review.retrieved', { by: r.fileRetrieval.by.name, at: formatDate(r.fileRetrieval.at) })
              : t('workbench.review.notRetrieved')}
          </span>
          {!r.fileRetrieval && canDecide && (
            <Button
              size="small"
              type="primary"
              style={{ marginLeft: 8 }}
              loading={retrieve.isPending}
              data-testid="retrieve-file"
              onClick={() => retrieve.mutate(application.id, { onError: fail })}
            >
              {t('workbench.review.retrieve')}
            </Button>
          )}
        </Descriptions.Item>
        {r.assignee && (
          <Descriptions.Item label={t('workbench.columns.assignee')}>
            <span data-testid="review-assignee">{r.assignee.name}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {r.totals ? (
        <>
          <Space size="large" style={{ margin: '8px 0 12px' }}>
            <Statistic
              title={t('workbench.review.claimedTotal')}
              value={r.totals.claimedTotal}
              data-testid="claimed-total"
            />
            <Statistic
              title={t('workbench.review.reviewedTotal')}
              value={r.totals.reviewedTotal}
              data-testid="reviewed-total"
              styles={r.totals.reviewedTotal !== r.totals.claimedTotal ? { content: { color: '#d48806' } } : undefined}
            />
            <Typography.Text type="secondary">
              {t('workbench.review.standard', { score: r.totals.standardScore })} ·{' '}
              {t('workbench.review.policy', { policy: r.totals.policyId })}
            </Typography.Text>
          </Space>
          <CompactTable<Line>
            rowKey="indicator"
            columns={columns}
            dataSource={shown}
            data-testid="review-lines"
            scroll={{ x: 'max-content' }}
          />
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('workbench.review.noInput')}</Typography.Paragraph>
      )}
      {canDecide && (
        <Button
          danger
          style={{ marginTop: 12 }}
          data-testid="false-material"
          onClick={() => {
            setFindingOpened(true);
            setFinding(true);
          }}
        >
          {t('workbench.review.falseMaterial')}
        </Button>
      )}
      {decisionOpened && (
        <IndicatorDecisionModal applicationId={application.id} line={editing} onClose={() => setEditing(null)} />
      )}
      {findingOpened && (
        <FalseMaterialModal application={application} open={finding} onClose={() => setFinding(false)} />
      )}
    </Card>
  );
}
