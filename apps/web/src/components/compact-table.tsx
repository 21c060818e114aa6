import { useContext, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { ConfigProvider, Empty, Spin } from 'antd';
import useTableStyle from 'antd/es/table/style';
import useCSSVarCls from 'antd/es/config-provider/hooks/useCSSVarCls';

export interface CompactColumn<T> {
  title: ReactNode;
  /** The record's field shown (and given to `render` as its first argument). */
  dataIndex?: keyof T & string;
  key?: string;
  align?: 'left' | 'right' | 'center';
  render?: (value: never, record: T, index: number) => ReactNode;
}

export interface CompactTableProps<T> {
  columns: readonly CompactColumn<T>[];
  dataSource: readonly T[];
  rowKey: (keyof T & string) | ((record: T) => Key);
  onRow?: (record: T) => HTMLAttributes<HTMLElement>;
  scroll?: { x?: number | string | true };
  'data-testid'?: string;
}

/**
 * antd's small table without pagination, sorting, filters or selection
 * (issue 20): the markup antd's Table renders (the same elements and class
 * names: div.ant-table, th/td.ant-table-cell, tr.ant-table-row ...) styled by
 * antd's own table styles, so it looks and reads the same; but it loads
 * neither antd's Table, whose pagination, filter tree and selection bring
 * Select, Tree, Dropdown, Checkbox and Radio (~80 KB gzipped), nor rc-table
 * (~11 KB) onto pages that only list a few rows (the review card on an
 * application's page).
 */
export function CompactTable<T extends object>({
  columns,
  dataSource,
  rowKey,
  onRow,
  scroll,
  ...rest
}: CompactTableProps<T>) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const p = getPrefixCls('table');
  const rootCls = useCSSVarCls(p);
  const [hashId, cssVarCls] = useTableStyle(p, rootCls);
  const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');
  const keyOf = (record: T): Key =>
    typeof rowKey === 'function' ? rowKey(record) : (record[rowKey] as unknown as Key);
  const alignOf = (column: CompactColumn<T>) => (column.align ? { textAlign: column.align } : undefined);
  // As rc-table lays out a table given `scroll.x`: it scrolls sideways in its own box.
  const horizontal = scroll?.x !== undefined;
  return (
    <div className={classes(cssVarCls, rootCls, `${p}-wrapper`, hashId)}>
      <Spin spinning={false}>
        <div
          {...rest}
          className={classes(
            p,
            `${p}-small`,
            dataSource.length === 0 && `${p}-empty`,
            horizontal && `${p}-scroll-horizontal`,
            cssVarCls,
            rootCls,
            hashId,
          )}
        >
          <div className={`${p}-container`}>
            <div className={`${p}-content`} style={horizontal ? { overflowX: 'auto', overflowY: 'hidden' } : undefined}>
              <table
                style={{
                  tableLayout: 'auto',
                  ...(horizontal ? { width: scroll.x === true ? 'auto' : scroll.x, minWidth: '100%' } : undefined),
                }}
              >
                <thead className={`${p}-thead`}>
                  <tr>
                    {columns.map((column, i) => (
                      <th
                        key={column.key ?? column.dataIndex ?? i}
                        className={`${p}-cell`}
                        scope="col"
                        style={alignOf(column)}
                      >
                        {column.title}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className={`${p}-tbody`}>
                  {dataSource.length === 0 ? (
                    <tr className={`${p}-placeholder`}>
                      <td className={`${p}-cell`} colSpan={columns.length}>
                        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                      </td>
                    </tr>
                  ) : (
                    dataSource.map((record, index) => {
                      const key = keyOf(record);
                      const row = onRow?.(record);
                      return (
                        <tr
                          {...row}
                          key={key}
                          data-row-key={key}
                          className={classes(`${p}-row`, `${p}-row-level-0`, row?.className)}
                        >
                          {columns.map((column, i) => {
                            const value = column.dataIndex === undefined ? undefined : record[column.dataIndex];
                            return (
                              <td
                                key={column.key ?? column.dataIndex ?? i}
                                className={`${p}-cell`}
                                style={alignOf(column)}
                              >
                                {column.render ? column.render(value as never, record, index) : (value as ReactNode)}
                              </td>
                            );
                          })}
                        </tr>
                      );
                    })
                  )}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </Spin>
    </div>
  );
}
