import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComparisonResponse } from '@jifen/contracts';
import { rangeLabel, type AffectedCase } from './compare-cases.ts';

type MovedDate = ComparisonResponse['cases']['datesMoved'][number];
type Bucket = ComparisonResponse['cases']['distribution'][number];

const CROSSING_COLOURS = { up: 'green', down: 'red', none: 'default' } as const;
const delta = (r: AffectedCase) => (r.totalA === null || r.totalB === null ? null : r.totalB - r.totalA);
const numberOrder = (a: number | null, b: number | null) =>
  (a ?? Number.NEGATIVE_INFINITY) - (b ?? Number.NEGATIVE_INFINITY);

/** The comparison's effect on the stored cases: who changes, whose dates move, and the totals before and after. */
export function CompareEffect({ comparison, cases }: { comparison: ComparisonResponse; cases: AffectedCase[] }) {
  const { t } = useTranslation();
  const { a, b } = comparison;
  const maxCount = Math.max(1, ...comparison.cases.distribution.flatMap((d) => [d.a, d.b]));
  const crossingLabel = {
    up: t('policyAdmin.compare.crossingUp'),
    down: t('policyAdmin.compare.crossingDown'),
    none: t('policyAdmin.compare.crossingNone'),
  };
  return (
    <>
      <Card title={t('policyAdmin.compare.changed')} size="small">
        <Table<AffectedCase>
          rowKey="holderId"
          size="small"
          data-testid="compare-cases"
          dataSource={cases}
          locale={{ emptyText: t('policyAdmin.compare.none') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('policyAdmin.compare.holder'),
              dataIndex: 'name',
              sorter: (x, y) => x.name.localeCompare(y.name),
            },
            { title: t('policyAdmin.compare.residentId'), dataIndex: 'residentIdMasked' },
            {
              title: `${t('policyAdmin.compare.totalA')} (${a.id})`,
              dataIndex: 'totalA',
              sorter: (x, y) => numberOrder(x.totalA, y.totalA),
            },
            {
              title: `${t('policyAdmin.compare.totalB')} (${b.id})`,
              dataIndex: 'totalB',
              sorter: (x, y) => numberOrder(x.totalB, y.totalB),
            },
            {
              title: t('policyAdmin.compare.delta'),
              key: 'delta',
              render: (_, r) => delta(r) ?? '',
              sorter: (x, y) => numberOrder(delta(x), delta(y)),
            },
            {
              title: t('policyAdmin.compare.crossing'),
              dataIndex: 'crossing',
              render: (c: AffectedCase['crossing']) => <Tag color={CROSSING_COLOURS[c]}>{crossingLabel[c]}</Tag>,
              filters: (['up', 'down', 'none'] as const).map((c) => ({ text: crossingLabel[c], value: c })),
              onFilter: (value, r) => r.crossing === value,
            },
            {
              title: t('policyAdmin.compare.datesMoved'),
              dataIndex: 'datesMoved',
              render: (d: string[]) => d.join('; '),
            },
          ]}
        />
      </Card>
      {comparison.cases.datesMoved.length > 0 && (
        <Card title={t('policyAdmin.compare.datesMoved')} size="small">
          <Table<MovedDate>
            rowKey={(r) => `${r.holderId}-${r.ruleId}`}
            size="small"
            data-testid="compare-dates"
            dataSource={comparison.cases.datesMoved}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                title: t('policyAdmin.compare.holder'),
                dataIndex: 'name',
                sorter: (x, y) => x.name.localeCompare(y.name),
              },
              {
                title: t('policyAdmin.compare.expiresOn'),
                dataIndex: 'expiresOn',
                sorter: (x, y) => x.expiresOn.localeCompare(y.expiresOn),
              },
              { title: t('policyAdmin.compare.rule'), dataIndex: 'ruleId' },
              {
                title: `${t('policyAdmin.compare.dateA')} (${a.id})`,
                dataIndex: 'a',
                sorter: (x, y) => x.a.localeCompare(y.a),
              },
              {
                title: `${t('policyAdmin.compare.dateB')} (${b.id})`,
                dataIndex: 'b',
                sorter: (x, y) => x.b.localeCompare(y.b),
              },
            ]}
          />
        </Card>
      )}
      <Card title={t('policyAdmin.compare.distribution')} size="small">
        <Table<Bucket>
          rowKey={(r) => String(r.from)}
          size="small"
          data-testid="compare-distribution"
          dataSource={comparison.cases.distribution}
          pagination={false}
          columns={[
            {
              title: t('policyAdmin.compare.range'),
              key: 'range',
              render: (_, r) => rangeLabel(r),
              sorter: (x, y) => x.from - y.from,
            },
            { title: `${t('policyAdmin.compare.countA')} (${a.id})`, dataIndex: 'a', sorter: (x, y) => x.a - y.a },
            { title: `${t('policyAdmin.compare.countB')} (${b.id})`, dataIndex: 'b', sorter: (x, y) => x.b - y.b },
            {
              title: '',
              key: 'bars',
              width: 260,
              render: (_, r) => (
                <div aria-hidden>
                  <Bar value={r.a} max={maxCount} colour="#8c8c8c" />
                  <Bar value={r.b} max={maxCount} colour="#1f5fbf" />
                </div>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

function Bar({ value, max, colour }: { value: number; max: number; colour: string }) {
  return (
    <div
      style={{
        height: 8,
        margin: '2px 0',
        width: `${(value / max) * 100}%`,
        minWidth: value > 0 ? 2 : 0,
        background: colour,
        borderRadius: 2,
      }}
    />
  );
}
