import { useState } from 'react';
import { Alert, Button, Flex, Radio, Table, Tag, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text.ts';
import { type ImportReport, TEMPLATE_URLS, useImportRecords } from './holder-data-api.ts';
import { summarizeImport } from './import-summary.ts';

type Row = ImportReport['rows'][number];

/** Download the template (XLSX or CSV), upload it filled in, and read the report row by row. */
export function RecordsImport({ holderId }: { holderId: string }) {
  const { t } = useTranslation();
  const upload = useImportRecords(holderId);
  const [mode, setMode] = useState<ImportReport['mode']>('all-or-nothing');
  const [report, setReport] = useState<ImportReport | null>(null);
  const summary = report ? summarizeImport(report) : null;
  const onFile = (file: File) => {
    setReport(null);
    upload.mutate({ file, mode }, { onSuccess: (body) => setReport('report' in body ? body.report : body) });
    return false;
  };
  return (
    <Flex vertical gap={12} data-testid="records-import">
      <Flex gap={8} wrap align="center">
        <Button icon={<DownloadOutlined />} href={TEMPLATE_URLS.xlsx} download data-testid="template-xlsx">
          {t('holderData.templateXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} href={TEMPLATE_URLS.csv} download data-testid="template-csv">
          {t('holderData.templateCsv')}
        </Button>
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value as ImportReport['mode'])}
          optionType="button"
          size="small"
          options={[
            { value: 'all-or-nothing', label: t('holderData.allOrNothing') },
            { value: 'valid-only', label: t('holderData.validOnly') },
          ]}
        />
        <Upload accept=".csv,.xlsx" showUploadList={false} beforeUpload={onFile} maxCount={1}>
          <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending} data-testid="records-upload">
            {t('holderData.upload')}
          </Button>
        </Upload>
      </Flex>
      {upload.isError && <Alert type="error" showIcon title={errorText(upload.error, t)} data-testid="import-error" />}
      {report && summary && (
        <>
          <Alert
            type={summary.tone}
            showIcon
            data-testid="import-summary"
            title={t('recordsImport.summary', { valid: summary.valid, invalid: summary.invalid })}
            description={t(summary.detail.key, summary.detail.values)}
          />
          <Table<Row>
            rowKey="row"
            size="small"
            data-testid="import-report"
            dataSource={report.rows}
            pagination={{ pageSize: 24, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('holderData.row'), dataIndex: 'row' },
              { title: t('holderData.month'), dataIndex: 'month', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
              {
                title: t('holderData.result'),
                key: 'ok',
                onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                render: (_, r) =>
                  r.ok ? (
                    <Tag color={report.written ? 'green' : 'blue'}>
                      {t(report.written ? 'recordsImport.rowValid' : 'recordsImport.rowValidNotSaved')}
                    </Tag>
                  ) : (
                    <Tag color="red">{t('holderData.rowFailed')}</Tag>
                  ),
              },
              {
                title: t('holderData.problems'),
                key: 'errors',
                render: (_, r) =>
                  r.errors.map((e) => (
                    <div key={`${e.column}${e.message}`}>
                      <code>{e.column}</code> {e.message}
                    </div>
                  )),
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
