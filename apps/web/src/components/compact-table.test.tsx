import { describe, expect, it } from 'vitest';
import { useMount } from '../test-support/mount.tsx';
import { CompactTable, type CompactColumn } from './compact-table.tsx';

interface Row {
  indicator: string;
  points: number;
}
const COLUMNS: CompactColumn<Row>[] = [
  { title: '指标', dataIndex: 'indicator' },
  {
    title: '分值',
    dataIndex: 'points',
    align: 'right',
    render: (v: number, r) => <b data-testid={`p-${r.indicator}`}>{v * 2}</b>,
  },
];

const { mount } = useMount();

function show(rows: Row[]): HTMLElement {
  return mount(
    <CompactTable<Row>
      columns={COLUMNS}
      dataSource={rows}
      rowKey="indicator"
      onRow={(r) => ({ 'data-testid': `row-${r.indicator}` }) as React.HTMLAttributes<HTMLElement>}
      data-testid="lines"
    />,
  );
}

describe('CompactTable', () => {
  it('renders antd’s small-table markup: headers, one row per record keyed by rowKey, render() given the value and record', () => {
    const host = show([
      { indicator: 'education', points: 50 },
      { indicator: 'age', points: 30 },
    ]);
    const table = host.querySelector('[data-testid="lines"]')!;
    expect(table.classList).toContain('ant-table');
    expect(table.classList).toContain('ant-table-small');
    expect(host.querySelector('.ant-table-wrapper')).not.toBeNull();
    expect([...table.querySelectorAll('thead th.ant-table-cell')].map((th) => th.textContent)).toEqual([
      '指标',
      '分值',
    ]);
    const rows = table.querySelectorAll('tbody tr.ant-table-row');
    expect([...rows].map((r) => r.getAttribute('data-row-key'))).toEqual(['education', 'age']);
    expect(rows[0]!.getAttribute('data-testid')).toBe('row-education');
    expect(rows[0]!.querySelectorAll('td')[0]!.textContent).toBe('education');
    expect(host.querySelector('[data-testid="p-age"]')!.textContent).toBe('60');
    expect((rows[1]!.querySelectorAll('td')[1] as HTMLElement).style.textAlign).toBe('right');
  });

  it('shows antd’s empty placeholder across all columns when there are no records', () => {
    const host = show([]);
    const placeholder = host.querySelector('tbody tr.ant-table-placeholder td') as HTMLTableCellElement;
    expect(placeholder.colSpan).toBe(2);
    expect(placeholder.querySelector('.ant-empty')).not.toBeNull();
    expect(host.querySelector('.ant-table')!.classList).toContain('ant-table-empty');
  });
});
