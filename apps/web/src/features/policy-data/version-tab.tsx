import { useState } from 'react';
import { Alert, Button, Flex, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyDocumentSummary } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { documentColumns, latestPublished } from './document-columns.tsx';
import { ActionError, DraftActions } from './draft-actions.tsx';
import { DocumentsTable } from './yearly-documents-tab.tsx';
import { useFetchPolicyDocument, usePolicyDocuments } from './policy-admin-api.ts';
import { VersionDraftForm, type VersionFormMode } from './version-draft-form.tsx';

/** P-1: the policy versions; a new one is drafted from a published one and published by a second administrator. */
export function VersionTab() {
  const { t } = useTranslation();
  const documents = usePolicyDocuments('version');
  const fetchDocument = useFetchPolicyDocument();
  const [mode, setMode] = useState<VersionFormMode | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const list = documents.data ?? [];

  const draftFrom = async (summary: PolicyDocumentSummary) => {
    setOpenError(null);
    try {
      setMode({ kind: 'new', base: await fetchDocument(summary.id) });
    } catch (error) {
      setOpenError(error);
    }
  };
  const edit = async (summary: PolicyDocumentSummary) => {
    setOpenError(null);
    try {
      const base = summary.basedOn ? latestPublished(list, summary.basedOn) : undefined;
      const [draft, baseDocument] = await Promise.all([
        fetchDocument(summary.id),
        fetchDocument(base?.id ?? summary.id),
      ]);
      setMode({ kind: 'edit', draft, base: baseDocument });
    } catch (error) {
      setOpenError(error);
    }
  };

  const columns = [
    ...documentColumns(t, t('policyAdmin.columns.version')),
    { title: t('policyAdmin.columns.basedOn'), dataIndex: 'basedOn', render: (v: string | null) => v ?? '' },
    {
      title: t('policyAdmin.columns.actions'),
      key: 'actions',
      fixed: 'right' as const,
      render: (_: unknown, d: PolicyDocumentSummary) => (
        <Space wrap size={4}>
          {d.status === 'published' && (
            <Button size="small" onClick={() => void draftFrom(d)} data-testid={`draft-from-${d.key}`}>
              {t('policyAdmin.version.draftFrom')}
            </Button>
          )}
          {d.status === 'draft' && (
            <Button size="small" onClick={() => void edit(d)} data-testid={`edit-${d.key}`}>
              {t('policyAdmin.actions.edit')}
            </Button>
          )}
          <DraftActions document={d} onError={setActionError} />
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      {openError !== null && <Alert type="error" showIcon title={errorText(openError, t)} />}
      <ActionError error={actionError} onClose={() => setActionError(null)} />
      {mode && (
        <VersionDraftForm
          key={mode.kind === 'new' ? `new-${mode.base.id}` : mode.draft.id}
          mode={mode}
          onDone={() => setMode(null)}
          onCancel={() => setMode(null)}
        />
      )}
      <DocumentsTable documents={documents} columns={columns} testId="version-documents" />
    </Flex>
  );
}
