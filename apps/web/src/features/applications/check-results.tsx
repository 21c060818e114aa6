import { Alert, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../api/api-error.ts';
import type { CheckResult } from './application-types.ts';
import { localized } from './localized.ts';
import { withoutRuleId } from '../../components/rule-text.ts';
import './check-messages.ts';

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
      const [what, fix] = marker
        ? [d.message.slice(0, d.message.indexOf(marker)), d.message.slice(d.message.indexOf(marker) + marker.length)]
        : [d.message, ''];
      return {
        ruleId: d.path.slice('checks.'.length),
        passed: false,
        message: what.replace(/[。.]\s*$/, ''),
        fix: fix || null,
      };
    });
}

type Verdict = 'notApplicable' | 'passed' | 'pending' | 'advisory' | 'failed';
const VERDICT_COLOURS: Record<Verdict, string> = {
  notApplicable: 'default',
  passed: 'green',
  pending: 'blue',
  advisory: 'gold',
  failed: 'red',
};
const VERDICT_TEXT: Record<Verdict, string> = {
  notApplicable: 'checkVerdict.notApplicable',
  passed: 'application.checkPassed',
  pending: 'application.checkPending',
  advisory: 'application.checkAdvisory',
  failed: 'application.checkFailed',
};

/** A check with nothing to check reads "not applicable", never "passed" (issue 10, item 8). */
function verdictOf(check: CheckResult): Verdict {
  if (check.notApplicable) return 'notApplicable';
  return check.passed ? 'passed' : check.pending ? 'pending' : check.advisory ? 'advisory' : 'failed';
}

/** Each automatic check with its rule ID once and its verdict; a failure says what to fix. */
export function CheckResults({ checks, title }: { checks: CheckResult[]; title?: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (checks.length === 0) return null;
  const failed = checks.filter((c) => !c.passed && !c.advisory && !c.pending);
  return (
    <div data-testid="check-results">
      {title && <Typography.Title level={5}>{title}</Typography.Title>}
      {failed.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('application.checksFailed', { count: failed.length })}
          data-testid="checks-failed"
        />
      )}
      {/* A plain bordered list, not antd's List: that brings Pagination and Select (~30 KB gzipped) into the
          application page's first load for a list that never pages (issue 20: the page < 350 KB). */}
      <ul
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 0,
          border: `1px solid ${token.colorBorder}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        {checks.map((check, i) => (
          <li
            key={`${check.ruleId}-${i}`}
            data-testid={`check-${check.ruleId}`}
            data-passed={String(check.passed)}
            data-verdict={verdictOf(check)}
            style={{ padding: '8px 16px', borderTop: i > 0 ? `1px solid ${token.colorSplit}` : undefined }}
          >
            <div style={{ marginBottom: 4 }}>
              <Tag color={VERDICT_COLOURS[verdictOf(check)]}>{check.ruleId}</Tag>
              {t(VERDICT_TEXT[verdictOf(check)])}
            </div>
            <div style={{ color: token.colorTextDescription }}>
              {check.message && <div>{withoutRuleId(localized(check.message), check.ruleId, true)}</div>}
              {check.fix && !check.passed && (
                <div data-testid="check-fix">
                  <Typography.Text strong>{t('application.fix')}</Typography.Text>
                  {localized(check.fix)}
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
