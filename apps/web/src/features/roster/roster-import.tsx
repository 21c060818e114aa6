import { useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../transfers/messages.ts';
import { errorText } from '../../api/error-text.ts';
import { downloadText } from '../../components/csv.ts';
import { importReportCsv } from './roster-report.ts';
import { ROSTER_TEMPLATE_URL, useImportProgress, useStartImport, type RosterImport } from './roster-api.ts';

type ImportError = RosterImport['errors'][number];

/** Template download, upload, a progress bar fed by the server while it runs, then the summary and the error rows. */
export function RosterImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const start = useStartImport();
  const [importId, setImportId] = useState<string | undefined>(undefined);
  const progress = useImportProgress(importId);
  const view = progress.data;
  const onFile = (file: File) => {
    setImportId(undefined);
    start.mutate(file, { onSuccess: (body) => setImportId(body.import.id) });
    return false;
  };
  const percent = view && view.totalRows > 0 ? Math.floor((view.processedRows / view.totalRows) * 100) : 0;
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('roster.import.title')}
      width={860}
      footer={
        <Button onClick={onClose} data-testid="import-close">
          {t('roster.import.close')}
        </Button>
      }
    >
      <Flex vertical gap={12} data-testid="roster-import">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('roster.import.hint')}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} href={ROSTER_TEMPLATE_URL} download data-testid="roster-template">
            {t('roster.import.template')}
          </Button>
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={onFile} maxCount={1}>
            <Button type="primary" icon={<UploadOutlined />} loading={start.isPending} data-testid="roster-upload">
              {t('roster.import.upload')}
            </Button>
          </Upload>
        </Flex>
        {start.isError && (
          <Alert type="error" showIcon title={errorText(start.error, t)} data-testid="roster-import-error" />
        )}
        {view && (
          <>
            <Progress
              percent={view.status === 'done' ? 100 : percent}
              status={view.status === 'failed' ? 'exception' : view.status === 'running' ? 'active' : 'success'}
              data-testid="import-progress"
            />
            {view.status === 'running' && (
              <Typography.Text>
                {t('roster.import.progress', { done: view.processedRows, total: view.totalRows })}
              </Typography.Text>
            )}
            {view.status === 'done' && (
              <Alert
                type={view.rejected > 0 ? 'warning' : 'success'}
                showIcon
                data-testid="import-done"
                data-rejected={view.rejected}
                title={t('roster.import.done', {
                  created: view.created,
                  updated: view.updated,
                  unchanged: view.unchanged,
                  rejected: view.rejected,
                })}
              />
            )}
            {view.status === 'done' && view.transferRequested > 0 && (
              <Alert
                type="info"
                showIcon
                data-testid="import-transfers"
                title={
                  <>
                    {t('rosterTransfer', { count: view.transferRequested })}{' '}
                    <Link to="/transfers">{t('nav.transfers')}</Link>
                  </>
                }
              />
            )}
            {view.status === 'failed' && (
              <Alert type="error" showIcon title={t('roster.import.failed', { reason: view.failure ?? '' })} />
            )}
            {view.errors.length > 0 && (
              <>
                <Flex justify="space-between" align="center">
                  <Typography.Text strong>{t('roster.import.reportTitle')}</Typography.Text>
                  <Button
                    icon={<DownloadOutlined />}
                    data-testid="import-report-download"
                    onClick={() =>
                      downloadText(`roster-import-report-${view.id.slice(0, 8)}.csv`, importReportCsv(view.errors))
                    }
                  >
                    {t('roster.import.report')}
                  </Button>
                </Flex>
                <Table<ImportError>
                  size="small"
                  rowKey={(e) => `${e.row}-${e.column}`}
                  data-testid="import-errors"
                  dataSource={view.errors}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  columns={[
                    { title: t('roster.import.row'), dataIndex: 'row', width: 70 },
                    { title: t('roster.import.column'), dataIndex: 'column' },
                    {
                      title: i18n.language === 'en' ? t('roster.import.errorEn') : t('roster.import.errorZh'),
                      dataIndex: i18n.language === 'en' ? 'en' : 'zh',
                    },
                  ]}
                />
              </>
            )}
          </>
        )}
      </Flex>
    </Modal>
  );
}
