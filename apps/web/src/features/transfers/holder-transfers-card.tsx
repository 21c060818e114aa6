import { Alert, App as AntdApp, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HolderTransferView, TransferState } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { useDecideTransfer, useMyTransfers } from './transfers-api.ts';
import './messages.ts';

const COLOR: Record<TransferState, string> = {
  pending: 'processing',
  accepted: 'success',
  declined: 'error',
  expired: 'default',
};

/**
 * The holder's side of a change of employer (R-2, issue 17): each pending
 * request with accept / decline, and the record of earlier ones, so a
 * holder sees and controls who takes them over.
 */
export function HolderTransfersCard() {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const mine = useMyTransfers();
  const decide = useDecideTransfer();
  const all = mine.data ?? [];
  if (all.length === 0) return null;
  const pending = all.filter((r) => r.state === 'pending');
  const done = all.filter((r) => r.state !== 'pending');
  const act = (r: HolderTransferView, decision: 'accept' | 'decline') =>
    decide.mutate(
      { id: r.id, decision },
      {
        onSuccess: () =>
          void message.success(
            t(decision === 'accept' ? 'transfer.accepted' : 'transfer.declined', { employer: r.employerName }),
          ),
      },
    );
  return (
    <Card title={t('transfer.holderTitle')} style={{ maxWidth: 760, marginBottom: 16 }} data-testid="holder-transfers">
      {decide.isError && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(decide.error, t)} />
      )}
      {pending.map((r) => (
        <Alert
          key={r.id}
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="transfer-pending"
          title={t('transfer.holderHint', { employer: r.employerName, date: formatDate(r.expiresAt) })}
          action={
            <Flex vertical gap={8}>
              <Popconfirm
                title={t('transfer.acceptConfirm', { employer: r.employerName })}
                okText={t('transfer.accept')}
                cancelText={t('common.cancel')}
                onConfirm={() => act(r, 'accept')}
              >
                <Button type="primary" size="small" loading={decide.isPending} data-testid="transfer-accept">
                  {t('transfer.accept')}
                </Button>
              </Popconfirm>
              <Popconfirm
                title={t('transfer.declineConfirm', { employer: r.employerName })}
                okText={t('transfer.decline')}
                cancelText={t('common.cancel')}
                onConfirm={() => act(r, 'decline')}
              >
                <Button size="small" danger loading={decide.isPending} data-testid="transfer-decline">
                  {t('transfer.decline')}
                </Button>
              </Popconfirm>
            </Flex>
          }
        />
      ))}
      {done.length > 0 && (
        <>
          <Typography.Text strong>{t('transfer.history')}</Typography.Text>
          <Table<HolderTransferView>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={done}
            columns={[
              { title: t('holder.employer'), dataIndex: 'employerName' },
              {
                title: t('transfer.state'),
                dataIndex: 'state',
                render: (s: TransferState) => <Tag color={COLOR[s]}>{t(`transfer.states.${s}`)}</Tag>,
              },
              { title: t('transfer.effectiveOn'), dataIndex: 'effectiveOn', render: (v: string | null) => v ?? '' },
              {
                title: t('transfer.method'),
                dataIndex: 'consentMethod',
                render: (m: HolderTransferView['consentMethod']) => (m ? t(`transfer.methods.${m}`) : ''),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
