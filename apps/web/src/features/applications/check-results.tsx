import { Alert, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../api/api-error.ts';
import type { CheckResult } from './application-types.ts';
import { localized } from './localized.ts';

const FIX_MARKERS = ['处理办法：', 'What to do: '];

/**
 * The failed checks of a 422 `APPLICATION.CHECKS_FAILED`: each detail is
 * `{ path: 'checks.<rule ID>', message: '<what failed>. <marker><fix>' }`.
 */
export function checksFromDetails(details: FieldIssue[]): CheckResult[] {
  return details
    .filter((d) => d.path.startsWith('checks.'))
    .map((d) => {
      const marker = FIX_MARKERS.find((m) => d.message.includes(m));
      const [what, fix] = marker ? [d.message.slice(0, d.message.indexOf(marker)), d.message.slice(d.message.indexOf(marker) + marker.length)] : [d.message, ''];
      return { ruleId: d.path.slice('checks.'.length), passed: false, message: what.replace(/[。.]\s*$/, ''), fix: fix || null };
    });
}

/** Each automatic check with its rule ID; a failure says what to fix. */
export function CheckResults({ checks, title }: { checks: CheckResult[]; title?: string }) {
  const { t } = useTranslation();
  if (checks.length === 0) return null;
  const failed = checks.filter((c) => !c.passed && !c.advisory && !c.pending);
  return (
    <div data-testid="check-results">
      {title && <Typography.Title level={5}>{title}</Typography.Title>}
      {failed.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 8 }} title={t('application.checksFailed', { count: failed.length })} data-testid="checks-failed" />
      )}
      <List<CheckResult>
        size="small"
        bordered
        dataSource={checks}
        renderItem={(check) => (
          <List.Item data-testid={`check-${check.ruleId}`} data-passed={String(check.passed)}>
            <List.Item.Meta
              title={
                <span>
                  <Tag color={check.passed ? 'green' : check.pending ? 'blue' : check.advisory ? 'gold' : 'red'}>{check.ruleId}</Tag>
                  {check.passed ? t('application.checkPassed') : check.pending ? t('application.checkPending') : check.advisory ? t('application.checkAdvisory') : t('application.checkFailed')}
                </span>
              }
              description={
                <>
                  {check.message && <div>{localized(check.message)}</div>}
                  {check.fix && !check.passed && (
                    <div data-testid="check-fix">
                      <Typography.Text strong>{t('application.fix')}</Typography.Text>
                      {localized(check.fix)}
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
