import { useContext, type ReactNode } from 'react';
import { ConfigProvider, Empty, Spin } from 'antd';
import useListStyle from 'antd/es/list/style';

export interface CompactListItem {
  key: string;
  title: ReactNode;
  description?: ReactNode;
  'data-testid'?: string;
}

/**
 * antd's small split List of title and description items, without
 * pagination, grid or actions (issue 20): the markup antd's List renders (the
 * same elements and class names: ul.ant-list-items, li.ant-list-item,
 * .ant-list-item-meta ...) styled by antd's own list styles, so it looks and
 * reads the same; but it does not load antd's List, whose pagination brings
 * Select and the virtual list (~33 KB gzipped), onto the application page.
 */
export function CompactList({ items, loading = false }: { items: readonly CompactListItem[]; loading?: boolean }) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const p = getPrefixCls('list');
  const [hashId, cssVarCls] = useListStyle(p);
  const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ');
  let content: ReactNode;
  if (items.length > 0)
    content = (
      <ul className={classes(`${p}-items`, `${p}-container`, cssVarCls)}>
        {items.map((item) => (
          <li key={item.key} className={`${p}-item`} data-testid={item['data-testid']}>
            <div className={`${p}-item-meta`}>
              <div className={`${p}-item-meta-content`}>
                <h4 className={`${p}-item-meta-title`}>{item.title}</h4>
                {item.description !== undefined && (
                  <div className={`${p}-item-meta-description`}>{item.description}</div>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
    );
  else
    content = loading ? (
      <div style={{ minHeight: 53 }} />
    ) : (
      <div className={`${p}-empty-text`}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      </div>
    );
  return (
    <div className={classes(p, `${p}-sm`, `${p}-split`, loading && `${p}-loading`, hashId, cssVarCls)}>
      <Spin spinning={loading}>{content}</Spin>
    </div>
  );
}
