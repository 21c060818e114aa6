import { Alert, Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/contract-types.ts';
import { errorText } from '../../api/error-text.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { formatDate } from '../../components/format-date.ts';
import { useAuditLog, useVerifyAuditChain } from './audit-api.ts';

/** The audit log (PI-1: every full-value read is here) and a check of its hash chain. */
export default function AuditPage() {
  const { t } = useTranslation();
  const audit = useAuditLog();
  const verify = useVerifyAuditChain();
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', render: (value: string) => formatDate(value), width: 170 },
    { title: t('audit.actor'), key: 'actor', render: (_, e) => (e.actorRole ? t(`roles.${e.actorRole}`, { defaultValue: e.actorRole }) : t('audit.system')) },
    { title: t('audit.action'), dataIndex: 'action' },
    { title: t('audit.subject'), key: 'subject', render: (_, e) => [e.subjectType, e.subjectId].filter(Boolean).join(' · ') },
    { title: t('audit.reason'), dataIndex: 'reason' },
    { title: t('audit.requestId'), dataIndex: 'requestId', render: (value: string | null) => <Typography.Text type="secondary" copyable={!!value}>{value}</Typography.Text> },
  ];
  const result = verify.data;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('audit.title')}</Typography.Title>
        <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="verify-chain">
          {t('audit.verifyChain')}
        </Button>
      </Flex>
      {verify.isError && <Alert type="error" showIcon title={errorText(verify.error, t)} />}
      {result && (
        <Alert
          data-testid="chain-result"
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={result.ok ? t('audit.chainOk', { count: result.checked }) : t('audit.chainBroken', { at: result.firstBadEntryId ?? '?', problem: result.problem ?? '' })}
        />
      )}
      {audit.isError ? (
        <LoadFailed error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          data-testid="audit-table"
          columns={columns}
          dataSource={audit.data ?? []}
          loading={audit.isPending}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
        />
      )}
    </Flex>
  );
}
