import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../components/load-failed.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { PermitHistory } from './permit-history.tsx';
import { usePermitHistory } from './permits-api.ts';
import { useMyHolder } from '../holders/me/holder-api.ts';
import '../holders/records/messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

/** The holder's permits, endorsements and the L-7 sync advice. */
export default function MyPermitsPage() {
  const { t } = useTranslation();
  const holder = useMyHolder();
  const history = usePermitHistory(holder.data?.id);
  if (holder.isError) return <LoadFailed error={holder.error} onRetry={() => void holder.refetch()} />;
  if (history.isError) return <LoadFailed error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <>
      <PageTitle>{t('holderData.myPermitsTitle')}</PageTitle>
      <div style={{ maxWidth: 960 }}>{history.data ? <PermitHistory history={history.data} /> : <PageLoading />}</div>
    </>
  );
}
