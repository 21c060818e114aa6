import { useState } from 'react';
import { Alert, Button, Card, Flex, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CalendarYearDoc } from '@jifen/domain';
import type { PolicyDocument, PolicyDocumentSummary } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { shanghaiToday } from '../assessment/today.ts';
import { calendarFormValues } from './calendar-form-values.ts';
import { CalendarForm, type CalendarFormMode } from './calendar-form.tsx';
import { CalendarYearGrid } from './calendar-year-grid.tsx';
import { documentColumns, latestPublished } from './document-columns.tsx';
import { ActionError, DraftActions } from './draft-actions.tsx';
import { useFetchPolicyDocument, usePolicyDocuments } from './policy-admin-api.ts';

type Panel = { kind: 'form'; mode: CalendarFormMode } | { kind: 'view'; document: PolicyDocument } | null;

/** D-1: the working-day calendars, one document per year and revision. */
export function CalendarTab() {
  const { t } = useTranslation();
  const documents = usePolicyDocuments('calendar');
  const fetchDocument = useFetchPolicyDocument();
  const [panel, setPanel] = useState<Panel>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const list = documents.data ?? [];
  const publishedYears = new Set(list.filter((d) => d.status === 'published').map((d) => Number(d.key)));
  // The year after the last published one; next year while nothing is published.
  const nextYear = publishedYears.size > 0 ? Math.max(...publishedYears) + 1 : Number(shanghaiToday().slice(0, 4)) + 1;

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
          <Button size="small" onClick={() => void open(d, 'view')} data-testid={`view-${d.key}-${d.revision}`}>
            {t('policyAdmin.actions.view')}
          </Button>
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
          data-testid="new-calendar"
        >
          {t('policyAdmin.calendar.newYear')}
        </Button>
      </Flex>
      {openError !== null && <Alert type="error" showIcon title={errorText(openError, t)} />}
      <ActionError error={actionError} onClose={() => setActionError(null)} />
      {panel?.kind === 'form' && (
        <CalendarForm
          publishedYears={publishedYears}
          key={
            panel.mode.kind === 'new' ? 'new' : panel.mode.kind === 'edit' ? panel.mode.document.id : panel.mode.base.id
          }
          mode={panel.mode}
          onDone={() => setPanel(null)}
          onCancel={() => setPanel(null)}
        />
      )}
      {panel?.kind === 'view' && <CalendarView document={panel.document} onClose={() => setPanel(null)} />}
      {documents.isError ? (
        <LoadFailed error={documents.error} onRetry={() => void documents.refetch()} />
      ) : (
        <Table<PolicyDocumentSummary>
          rowKey="id"
          data-testid="calendar-documents"
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

function CalendarView({ document, onClose }: { document: PolicyDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const values = calendarFormValues(document.doc as CalendarYearDoc);
  return (
    <Card
      title={`${t('policyAdmin.calendar.preview', { year: values.year })} · ${t('policyAdmin.columns.revision')} ${document.revision}`}
      extra={<Button onClick={onClose}>{t('policyAdmin.actions.close')}</Button>}
      data-testid="calendar-view"
    >
      <CalendarYearGrid year={values.year} holidays={values.holidays} makeupWorkdays={values.makeupWorkdays} />
    </Card>
  );
}
