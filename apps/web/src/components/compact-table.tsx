import { useContext, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { ConfigProvider, Empty, Spin } from 'antd';
import RcTable from 'antd/es/table/RcTable';
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
 * (issue 20): the same rc-table antd's Table renders, with antd's table
 * styles and class names, so it looks and reads the same; but it does not
 * load antd's Table, whose pagination, filter tree and selection bring
 * Select, Tree, Dropdown, Checkbox and Radio (~80 KB gzipped) onto pages
 * that only list a few rows (the review card on an application's page).
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
  const prefixCls = getPrefixCls('table');
  const rootCls = useCSSVarCls(prefixCls);
  const [hashId, cssVarCls] = useTableStyle(prefixCls, rootCls);
  const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ');
  return (
    <div className={classes(cssVarCls, rootCls, `${prefixCls}-wrapper`, hashId)}>
      <Spin spinning={false}>
        <RcTable<T>
          {...rest}
          prefixCls={prefixCls}
          className={classes(
            `${prefixCls}-small`,
            dataSource.length === 0 && `${prefixCls}-empty`,
            cssVarCls,
            rootCls,
            hashId,
          )}
          columns={columns as never}
          data={dataSource}
          rowKey={rowKey as never}
          onRow={onRow as never}
          scroll={scroll as never}
          emptyText={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        />
      </Spin>
    </div>
  );
}
