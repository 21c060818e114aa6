import { useState } from 'react';
import { Alert, App as AntdApp, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { MessageOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TransferRequestView, TransferState } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { maskIdNumber } from '../../components/mask.ts';
import { useSession } from '../auth/session-api.ts';
import { RequireVerifiedEmployer } from '../employers/employer-not-verified.tsx';
import { useInviteForTransfer, useRecordTransferPaper, useTransferRequests } from './transfers-api.ts';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { SignedPaperModal } from '../../components/signed-paper-modal.tsx';

/** Mirrors the API's TRANSFER_VALID_DAYS, for the page's explanation. */
const VALID_DAYS = 14;
const COLOR: Record<TransferState, string> = {
  pending: 'processing',
  accepted: 'success',
  declined: 'error',
  expired: 'default',
};

/** HR's transfer requests (R-2, issue 17): the state of each, and the two ways HR can help the holder consent. */
export default function TransfersPage() {
  const { data: user } = useSession();
  return (
    <RequireVerifiedEmployer user={user}>
      <TransferRequests />
    </RequireVerifiedEmployer>
  );
}

function TransferRequests() {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const list = useTransferRequests();
  const invite = useInviteForTransfer();
  const [paperFor, setPaperFor] = useState<TransferRequestView | null>(null);
  if (list.isError) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <PageTitle>{t('transfer.title')}</PageTitle>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
        {t('transfer.hint', { days: VALID_DAYS })}
      </Typography.Paragraph>
      {invite.isError && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(invite.error, t)} />
      )}
      <Card>
        <Table<TransferRequestView>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('transfer.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="transfer-table"
          scroll={{ x: true }}
          columns={[
            { title: t('transfer.name'), dataIndex: 'name' },
            { title: t('transfer.residentId'), dataIndex: 'residentId', render: (v: string) => maskIdNumber(v) },
            {
              title: t('transfer.state'),
              dataIndex: 'state',
              render: (s: TransferState) => (
                <Tag color={COLOR[s]} data-testid="transfer-state">
                  {t(`transfer.states.${s}`)}
                </Tag>
              ),
            },
            { title: t('transfer.requestedAt'), dataIndex: 'requestedAt', render: (v: string) => formatDate(v) },
            { title: t('transfer.expiresAt'), dataIndex: 'expiresAt', render: (v: string) => formatDate(v) },
            { title: t('transfer.effectiveOn'), dataIndex: 'effectiveOn', render: (v: string | null) => v ?? '' },
            {
              title: t('transfer.method'),
              dataIndex: 'consentMethod',
              render: (m: TransferRequestView['consentMethod']) => (m ? t(`transfer.methods.${m}`) : ''),
            },
            {
              title: t('transfer.actions'),
              key: 'actions',
              render: (_: unknown, r: TransferRequestView) =>
                r.state === 'pending' ? (
                  <Flex gap={8} wrap>
                    <Button
                      size="small"
                      icon={<MessageOutlined />}
                      loading={invite.isPending && invite.variables === r.id}
                      onClick={() =>
                        invite.mutate(r.id, { onSuccess: () => void message.success(t('transfer.smsSent'), 8) })
                      }
                      data-testid="transfer-sms"
                    >
                      {t('transfer.sendSms')}
                    </Button>
                    <Button
                      size="small"
                      icon={<UploadOutlined />}
                      onClick={() => setPaperFor(r)}
                      data-testid="transfer-paper"
                    >
                      {t('transfer.recordPaper')}
                    </Button>
                  </Flex>
                ) : r.state === 'accepted' && r.holderId ? (
                  <Flex gap={8} wrap>
                    <Link to={`/holders/${r.holderId}`} data-testid="transfer-open-holder">
                      {t('transfer.openHolder')}
                    </Link>
                    {r.consentMethod === 'paper' && (
                      <Typography.Link
                        href={`/api/v1/transfers/${encodeURIComponent(r.id)}/paper-consent/scan`}
                        target="_blank"
                        rel="noopener"
                      >
                        {t('transfer.viewScan')}
                      </Typography.Link>
                    )}
                  </Flex>
                ) : null,
            },
          ]}
        />
      </Card>
      {paperFor && <PaperConsentModal request={paperFor} onClose={() => setPaperFor(null)} />}
    </>
  );
}

/** The signing day lies between the request and today; the scan is required (checked here and by the API). */
function PaperConsentModal({ request, onClose }: { request: TransferRequestView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const record = useRecordTransferPaper();
  return (
    <SignedPaperModal
      texts={{
        title: t('transfer.paperTitle'),
        hint: t('transfer.paperHint'),
        ok: t('transfer.ok'),
        signedOn: t('transfer.signedOn'),
        required: t('transfer.required'),
        scan: t('transfer.scan'),
        chooseScan: t('transfer.chooseScan'),
        scanRequired: t('transfer.scanRequired'),
      }}
      ids={{
        submit: 'transfer-paper-submit',
        error: 'transfer-paper-error',
        signedOn: 'transfer-signed-on',
        scan: 'transfer-scan',
      }}
      earliest={dayjs(request.requestedAt).startOf('day')}
      pending={record.isPending}
      error={record.error}
      onSubmit={(signedOn, scan) =>
        record.mutate(
          { id: request.id, signedOn, scan },
          {
            onSuccess: () => {
              void message.success(t('transfer.paperRecorded'));
              onClose();
            },
          },
        )
      }
      onClose={onClose}
    />
  );
}
