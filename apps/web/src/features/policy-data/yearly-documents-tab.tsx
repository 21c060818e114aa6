import { Fragment, useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PolicyDocument, PolicyDocumentSummary } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { shanghaiToday } from '../assessment/today.ts';
import { documentColumns, latestPublished } from './document-columns.tsx';
import { ActionError, DraftActions } from './draft-actions.tsx';
import { useFetchPolicyDocument, usePolicyDocuments } from './policy-admin-api.ts';

/** What a year's form is opened for: a new year, a draft to edit, or a correction of the published revision. */
export type YearFormMode =
  | { kind: 'new'; year: number }
  | { kind: 'edit'; document: PolicyDocument }
  | { kind: 'correct'; base: PolicyDocument };

type Panel = { kind: 'form'; mode: YearFormMode } | { kind: 'view'; document: PolicyDocument } | null;

export interface YearlyDocumentsTabProps {
  kind: 'calendar' | 'wage';
  /** The new-draft button's words and the test ids of the button and the table. */
  newLabel: string;
  newTestId: string;
  tableTestId: string;
  /** The year a new draft proposes while nothing is published, given this year. */
  firstYear: (thisYear: number) => number;
  /** The form for a mode; `close` is called when it is done or cancelled. */
  form: (mode: YearFormMode, publishedYears: Set<number>, close: () => void) => ReactNode;
  /** A read-only view of a revision, when the kind has one. */
  view?: (document: PolicyDocument, close: () => void) => ReactNode;
}

const formKey = (mode: YearFormMode) =>
  mode.kind === 'new' ? 'new' : mode.kind === 'edit' ? mode.document.id : mode.base.id;

/**
 * A policy document kept one per year and revision (D-1 calendars, S-9 wage
 * tables): the table of revisions with their actions, and the form that
 * drafts a new year, edits a draft or corrects the published revision.
 */
export function YearlyDocumentsTab({
  kind,
  newLabel,
  newTestId,
  tableTestId,
  firstYear,
  form,
  view,
}: YearlyDocumentsTabProps) {
  const { t } = useTranslation();
  const documents = usePolicyDocuments(kind);
  const fetchDocument = useFetchPolicyDocument();
  const [panel, setPanel] = useState<Panel>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const list = documents.data ?? [];
  const publishedYears = new Set(list.filter((d) => d.status === 'published').map((d) => Number(d.key)));
  // The year after the last published one.
  const nextYear =
    publishedYears.size > 0 ? Math.max(...publishedYears) + 1 : firstYear(Number(shanghaiToday().slice(0, 4)));
  const close = () => setPanel(null);

  const open = async (summary: PolicyDocumentSummary, as: 'view' | 'edit' | 'correct') => {
    setOpenError(null);
    try {
      const document = await fetchDocument(summary.id);
      if (as === 'view') setPanel({ kind: 'view', document });
      else
        setPanel({
          kind: 'form',
          mode: as === 'edit' ? { kind: 'edit', document } : { kind: 'correct', base: document },
        });
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
          {view && (
            <Button size="small" onClick={() => void open(d, 'view')} data-testid={`view-${d.key}-${d.revision}`}>
              {t('policyAdmin.actions.view')}
            </Button>
          )}
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
          onClick={() => setPanel({ kind: 'form', mode: { kind: 'new', year: nextYear } })}
          data-testid={newTestId}
        >
          {newLabel}
        </Button>
      </Flex>
      {openError !== null && <Alert type="error" showIcon title={errorText(openError, t)} />}
      <ActionError error={actionError} onClose={() => setActionError(null)} />
      {panel?.kind === 'form' && (
        <Fragment key={formKey(panel.mode)}>{form(panel.mode, publishedYears, close)}</Fragment>
      )}
      {panel?.kind === 'view' && view?.(panel.document, close)}
      <DocumentsTable documents={documents} columns={columns} testId={tableTestId} />
    </Flex>
  );
}

/** One kind's documents as a table, or what stopped them loading and a retry. */
export function DocumentsTable({
  documents,
  columns,
  testId,
}: {
  documents: ReturnType<typeof usePolicyDocuments>;
  columns: Parameters<typeof Table<PolicyDocumentSummary>>[0]['columns'];
  testId: string;
}) {
  if (documents.isError) return <LoadFailed error={documents.error} onRetry={() => void documents.refetch()} />;
  return (
    <Table<PolicyDocumentSummary>
      rowKey="id"
      data-testid={testId}
      columns={columns}
      dataSource={documents.data ?? []}
      loading={documents.isPending}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 25, hideOnSinglePage: true }}
    />
  );
}
