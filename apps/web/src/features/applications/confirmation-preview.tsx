import { Alert, Card, Descriptions, Flex, Spin, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApplicationPreview, ClaimedLineView } from '@jifen/contracts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { localized } from './localized.ts';
import { useApplicationPreview } from './preview-api.ts';
import './preview-messages.ts';

/**
 * Issue 17, problem 7: what the holder confirms, HR reviews before
 * submitting and the paper confirmation shows: each claimed indicator with
 * its points and rule ID as the engine computes it today, pending lines as
 * pending with what they wait for (P-2), the engine's total, and the last
 * approved total beside it with the lines that changed.
 */
export function ConfirmationPreview({
  preview: p,
  editClaimsLink = false,
}: {
  preview: ApplicationPreview;
  editClaimsLink?: boolean;
}) {
  const { t } = useTranslation();
  if (p.unavailable) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="preview-unavailable"
        title={t('confirmPreview.unavailable')}
        description={
          <>
            {localized(p.unavailable.message)}
            {editClaimsLink && (
              <>
                {' '}
                <Link to="/me/claims">{t('confirmPreview.editClaims')}</Link>
              </>
            )}
          </>
        }
      />
    );
  }
  const last = p.lastApproved;
  return (
    <Flex vertical gap={12} data-testid="confirmation-preview">
      <Typography.Text type="secondary">
        {t('confirmPreview.hint', { date: p.asOf, policy: p.policyId })}
      </Typography.Text>
      <Table<ClaimedLineView>
        size="small"
        pagination={false}
        rowKey="indicator"
        dataSource={p.lines}
        onRow={(l) =>
          ({
            'data-testid': `preview-line-${l.indicator}`,
            'data-pending': l.pending ? 'true' : 'false',
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('confirmPreview.indicator'), key: 'name', render: (_, l) => localized(l.name) },
          { title: t('confirmPreview.rule'), key: 'rule', render: (_, l) => <Tag>{l.ruleId}</Tag> },
          {
            title: t('confirmPreview.points'),
            key: 'points',
            align: 'right',
            render: (_, l) =>
              l.pending ? (
                <Flex vertical align="end">
                  <Tag color="gold">{t('confirmPreview.pendingTag')}</Tag>
                  <Typography.Text type="secondary" data-testid={`preview-pending-${l.indicator}`}>
                    {localized(l.pending.message)}
                  </Typography.Text>
                </Flex>
              ) : (
                <span data-testid={`preview-points-${l.indicator}`}>{l.points}</span>
              ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <strong>{t('confirmPreview.total')}</strong>{' '}
              <Typography.Text type="secondary">
                {t('confirmPreview.standard', { score: p.standardScore })}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong data-testid="preview-total">{p.total}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {last && (
        <Descriptions size="small" column={1} data-testid="preview-last-approved">
          <Descriptions.Item label={t('confirmPreview.lastApproved')}>
            <span data-testid="preview-last-total">
              {t('confirmPreview.lastApprovedValue', {
                total: last.total,
                number: last.number,
                date: last.approvedOn ? t('confirmPreview.approvedOnDate', { date: last.approvedOn }) : '',
              })}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('confirmPreview.changes')}>
            <span data-testid="preview-explanation">{localized(last.explanation)}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      {editClaimsLink && (
        <Link to="/me/claims" data-testid="preview-edit-claims">
          {t('confirmPreview.editClaims')}
        </Link>
      )}
    </Flex>
  );
}

/** The preview fetched for one application, in a card of its own (the confirm step and HR's review before submitting). */
export function ConfirmationPreviewCard({
  applicationId,
  editClaimsLink = false,
}: {
  applicationId: string;
  editClaimsLink?: boolean;
}) {
  const { t } = useTranslation();
  const preview = useApplicationPreview(applicationId);
  return (
    <Card title={t('confirmPreview.title')} style={{ marginBottom: 16 }} data-testid="confirmation-preview-card">
      {preview.isPending ? (
        <Spin tip={t('confirmPreview.loading')}>
          <div style={{ minHeight: 48 }} />
        </Spin>
      ) : preview.isError ? (
        <LoadFailed error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <ConfirmationPreview preview={preview.data} editClaimsLink={editClaimsLink} />
      )}
    </Card>
  );
}
