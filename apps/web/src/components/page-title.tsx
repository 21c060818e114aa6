import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { theme, Typography } from 'antd';

import { documentTitleOf } from './document-title.ts';

/**
 * The page's one <h1>, at the size pages used for their level-3 title, and its document
 * title (read from the heading's text, so headings built from data are titled too).
 */
export function PageTitle({
  children,
  style,
  documentTitle,
}: {
  children: ReactNode;
  style?: CSSProperties;
  /** When the heading alone would be a poor tab title (a bare "404"). */
  documentTitle?: string;
}) {
  const { token } = theme.useToken();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const text = documentTitle ?? ref.current?.textContent?.trim();
    if (text) document.title = documentTitleOf(text);
  });
  return (
    <Typography.Title
      ref={ref}
      level={1}
      className="jf-page-title"
      style={{ fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3, ...style }}
    >
      {children}
    </Typography.Title>
  );
}
