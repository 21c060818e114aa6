import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Statistic,
  Table,
  Typography,
  type TableColumnType,
} from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ComparisonResponse } from '@jifen/contracts';
import { downloadText, toCsv } from '../../components/csv.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { shanghaiToday } from '../assessment/today.ts';
import { affectedCases, type AffectedCase } from './compare-cases.ts';
import { CompareEffect } from './compare-effect.tsx';
import { displayValue } from './parameter-value.ts';
import { useCompare, usePolicyDocuments, type CompareParams } from './policy-admin-api.ts';

type ParameterRow = ComparisonResponse['parameters'][number];

/** A version's source of a parameter: two lines, the whole on hover (one column for A, one for B). */
function sourceColumn(title: string, dataIndex: 'sourceA' | 'sourceB'): TableColumnType<ParameterRow> {
  return {
    title,
    dataIndex,
    render: (v: string | null) => (
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: v }} style={{ margin: 0, maxWidth: 320 }}>
        {v ?? ''}
      </Typography.Paragraph>
    ),
  };
}

/** Two versions side by side, parameter by parameter, and what the difference does to the stored cases. */
export function CompareTab() {
  const { t } = useTranslation();
  const versions = usePolicyDocuments('version');
  const [form] = Form.useForm<CompareParams>();
  const [params, setParams] = useState<CompareParams | null>(null);
  const comparison = useCompare(params);
  const ids = [...new Set((versions.data ?? []).filter((d) => d.status !== 'discarded').map((d) => d.key))].sort();
  const options = ids.map((id) => ({ value: id, label: id }));
  const data = comparison.data;

  const exportCsv = (rows: AffectedCase[], result: ComparisonResponse) => {
    const crossing = {
      up: t('policyAdmin.compare.crossingUp'),
      down: t('policyAdmin.compare.crossingDown'),
      none: t('policyAdmin.compare.crossingNone'),
    };
    const csv = toCsv(rows, [
      { header: t('policyAdmin.compare.holder'), value: (r) => r.name },
      { header: t('policyAdmin.compare.residentId'), value: (r) => r.residentIdMasked },
      {
        header: `${t('policyAdmin.compare.totalA')} (${result.a.id})`,
        value: (r) => (r.totalA === null ? '' : String(r.totalA)),
      },
      {
        header: `${t('policyAdmin.compare.totalB')} (${result.b.id})`,
        value: (r) => (r.totalB === null ? '' : String(r.totalB)),
      },
      {
        header: t('policyAdmin.compare.delta'),
        value: (r) => (r.totalA === null || r.totalB === null ? '' : String(r.totalB - r.totalA)),
      },
      { header: t('policyAdmin.compare.crossing'), value: (r) => crossing[r.crossing] },
      { header: t('policyAdmin.compare.datesMoved'), value: (r) => r.datesMoved.join('; ') },
    ]);
    downloadText(t('policyAdmin.compare.csvName', { a: result.a.id, b: result.b.id, asOf: result.asOf }), csv);
  };

  return (
    <Flex vertical gap={16}>
      <Card>
        <Form<CompareParams>
          form={form}
          layout="inline"
          initialValues={{ asOf: shanghaiToday() }}
          onFinish={(v) => setParams({ a: v.a, b: v.b, asOf: v.asOf.trim() })}
        >
          {(['a', 'b'] as const).map((side) => (
            <Form.Item
              key={side}
              name={side}
              label={t(`policyAdmin.compare.${side}`)}
              rules={[{ required: true, message: t('policyAdmin.compare.pickTwo') }]}
            >
              <Select
                showSearch
                options={options}
                style={{ width: 180 }}
                loading={versions.isPending}
                data-testid={`compare-${side}`}
              />
            </Form.Item>
          ))}
          <Form.Item
            name="asOf"
            label={t('policyAdmin.compare.asOf')}
            rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('policyAdmin.version.dateFormat') }]}
          >
            <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} data-testid="compare-asof" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={comparison.isFetching} data-testid="compare-run">
            {t('policyAdmin.compare.run')}
          </Button>
        </Form>
      </Card>
      {versions.isError && <LoadFailed error={versions.error} onRetry={() => void versions.refetch()} />}
      {comparison.isError && <LoadFailed error={comparison.error} onRetry={() => void comparison.refetch()} />}
      {data && (
        <>
          <Card title={t('policyAdmin.compare.parameters')} size="small">
            {data.parameters.length === 0 ? (
              <Alert type="info" showIcon title={t('policyAdmin.compare.noParameterDiff')} />
            ) : (
              <Table<ParameterRow>
                rowKey="path"
                size="small"
                data-testid="compare-parameters"
                dataSource={data.parameters}
                pagination={false}
                scroll={{ x: 'max-content' }}
                columns={[
                  {
                    title: t('policyAdmin.version.path'),
                    dataIndex: 'path',
                    sorter: (a, b) => a.path.localeCompare(b.path),
                    render: (p: string) => <Typography.Text code>{p}</Typography.Text>,
                  },
                  { title: `A · ${data.a.id}`, dataIndex: 'a', render: (v: unknown) => displayValue(v) },
                  { title: `B · ${data.b.id}`, dataIndex: 'b', render: (v: unknown) => displayValue(v) },
                  sourceColumn(t('policyAdmin.compare.sourceA'), 'sourceA'),
                  sourceColumn(t('policyAdmin.compare.sourceB'), 'sourceB'),
                ]}
              />
            )}
          </Card>
          <Row gutter={[16, 16]} data-testid="compare-counts">
            {(
              [
                ['assessed', data.cases.assessed],
                ['notAssessable', data.cases.notAssessable],
                ['crossedUp', data.cases.crossedUp.length],
                ['crossedDown', data.cases.crossedDown.length],
                ['changed', data.cases.changed.length],
                ['datesMoved', data.cases.datesMoved.length],
              ] as const
            ).map(([key, value]) => (
              <Col key={key} xs={12} md={4}>
                <Card size="small">
                  <Statistic title={t(`policyAdmin.compare.${key}`)} value={value} data-testid={`count-${key}`} />
                </Card>
              </Col>
            ))}
          </Row>
          <CompareEffect comparison={data} cases={affectedCases(data.cases)} />
          <Button
            icon={<DownloadOutlined />}
            onClick={() => exportCsv(affectedCases(data.cases), data)}
            style={{ alignSelf: 'flex-start' }}
            data-testid="compare-export"
          >
            {t('policyAdmin.compare.exportCsv')}
          </Button>
        </>
      )}
    </Flex>
  );
}
