import { useState } from 'react';
import { Alert, App, Button, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DueDateChange, PolicyDocumentSummary } from '@jifen/contracts';
import { isApiError } from '../../api/api-error.ts';
import { errorText } from '../../api/error-text.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useDiscardDocument, usePolicyImpact, usePublishDocument } from './policy-admin-api.ts';

/**
 * Impact, publish and discard of one draft. Publishing is confirmed first;
 * when the API refuses (the drafter themself: POLICY.SAME_ADMIN, or already
 * published) its message is shown as it is, in the user's language.
 */
export function DraftActions({ document }: { document: PolicyDocumentSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const publish = usePublishDocument();
  const discard = useDiscardDocument();
  const [impactOpen, setImpactOpen] = useState(false);
  if (document.status !== 'draft') return null;
  const error = publish.error ?? discard.error;
  return (
    <Space direction="vertical" size={4}>
      <Space wrap size={4}>
        <Button size="small" onClick={() => setImpactOpen(true)} data-testid={`impact-${document.key}`}>
          {t('policyAdmin.actions.impact')}
        </Button>
        <Popconfirm
          title={t('policyAdmin.actions.publishConfirm')}
          okText={t('policyAdmin.actions.publish')}
          cancelText={t('policyAdmin.actions.cancel')}
          onConfirm={() =>
            publish.mutate(document.id, {
              onSuccess: (r) => void message.success(t('policyAdmin.actions.published', { dueDates: r.resolved.dueDates, checks: r.resolved.checks })),
            })
          }
        >
          <Button size="small" type="primary" loading={publish.isPending} data-testid={`publish-${document.key}`}>
            {t('policyAdmin.actions.publish')}
          </Button>
        </Popconfirm>
        <Popconfirm
          title={t('policyAdmin.actions.discardConfirm')}
          okText={t('policyAdmin.actions.discard')}
          cancelText={t('policyAdmin.actions.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => discard.mutate(document.id, { onSuccess: () => void message.success(t('policyAdmin.actions.discarded')) })}
        >
          <Button size="small" danger loading={discard.isPending} data-testid={`discard-${document.key}`}>
            {t('policyAdmin.actions.discard')}
          </Button>
        </Popconfirm>
      </Space>
      {error && (
        <Alert
          type="error"
          showIcon
          data-testid="publish-error"
          title={isApiError(error) && error.code === 'POLICY.SAME_ADMIN' ? t('policyAdmin.actions.sameAdmin') : errorText(error, t)}
          description={isApiError(error) && error.code === 'POLICY.SAME_ADMIN' ? errorText(error, t) : undefined}
        />
      )}
      {impactOpen && <ImpactModal document={document} onClose={() => setImpactOpen(false)} />}
    </Space>
  );
}

function ImpactModal({ document, onClose }: { document: PolicyDocumentSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const impact = usePolicyImpact(document.id);
  const data = impact.data;
  const dateCell = (value: string | null) => value ?? t('policyAdmin.impact.pending');
  return (
    <Modal
      open
      width={860}
      title={t('policyAdmin.impact.title', { key: document.key })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('policyAdmin.actions.close')}</Button>}
    >
      {impact.isError && <LoadFailed error={impact.error} onRetry={() => void impact.refetch()} />}
      {data && data.problems.length > 0 && (
        <Alert type="error" showIcon title={t('policyAdmin.impact.problems')} description={<ul>{data.problems.map((p) => <li key={p}>{p}</li>)}</ul>} style={{ marginBottom: 12 }} />
      )}
      {data && document.kind === 'wage' && <Typography.Paragraph>{t('policyAdmin.impact.pendingChecks', { count: data.pendingChecks })}</Typography.Paragraph>}
      {data && document.kind !== 'wage' && data.dueDates.length === 0 && <Typography.Paragraph>{t('policyAdmin.impact.noDueDates')}</Typography.Paragraph>}
      {(impact.isPending || (data && data.dueDates.length > 0)) && (
        <Table<DueDateChange>
          rowKey="applicationId"
          size="small"
          data-testid="impact-table"
          loading={impact.isPending}
          dataSource={data?.dueDates ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('policyAdmin.impact.holder'), dataIndex: 'holderName', sorter: (a, b) => a.holderName.localeCompare(b.holderName) },
            { title: t('policyAdmin.impact.startedOn'), dataIndex: 'startedOn', sorter: (a, b) => a.startedOn.localeCompare(b.startedOn) },
            { title: t('policyAdmin.impact.before'), dataIndex: 'before', render: dateCell },
            { title: t('policyAdmin.impact.after'), dataIndex: 'after', render: dateCell, sorter: (a, b) => (a.after ?? '').localeCompare(b.after ?? '') },
            {
              title: '',
              dataIndex: 'stillPendingYear',
              render: (year: number | null) => (year === null ? '' : t('policyAdmin.impact.stillPending', { year })),
            },
          ]}
        />
      )}
    </Modal>
  );
}
