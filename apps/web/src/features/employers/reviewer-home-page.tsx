import { useState } from 'react';
import { App as AntdApp, Button, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Employer } from '../../api/contract-types.ts';
import { errorText } from '../../api/error-text.ts';
import { useSession } from '../auth/session-api.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { formatDate } from '../../components/format-date.ts';
import { useDecideEmployer, usePendingEmployers, type EmployerDecision } from './employers-api.ts';
import { RejectEmployerModal } from './reject-employer-modal.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import './messages.ts';

/** The talent centre's home: employers of the district waiting for verification. */
export default function ReviewerHomePage() {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const { data: user } = useSession();
  const employers = usePendingEmployers();
  const decide = useDecideEmployer();
  const [rejecting, setRejecting] = useState<Employer | null>(null);

  const submit = (decision: EmployerDecision, doneKey: string) =>
    decide.mutate(decision, {
      onSuccess: () => {
        setRejecting(null);
        void message.success(t(doneKey));
      },
      onError: (error) => void message.error(errorText(error, t)),
    });

  const columns: TableColumnsType<Employer> = [
    { title: t('employer.name'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
    { title: t('employer.uscc'), dataIndex: 'uscc' },
    {
      title: t('employer.contact'),
      key: 'contact',
      render: (_, e) => [e.contactName, e.contactMobile].filter(Boolean).join(' '),
    },
    { title: t('employer.registeredAt'), dataIndex: 'createdAt', render: (value: string) => formatDate(value) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, employer) => (
        <Space>
          <Popconfirm
            title={t('reviewer.verifyConfirm', { name: employer.name })}
            okText={t('reviewer.verify')}
            cancelText={t('common.cancel')}
            onConfirm={() => submit({ id: employer.id, decision: 'verify' }, 'reviewer.verified')}
          >
            <Button type="primary" size="small" data-testid={`verify-${employer.id}`}>
              {t('reviewer.verify')}
            </Button>
          </Popconfirm>
          <Button danger size="small" onClick={() => setRejecting(employer)} data-testid={`reject-${employer.id}`}>
            {t('reviewer.reject')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('reviewer.title', { district: user?.district?.name ?? '' })}</PageTitle>
      <Typography.Paragraph type="secondary">{t('reviewer.hint')}</Typography.Paragraph>
      {employers.isError ? (
        <LoadFailed error={employers.error} onRetry={() => void employers.refetch()} />
      ) : (
        <Table<Employer>
          rowKey="id"
          data-testid="pending-employers"
          columns={columns}
          dataSource={employers.data ?? []}
          loading={employers.isPending}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('reviewer.noPending') }}
        />
      )}
      <RejectEmployerModal
        employer={rejecting}
        submitting={decide.isPending}
        onCancel={() => setRejecting(null)}
        onSubmit={(reason) =>
          rejecting && submit({ id: rejecting.id, decision: 'reject', reason }, 'reviewer.rejected')
        }
      />
    </>
  );
}
