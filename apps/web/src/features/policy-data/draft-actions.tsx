import { useState } from 'react';
import { Alert, App, Button, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DueDateChange, PolicyDocumentSummary } from '@jifen/contracts';
import { isApiError } from '../../api/api-error.ts';
import { errorText } from '../../api/error-text.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useDiscardDocument, usePolicyImpact, usePublishDocument } from './policy-admin-api.ts';
import { WageImpactTable } from './wage-impact.tsx';

/**
 * A refused publish or discard, above the list: the API's message as it is,
 * in the user's language, headed by what to do when the drafter tried to
 * approve their own draft (POLICY.SAME_ADMIN).
 */
export function ActionError({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { t } = useTranslation();
  if (error === null) return null;
  const sameAdmin = isApiError(error) && error.code === 'POLICY.SAME_ADMIN';
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="publish-error"
      title={sameAdmin ? t('policyAdmin.actions.sameAdmin') : errorText(error, t)}
      description={sameAdmin ? errorText(error, t) : undefined}
    />
  );
}

/** Impact, publish (confirmed first) and discard of one draft; a refusal goes to `onError`. */
export function DraftActions({
  document,
  onError,
}: {
  document: PolicyDocumentSummary;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const publish = usePublishDocument();
  const discard = useDiscardDocument();
  const [impactOpen, setImpactOpen] = useState(false);
  if (document.status !== 'draft') return null;
  return (
    <>
      <Space wrap size={4}>
        <Button size="small" onClick={() => setImpactOpen(true)} data-testid={`impact-${document.key}`}>
          {t('policyAdmin.actions.impact')}
        </Button>
        <Popconfirm
          title={t('policyAdmin.actions.publishConfirm')}
          okText={t('policyAdmin.actions.publish')}
          cancelText={t('policyAdmin.actions.cancel')}
          onConfirm={() => {
            onError(null);
            publish.mutate(document.id, {
              onSuccess: (r) =>
                void message.success(
                  t('policyAdmin.actions.published', { dueDates: r.resolved.dueDates, checks: r.resolved.checks }),
                ),
              onError,
            });
          }}
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
          onConfirm={() => {
            onError(null);
            discard.mutate(document.id, {
              onSuccess: () => void message.success(t('policyAdmin.actions.discarded')),
              onError,
            });
          }}
        >
          <Button size="small" danger loading={discard.isPending} data-testid={`discard-${document.key}`}>
            {t('policyAdmin.actions.discard')}
          </Button>
        </Popconfirm>
      </Space>
      {impactOpen && <ImpactModal document={document} onClose={() => setImpactOpen(false)} />}
    </>
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
      width={document.kind === 'wage' ? 1100 : 860}
      title={t('policyAdmin.impact.title', { key: document.key })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('policyAdmin.actions.close')}</Button>}
    >
      {impact.isError && <LoadFailed error={impact.error} onRetry={() => void impact.refetch()} />}
      {data && data.problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('policyAdmin.impact.problems')}
          description={
            <ul>
              {data.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {data && document.kind === 'wage' && (
        <Typography.Paragraph>
          {t('policyAdmin.impact.pendingChecks', { count: data.pendingChecks })}
        </Typography.Paragraph>
      )}
      {document.kind === 'wage' && <WageImpactTable documentId={document.id} />}
      {data && document.kind !== 'wage' && data.dueDates.length === 0 && (
        <Typography.Paragraph>{t('policyAdmin.impact.noDueDates')}</Typography.Paragraph>
      )}
      {(impact.isPending || (data && data.dueDates.length > 0)) && (
        <Table<DueDateChange>
          rowKey="applicationId"
          size="small"
          data-testid="impact-table"
          loading={impact.isPending}
          dataSource={data?.dueDates ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            {
              title: t('policyAdmin.impact.holder'),
              dataIndex: 'holderName',
              sorter: (a, b) => a.holderName.localeCompare(b.holderName),
            },
            {
              title: t('policyAdmin.impact.startedOn'),
              dataIndex: 'startedOn',
              sorter: (a, b) => a.startedOn.localeCompare(b.startedOn),
            },
            { title: t('policyAdmin.impact.before'), dataIndex: 'before', render: dateCell },
            {
              title: t('policyAdmin.impact.after'),
              dataIndex: 'after',
              render: dateCell,
              sorter: (a, b) => (a.after ?? '').localeCompare(b.after ?? ''),
            },
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
