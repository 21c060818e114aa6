import { useState } from 'react';
import { Alert, Button, Flex, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PolicyDocumentSummary } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { shanghaiToday } from '../assessment/today.ts';
import { documentColumns, latestPublished } from './document-columns.tsx';
import { ActionError, DraftActions } from './draft-actions.tsx';
import { useFetchPolicyDocument, usePolicyDocuments } from './policy-admin-api.ts';
import { WageForm, type WageFormMode } from './wage-form.tsx';

/** S-9: the average-wage table, one document per year and revision. */
export function WageTab() {
  const { t } = useTranslation();
  const documents = usePolicyDocuments('wage');
  const fetchDocument = useFetchPolicyDocument();
  const [mode, setMode] = useState<WageFormMode | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const list = documents.data ?? [];
  const publishedYears = new Set(list.filter((d) => d.status === 'published').map((d) => Number(d.key)));
  // The year after the last published one; last year (announced this summer) while nothing is published.
  const nextYear = publishedYears.size > 0 ? Math.max(...publishedYears) + 1 : Number(shanghaiToday().slice(0, 4)) - 1;

  const open = async (summary: PolicyDocumentSummary, as: 'edit' | 'correct') => {
    setOpenError(null);
    try {
      const document = await fetchDocument(summary.id);
      setMode(as === 'edit' ? { kind: 'edit', document } : { kind: 'correct', base: document });
    } catch (error) {
      setOpenError(error);
    }
  };

  const columns = [
    ...documentColumns(t, t('policyAdmin.columns.year')),
    {
      title: t('policyAdmin.columns.actions'),
      key: 'actions',
      fixed: 'right' as const,
      render: (_: unknown, d: PolicyDocumentSummary) => (
        <Space wrap size={4}>
          {d.status === 'draft' && (
            <Button size="small" onClick={() => void open(d, 'edit')} data-testid={`edit-${d.key}`}>
              {t('policyAdmin.actions.edit')}
            </Button>
          )}
          {latestPublished(list, d.key)?.id === d.id && (
            <Button size="small" onClick={() => void open(d, 'correct')} data-testid={`correct-${d.key}`}>
              {t('policyAdmin.actions.correct')}
            </Button>
          )}
          <DraftActions document={d} onError={setActionError} />
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="flex-end">
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setMode({ kind: 'new', year: nextYear })}
          data-testid="new-wage"
        >
          {t('policyAdmin.wage.newDraft')}
        </Button>
      </Flex>
      {openError !== null && <Alert type="error" showIcon title={errorText(openError, t)} />}
      <ActionError error={actionError} onClose={() => setActionError(null)} />
      {mode && (
        <WageForm
          publishedYears={publishedYears}
          key={mode.kind === 'new' ? 'new' : mode.kind === 'edit' ? mode.document.id : mode.base.id}
          mode={mode}
          onDone={() => setMode(null)}
          onCancel={() => setMode(null)}
        />
      )}
      {documents.isError ? (
        <LoadFailed error={documents.error} onRetry={() => void documents.refetch()} />
      ) : (
        <Table<PolicyDocumentSummary>
          rowKey="id"
          data-testid="wage-documents"
          columns={columns}
          dataSource={list}
          loading={documents.isPending}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 25, hideOnSinglePage: true }}
        />
      )}
    </Flex>
  );
}
