import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyHolder } from './holder-api.ts';
import { PageLoading } from '../../../components/page-loading.tsx';
import { LoadFailed } from '../../../components/load-failed.tsx';
import { LifecycleTag } from '../../../components/lifecycle-tag.tsx';
import { maskIdNumber } from '../../../components/mask.ts';
import { formatDate } from '../../../components/format-date.ts';
import { PointsValidityCard } from './points-validity-card.tsx';
import { NoticeReadyCard } from '../../applications/notice-ready-card.tsx';
import { MyPointsCard } from './my-points-card.tsx';
import { StartRenewalCard } from '../../applications/start-renewal-card.tsx';
import { MyFindingsCard } from '../../review/my-findings-card.tsx';
import { HolderTransfersCard } from '../../transfers/holder-transfers-card.tsx';
import { PageTitle } from '../../../components/page-title.tsx';

/** The holder's own profile: masked ID, permit expiry and lifecycle state (L-1..L-8). */
export default function HolderHomePage() {
  const { t } = useTranslation();
  const holder = useMyHolder();
  if (holder.isPending) return <PageLoading />;
  if (holder.isError) return <LoadFailed error={holder.error} onRetry={() => void holder.refetch()} />;
  const h = holder.data;
  const none = t('common.none');
  const deadline = h.lifecycle?.nextDeadline;
  const daysLeft = h.lifecycle?.daysLeft;
  return (
    <>
      <PageTitle>{t('holder.title')}</PageTitle>
      <HolderTransfersCard />
      <NoticeReadyCard />
      <MyFindingsCard />
      <PointsValidityCard holder={h} />
      <MyPointsCard holder={h} />
      <StartRenewalCard holder={h} />
      <Card data-testid="holder-profile" style={{ maxWidth: 760 }}>
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="middle">
          <Descriptions.Item label={t('holder.name')}>{h.name}</Descriptions.Item>
          <Descriptions.Item label={t('holder.idNumber')}>
            <span data-testid="holder-id-masked">{maskIdNumber(h.residentId)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('holder.employer')}>{h.employer?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('holder.permitNo')}>{h.permit?.permitNo ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('holder.permitExpiry')}>
            <span data-testid="holder-permit-expiry">{formatDate(h.permit?.expiresOn) || none}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('holder.lifecycleState')}>
            <LifecycleTag state={h.lifecycle?.state} />
          </Descriptions.Item>
          <Descriptions.Item label={t('holder.nextDeadline')}>
            <span data-testid="holder-next-deadline">
              {deadline
                ? `${t(`deadline.${deadline.kind}`)} ${deadline.date}${daysLeft == null ? '' : ` (${t('holder.daysLeft', { count: daysLeft })})`}`
                : none}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('holder.asOf')}>{formatDate(h.lifecycle?.asOf) || none}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, maxWidth: 760 }}>
        {t('holder.lifecycleHint')}
      </Typography.Paragraph>
    </>
  );
}
