import { App, Button, Popconfirm, Table, Tooltip, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FailedSms, FailedSmsResponse } from '@jifen/contracts';
import { api } from '../../api/client.ts';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

const KEY = ['admin', 'sms', 'failed'] as const;

/** Issue #12: SMS that failed for good, with the provider's reason; an administrator resends one after fixing the cause. */
export default function FailedSmsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: KEY,
    queryFn: async () => (await api.get<FailedSmsResponse>('/api/v1/admin/sms/failed')).messages,
  });
  const resend = useMutation({
    mutationFn: (id: string) =>
      api.post<{ id: string; status: 'pending' }>(`/api/v1/admin/sms/${encodeURIComponent(id)}/resend`),
    onSuccess: () => {
      void message.success(t('smsAdmin.resent'));
      void client.invalidateQueries({ queryKey: KEY });
    },
    onError: (error: unknown) => void message.error(errorText(error, t)),
  });
  const kinds = [...new Set((list.data ?? []).map((m) => m.template))];
  return (
    <>
      <PageTitle>{t('smsAdmin.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('smsAdmin.intro')}</Typography.Paragraph>
      {list.isError ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<FailedSms>
          rowKey="id"
          data-testid="failed-sms-table"
          loading={list.isPending}
          dataSource={list.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('smsAdmin.empty') }}
          columns={[
            {
              title: t('smsAdmin.columns.failedAt'),
              dataIndex: 'failedAt',
              render: (v: string | null, r) => formatDate(v ?? r.createdAt),
              defaultSortOrder: 'descend',
              sorter: (a, b) => (a.failedAt ?? a.createdAt).localeCompare(b.failedAt ?? b.createdAt),
            },
            {
              title: t('smsAdmin.columns.template'),
              dataIndex: 'template',
              render: (v: string) => t(`smsAdmin.template.${v}`, { defaultValue: v }),
              filters: kinds.map((k) => ({ text: t(`smsAdmin.template.${k}`, { defaultValue: k }), value: k })),
              onFilter: (value, r) => r.template === value,
            },
            { title: t('smsAdmin.columns.to'), dataIndex: 'to', render: (v: string | null) => v ?? '—' },
            {
              title: t('smsAdmin.columns.text'),
              dataIndex: 'text',
              render: (v: string) => (
                <span style={{ whiteSpace: 'pre-wrap', display: 'inline-block', maxWidth: 360 }}>{v}</span>
              ),
            },
            { title: t('smsAdmin.columns.attempts'), dataIndex: 'attempts', sorter: (a, b) => a.attempts - b.attempts },
            {
              title: t('smsAdmin.columns.code'),
              dataIndex: 'failureCode',
              render: (v: string | null) => (
                <Tooltip title={v ? t('smsAdmin.rawCode', { code: v }) : undefined}>
                  <span data-testid="failed-sms-code">{t(`smsAdmin.failure.${failureKind(v)}`)}</span>
                </Tooltip>
              ),
              filters: [...new Set((list.data ?? []).map((m) => m.failureCode ?? '—'))].map((c) => ({
                text: t(`smsAdmin.failure.${failureKind(c === '—' ? null : c)}`),
                value: c,
              })),
              onFilter: (value, r) => (r.failureCode ?? '—') === value,
            },
            {
              title: t('smsAdmin.columns.reason'),
              dataIndex: 'reason',
              render: (v: string | null) => (v ? withoutProviderCode(v) : '—'),
            },
            {
              title: t('smsAdmin.columns.action'),
              key: 'action',
              render: (_: unknown, r) =>
                r.resendable ? (
                  <Popconfirm title={t('smsAdmin.resendConfirm')} onConfirm={() => resend.mutate(r.id)}>
                    <Button
                      size="small"
                      loading={resend.isPending && resend.variables === r.id}
                      data-testid={`resend-${r.id}`}
                    >
                      {t('smsAdmin.resend')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Tooltip title={t('smsAdmin.notResendable')}>
                    <Button size="small" disabled>
                      {t('smsAdmin.resend')}
                    </Button>
                  </Tooltip>
                ),
            },
          ]}
        />
      )}
    </>
  );
}

/** The provider's error code in a word the page can say (the raw code stays in a tooltip). */
function failureKind(code: string | null): string {
  if (!code) return 'none';
  if (/MOBILE_NUMBER_ILLEGAL/.test(code)) return 'MOBILE_NUMBER_ILLEGAL';
  if (/SIGN/.test(code)) return 'SIGN';
  if (/TEMPLATE/.test(code)) return 'TEMPLATE';
  if (/LIMIT|Throttling/.test(code)) return 'LIMIT';
  if (/NO_MOBILE/.test(code)) return 'NO_MOBILE';
  return 'other';
}

/** A provider reason reads "isv.CODE: 说明"; the code is shown as a word in its own column. */
function withoutProviderCode(reason: string): string {
  return reason.replace(/^[A-Za-z][\w.]*:\s*/, '');
}
