import { Alert, Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format-date.ts';
import { LoadFailed } from '../../../components/load-failed.tsx';
import { PageLoading } from '../../../components/page-loading.tsx';
import { ClaimsForm } from './claims-form.tsx';
import { useClaims } from './holder-data-api.ts';

/** The claims with their version and whether the holder confirmed it (R-3 step 3 needs a confirmed version). */
export function ClaimsCard({ holderId, extra }: { holderId?: string; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const claims = useClaims(holderId);
  return (
    <Card title={t('holderData.claimsTitle')} style={{ marginBottom: 16 }} data-testid="claims-card" extra={extra}>
      {claims.isPending ? (
        <PageLoading />
      ) : claims.isError ? (
        <LoadFailed error={claims.error} onRetry={() => void claims.refetch()} />
      ) : (
        <>
          <Alert
            type={claims.data.confirmed ? 'success' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="claims-status"
            data-confirmed={String(claims.data.confirmed)}
            title={
              claims.data.version === 0
                ? t('holderData.claimsEmpty')
                : claims.data.confirmed
                  ? t('holderData.claimsConfirmed', { version: claims.data.version })
                  : t('holderData.claimsUnconfirmed')
            }
            description={
              claims.data.updatedAt ? (
                <Tag>
                  {t('holderData.claimsVersion', {
                    version: claims.data.version,
                    at: formatDate(claims.data.updatedAt),
                  })}
                </Tag>
              ) : null
            }
          />
          <ClaimsForm view={claims.data} holderId={holderId} />
        </>
      )}
    </Card>
  );
}
