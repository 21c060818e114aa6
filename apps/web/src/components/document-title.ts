import { useEffect } from 'react';

const SITE = '积分 jifen';

/** "page · 积分 jifen": the browser-tab title, what a screen reader announces first on each page. */
export function documentTitleOf(page: string): string {
  return `${page} · ${SITE}`;
}

/** Each page's own document title (no antd import: the public self-assessment stays light). */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = documentTitleOf(title);
  }, [title]);
}
