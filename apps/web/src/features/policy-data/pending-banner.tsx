import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { usePolicyPending } from './policy-admin-api.ts';
import './messages.ts';
import { ButtonLink } from '../../components/button-link.tsx';

/**
 * P-2: the missing calendar and wage years that hold up applications, one
 * line each, with a link to enter the data. Shown on the policy page and on
 * the administrator's landing page.
 */
export function PolicyPendingBanner({
  withLink = false,
  showErrors = false,
}: {
  withLink?: boolean;
  showErrors?: boolean;
}) {
  const { t } = useTranslation();
  const pending = usePolicyPending();
  if (pending.isError) {
    return showErrors ? (
      <Alert
        type="error"
        showIcon
        title={t('policyAdmin.pending.loadFailed', { error: errorText(pending.error, t) })}
      />
    ) : null;
  }
  const items = (pending.data ?? []).filter((item) => item.applications > 0);
  if (items.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="policy-pending">
      {items.map((item) => (
        <Alert
          key={`${item.kind}-${item.year}`}
          type="warning"
          showIcon
          data-testid={`pending-${item.kind}-${item.year}`}
          title={t(`policyAdmin.pending.${item.kind}`, { count: item.applications, year: item.year })}
          description={item.since ? t('policyAdmin.pending.since', { date: item.since }) : undefined}
          action={
            withLink ? (
              <ButtonLink to={`/admin/policy?tab=${item.kind === 'calendar' ? 'calendars' : 'wages'}`} size="small">
                {t('policyAdmin.pending.open')}
              </ButtonLink>
            ) : undefined
          }
        />
      ))}
    </Flex>
  );
}
