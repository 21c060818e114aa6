import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format-date.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useMySms, type SmsMessage } from './notifications-api.ts';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

const STATUS_COLOURS: Record<SmsMessage['status'], string> = {
  pending: 'default',
  delivering: 'processing',
  delivered: 'green',
  failed: 'red',
};

/** The holder's SMS: the texts the system sent to their mobile (R-3 step 4). */
export default function MySmsPage() {
  const { t } = useTranslation();
  const sms = useMySms();
  return (
    <>
      <PageTitle>{t('nav.mySms')}</PageTitle>
      {sms.isError ? (
        <LoadFailed error={sms.error} onRetry={() => void sms.refetch()} />
      ) : (
        <Table<SmsMessage>
          rowKey="id"
          data-testid="sms-table"
          loading={sms.isPending}
          dataSource={sms.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('notice.noSms') }}
          columns={[
            {
              title: t('notice.sentAt'),
              dataIndex: 'createdAt',
              render: (v: string) => formatDate(v),
              defaultSortOrder: 'descend',
              sorter: (a, b) => a.createdAt.localeCompare(b.createdAt),
            },
            { title: t('notice.to'), dataIndex: 'mobile' },
            {
              title: t('notice.text'),
              dataIndex: 'text',
              render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>,
            },
            {
              title: t('notice.status'),
              dataIndex: 'status',
              render: (v: SmsMessage['status']) => <Tag color={STATUS_COLOURS[v]}>{t(`notice.smsStatus.${v}`)}</Tag>,
            },
          ]}
        />
      )}
    </>
  );
}
