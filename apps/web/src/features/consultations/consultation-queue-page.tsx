import { useState } from 'react';
import { Empty, Flex, Segmented, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsultationStatus } from '@jifen/contracts';
import { ForbiddenPage } from '../../components/forbidden-page.tsx';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useSession } from '../auth/session-api.ts';
import { useConsultationQueue } from './consultation-api.ts';
import { ConsultationCard } from './consultation-card.tsx';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

type Filter = ConsultationStatus | 'all';

/** The consultant's call-back queue (PI-3): new, called back, closed, with notes. */
export default function ConsultationQueuePage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [filter, setFilter] = useState<Filter>('new');
  const queue = useConsultationQueue(filter === 'all' ? undefined : filter);
  if (user && user.role !== 'consultant') return <ForbiddenPage />;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 860 }}>
      <PageTitle style={{ margin: 0 }}>{t('consult.queueTitle')}</PageTitle>
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        data-testid="queue-filter"
        options={(['new', 'called_back', 'closed', 'all'] as const).map((f) => ({
          value: f,
          label: f === 'all' ? t('consult.all') : t(`consult.status.${f}`),
        }))}
      />
      {queue.isError && <LoadFailed error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isPending && <Spin />}
      {queue.data?.length === 0 && <Empty description={t('consult.empty')} />}
      <Flex vertical gap={12} data-testid="queue">
        {queue.data?.map((item) => (
          <ConsultationCard key={item.id} item={item} />
        ))}
      </Flex>
    </Flex>
  );
}
