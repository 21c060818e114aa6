import { Alert, Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format-date.ts';
import { LifecycleTag } from '../../components/lifecycle-tag.tsx';
import type { Endorsement, PermitHistory as History, Permit } from './permits-api.ts';
import '../holders/records/messages.ts';

/** The permit now, its lifecycle (L-1..L-8), holding years (L-3/L-4), L-7 sync advice, past permits and endorsements. */
export function PermitHistory({ history }: { history: History }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const l = history.lifecycle;
  return (
    <Card title={t('holderData.permitTitle')} data-testid="permit-history" style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('holder.permitNo')}>{history.current?.permitNo ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('holder.permitExpiry')}>
          <span data-testid="permit-expiry">{formatDate(history.current?.expiresOn) || none}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('holder.lifecycleState')}>
          <LifecycleTag state={l?.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('holder.nextDeadline')}>
          {l?.nextDeadline ? `${t(`deadline.${l.nextDeadline.kind}`)} ${l.nextDeadline.date}` : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('holderData.holdingSince')}>
          {formatDate(history.holdingSince) || none}
        </Descriptions.Item>
      </Descriptions>
      {history.sync && (
        <Alert
          type="info"
          showIcon
          style={{ margin: '12px 0' }}
          data-testid="sync-advice"
          title={
            <>
              <Tag>L-7</Tag>
              {history.sync.advice}
            </>
          }
        />
      )}
      <Typography.Title level={5}>{t('holderData.endorsements')}</Typography.Title>
      <Table<Endorsement>
        rowKey="id"
        size="small"
        data-testid="endorsements-table"
        dataSource={history.endorsements}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('holderData.noEndorsements') }}
        columns={[
          { title: t('holderData.endorsedOn'), dataIndex: 'endorsedOn' },
          { title: t('holderData.centre'), key: 'centre', render: (_, e) => e.centre.name },
          { title: t('holderData.previousExpiry'), dataIndex: 'previousExpiresOn' },
          { title: t('holderData.newExpiry'), dataIndex: 'newExpiresOn' },
          { title: t('holderData.daysOverdue'), dataIndex: 'daysOverdue', render: (n: number) => (n > 0 ? n : 0) },
          {
            title: t('holderData.outcome'),
            key: 'outcome',
            render: (_, e) => (
              <>
                {e.holdingYearsRestart && <Tag color="orange">{t('holderData.yearsRestart')}</Tag>}
                {e.pointsNeedNewApplication && <Tag color="red">{t('holderData.newApplication')}</Tag>}
                {!e.holdingYearsRestart && !e.pointsNeedNewApplication && (
                  <Tag color="green">{t('holderData.continuous')}</Tag>
                )}
              </>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('holderData.permits')}
      </Typography.Title>
      <Table<Permit>
        rowKey="id"
        size="small"
        data-testid="permits-table"
        dataSource={history.permits}
        pagination={false}
        columns={[
          { title: t('holder.permitNo'), dataIndex: 'permitNo' },
          { title: t('holderData.issuedOn'), dataIndex: 'issuedOn' },
          { title: t('holder.permitExpiry'), dataIndex: 'expiresOn' },
        ]}
      />
    </Card>
  );
}
