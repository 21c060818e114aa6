import { Alert, Button, Flex, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { AUDIT_ACTION_LABELS, isAuditAction } from '@jifen/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditEntry } from '../../api/contract-types.ts';
import { errorText } from '../../api/error-text.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { formatDate } from '../../components/format-date.ts';
import { AUDIT_FILTER_KEYS, useAuditLog, useVerifyAuditChain, type AuditFilters } from './audit-api.ts';
import { AuditFiltersForm } from './audit-filters.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import './messages.ts';

function filtersOf(params: URLSearchParams): AuditFilters {
  const out: AuditFilters = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** A link that shows this page filtered (the filters live in the URL, so links and the back button work). */
const filterLink = (filters: AuditFilters) =>
  `/admin/audit?${new URLSearchParams(filters as Record<string, string>).toString()}`;

/** The audit log (PI-1: every full-value read is here), filtered and paged on the server, and a check of its hash chain. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const audit = useAuditLog(filters);
  const verify = useVerifyAuditChain();
  const entries = audit.data?.pages.flatMap((p) => p.entries) ?? [];
  const subject = (e: AuditEntry) => {
    const type = t(`audit.subjectTypes.${e.subjectType}`, { defaultValue: e.subjectType });
    if (!e.subjectId) return type;
    const trail = (
      <Tooltip title={t('audit.subjectTrail')}>
        <Link to={filterLink({ subjectType: e.subjectType, subjectId: e.subjectId })} data-testid="subject-link">
          {/* Issue 22: named by the server (a name with the masked ID, a number); a short code (a policy year) as it is; never hex. */}
          {type} {e.subjectName ?? (e.subjectId.length > 12 ? '' : e.subjectId)}
        </Link>
      </Tooltip>
    );
    // Accounts have a page the administrator can open; other subjects open their trail in this log.
    return e.subjectType === 'user' ? (
      <Flex gap={8}>
        {trail}
        <Link to="/admin/users" data-testid="subject-page-link">
          {t('audit.openUsers')}
        </Link>
      </Flex>
    ) : (
      trail
    );
  };
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', render: (value: string) => formatDate(value), width: 170 },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, e) => (
        <Link to={filterLink({ actorId: e.actorId ?? 'system' })} data-testid="actor-link">
          {e.actorId === null
            ? t('audit.system')
            : `${e.actorName ?? e.actorId} · ${t(`roles.${e.actorRole ?? ''}`, { defaultValue: e.actorRole ?? '' })}`}
        </Link>
      ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (code: string) => (
        <Tooltip title={code}>
          <span data-testid="action-label">{isAuditAction(code) ? AUDIT_ACTION_LABELS[code][lang] : code}</span>
        </Tooltip>
      ),
    },
    { title: t('audit.subject'), key: 'subject', render: (_, e) => subject(e) },
    { title: t('audit.reason'), dataIndex: 'reason' },
    {
      title: t('audit.requestId'),
      dataIndex: 'requestId',
      // The request id matters to whoever reads the server's log, not on the page: copied, not shown (issue 22).
      render: (value: string | null) =>
        value ? <Typography.Text type="secondary" copyable={{ text: value }} data-testid="request-id" /> : null,
    },
  ];
  const result = verify.data;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle style={{ margin: 0 }}>{t('audit.title')}</PageTitle>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
          data-testid="verify-chain"
        >
          {t('audit.verifyChain')}
        </Button>
      </Flex>
      {verify.isError && <Alert type="error" showIcon title={errorText(verify.error, t)} />}
      {result && (
        <Alert
          data-testid="chain-result"
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={
            result.ok
              ? t('audit.chainOk', { count: result.checked })
              : t('audit.chainBroken', { at: result.firstBadEntryId ?? '?', problem: result.problem ?? '' })
          }
        />
      )}
      <AuditFiltersForm
        value={filters}
        onChange={(next) => setParams(new URLSearchParams(next as Record<string, string>))}
      />
      {audit.isError ? (
        <LoadFailed error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <>
          <Table<AuditEntry>
            rowKey="id"
            data-testid="audit-table"
            columns={columns}
            dataSource={entries}
            loading={audit.isPending}
            scroll={{ x: 'max-content' }}
            pagination={false}
          />
          <Flex justify="center" align="center" gap={12}>
            <Typography.Text type="secondary" data-testid="audit-shown">
              {t('audit.shown', { count: entries.length })}
            </Typography.Text>
            {audit.hasNextPage && (
              <Button
                onClick={() => void audit.fetchNextPage()}
                loading={audit.isFetchingNextPage}
                data-testid="audit-more"
              >
                {t('audit.more')}
              </Button>
            )}
          </Flex>
        </>
      )}
    </Flex>
  );
}
