import { useState } from 'react';
import {
  Alert,
  App as AntdApp,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { FalseMaterialView, ReviewView } from '@jifen/contracts';
import { COMMENDATION_LEVELS, EDUCATION_LEVELS, TITLE_LEVELS } from '@jifen/domain';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { useSession } from '../auth/session-api.ts';
import type { ApplicationDetail } from '../applications/application-types.ts';
import { MaterialCheckResult } from './materials-card.tsx';
import { useDecideIndicator, useFalseMaterial, useRetrieveFile, useReview } from './workbench-api.ts';
import './messages.ts';

type Line = ReviewView['lines'][number];
type Decision = 'accepted' | 'adjusted' | 'rejected';
const DECISION_COLOURS: Record<Decision, string> = { accepted: 'green', adjusted: 'gold', rejected: 'red' };

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
        <Table<FalseMaterialView>
          size="small"
          rowKey={(f) => `${f.applicationNumber}-${f.foundOn}`}
          pagination={false}
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

function levelOptions(kind: Line['adjustable'], t: (k: string) => string) {
  const levels =
    kind === 'education'
      ? EDUCATION_LEVELS
      : kind === 'title'
        ? TITLE_LEVELS
        : kind === 'commendation'
          ? COMMENDATION_LEVELS
          : [];
  return levels.map((l) => ({ value: l, label: t(`workbench.levels.${l}`) }));
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
  const decide = useDecideIndicator();
  const falseMaterial = useFalseMaterial();
  const [editing, setEditing] = useState<Line | null>(null);
  const [finding, setFinding] = useState(false);
  const [form] = Form.useForm<{ decision: Decision; level?: string; years?: number; reason: string }>();
  const [findingForm] = Form.useForm<{ reason: string }>();
  const decision = Form.useWatch('decision', form);
  if (!review.data) return null;
  const r = review.data;
  const fail = (error: unknown) => void message.error(errorText(error, t));
  const canDecide =
    user?.role === 'reviewer' && application.state === 'under_review' && (!r.assignee || r.assignee.id === user.id);
  const shown = r.lines.filter((l) => l.claimed !== 0 || l.decision);
  const columns: TableColumnsType<Line> = [
    {
      title: t('workbench.review.indicator'),
      dataIndex: 'indicator',
      render: (i: string, l) => `${l.ruleId} ${t(`workbench.indicators.${i}`, { defaultValue: i })}`,
    },
    { title: t('workbench.review.claimed'), dataIndex: 'claimed' },
    {
      title: t('workbench.review.reviewed'),
      dataIndex: 'reviewed',
      render: (v: number, l) => <span data-testid={`reviewed-${l.indicator}`}>{v}</span>,
    },
    {
      title: t('workbench.review.decision'),
      key: 'decision',
      render: (_, l) =>
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
                    form.resetFields();
                    form.setFieldsValue({ decision: 'accepted' });
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
  const save = (v: { decision: Decision; level?: string; years?: number; reason: string }) => {
    if (!editing) return;
    const kind = editing.adjustable;
    const value =
      v.decision !== 'adjusted'
        ? undefined
        : kind === 'years'
          ? { years: v.years ?? 0 }
          : kind === 'education'
            ? { education: v.level as never }
            : kind === 'title'
              ? { title: v.level as never }
              : { commendation: v.level as never };
    decide.mutate(
      {
        id: application.id,
        indicator: editing.indicator,
        body: { decision: v.decision, reason: v.reason, ...(value ? { value } : {}) },
      },
      {
        onSuccess: () => {
          setEditing(null);
          void message.success(t('workbench.review.saved'));
        },
        onError: fail,
      },
    );
  };
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
              valueStyle={r.totals.reviewedTotal !== r.totals.claimedTotal ? { color: '#d48806' } : undefined}
            />
            <Typography.Text type="secondary">
              {t('workbench.review.standard', { score: r.totals.standardScore })} ·{' '}
              {t('workbench.review.policy', { policy: r.totals.policyId })}
            </Typography.Text>
          </Space>
          <Table<Line>
            size="small"
            rowKey="indicator"
            pagination={false}
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
            findingForm.resetFields();
            setFinding(true);
          }}
        >
          {t('workbench.review.falseMaterial')}
        </Button>
      )}
      <Modal
        open={editing !== null}
        title={
          editing
            ? t('workbench.review.decisionTitle', { indicator: t(`workbench.indicators.${editing.indicator}`) })
            : ''
        }
        okText={t('workbench.review.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: decide.isPending, 'data-testid': 'indicator-save' }}
        onCancel={() => setEditing(null)}
        onOk={() => void form.validateFields().then(save)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ decision: 'accepted' }}>
          <Form.Item name="decision" label={t('workbench.review.decision')}>
            <Radio.Group data-testid="indicator-decision">
              <Radio value="accepted" data-testid="decision-accepted">
                {t('workbench.review.decisions.accepted')}
              </Radio>
              {editing?.adjustable && (
                <Radio value="adjusted" data-testid="decision-adjusted">
                  {t('workbench.review.decisions.adjusted')}
                </Radio>
              )}
              <Radio value="rejected" data-testid="decision-rejected">
                {t('workbench.review.decisions.rejected')}
              </Radio>
            </Radio.Group>
          </Form.Item>
          {decision === 'adjusted' && editing?.adjustable === 'years' && (
            <Form.Item
              name="years"
              label={t('workbench.review.years')}
              rules={[{ required: true, message: t('workbench.review.valueRequired') }]}
            >
              <InputNumber min={0} max={60} precision={0} data-testid="indicator-years" />
            </Form.Item>
          )}
          {decision === 'adjusted' && editing?.adjustable && editing.adjustable !== 'years' && (
            <Form.Item
              name="level"
              label={t('workbench.review.value')}
              rules={[{ required: true, message: t('workbench.review.valueRequired') }]}
            >
              <Select options={levelOptions(editing.adjustable, t)} data-testid="indicator-level" />
            </Form.Item>
          )}
          <Form.Item
            name="reason"
            label={t('workbench.review.reason')}
            rules={[{ required: true, whitespace: true, message: t('workbench.review.reasonRequired') }, { max: 500 }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              placeholder={t('workbench.review.reasonPlaceholder')}
              data-testid="indicator-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={finding}
        title={t('workbench.review.falseMaterialTitle')}
        okText={t('workbench.review.confirm')}
        okButtonProps={{ danger: true, loading: falseMaterial.isPending, 'data-testid': 'false-material-ok' }}
        cancelText={t('common.cancel')}
        onCancel={() => setFinding(false)}
        onOk={() =>
          void findingForm.validateFields().then((v) =>
            falseMaterial.mutate(
              { id: application.id, expectedVersion: application.version, reason: v.reason },
              {
                onSuccess: () => {
                  setFinding(false);
                  void message.success(t('workbench.review.falseMaterialDone'));
                },
                onError: fail,
              },
            ),
          )
        }
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('workbench.review.falseMaterialWarn')} style={{ marginBottom: 12 }} />
        <Form form={findingForm} layout="vertical">
          <Form.Item
            name="reason"
            label={t('workbench.review.reason')}
            rules={[{ required: true, whitespace: true, message: t('workbench.review.reasonRequired') }, { max: 500 }]}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="false-material-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
