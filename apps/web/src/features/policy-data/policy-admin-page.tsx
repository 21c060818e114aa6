import type { ReactNode } from 'react';
import { Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CalendarTab } from './calendar-tab.tsx';
import { CompareTab } from './compare-tab.tsx';
import { PolicyPendingBanner } from './pending-banner.tsx';
import { ReplayTab } from './replay-tab.tsx';
import { VersionTab } from './version-tab.tsx';
import { WageTab } from './wage-tab.tsx';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

const TABS = ['calendars', 'wages', 'versions', 'compare', 'replay'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | null): value is TabKey => TABS.includes(value as TabKey);

/** Issue 9: policy data as an administrator's work — calendars, wages, versions, compare and replay (P-1..P-3, D-1, S-9). */
export default function PolicyAdminPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('tab');
  const active: TabKey = isTab(requested) ? requested : 'calendars';
  const content: Record<TabKey, ReactNode> = {
    calendars: <CalendarTab />,
    wages: <WageTab />,
    versions: <VersionTab />,
    compare: <CompareTab />,
    replay: <ReplayTab />,
  };
  return (
    <Flex vertical gap={16} data-testid="policy-admin-page">
      <PageTitle style={{ margin: 0 }}>{t('policyAdmin.title')}</PageTitle>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('policyAdmin.intro')}
      </Typography.Paragraph>
      <PolicyPendingBanner showErrors />
      <Tabs
        activeKey={active}
        onChange={(key) => setSearch({ tab: key }, { replace: true })}
        destroyOnHidden
        items={TABS.map((key) => ({
          key,
          label: <span data-testid={`tab-${key}`}>{t(`policyAdmin.tabs.${key}`)}</span>,
          children: content[key],
        }))}
      />
    </Flex>
  );
}
