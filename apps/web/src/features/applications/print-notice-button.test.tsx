import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { changeLanguage } from '../../i18n/i18n.ts';
import { noticeUrl, PrintNoticeButton } from './print-notice-button.tsx';
import { act } from '../../test-support/act.ts';

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function render(id: string): HTMLAnchorElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<PrintNoticeButton applicationId={id} />));
  return host.querySelector('[data-testid="print-notice"]') as HTMLAnchorElement;
}

describe('print points notice button', () => {
  it('is a link to the API PDF that opens in a new tab (the session cookie goes with it)', async () => {
    await changeLanguage('zh-CN');
    const link = render('3f2a9c1b-7d4e-4f60-9a1b-2c3d4e5f6a7b');
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('/api/v1/applications/3f2a9c1b-7d4e-4f60-9a1b-2c3d4e5f6a7b/notice.pdf');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.textContent).toContain('打印积分通知单');
  });

  it('says it in English too, and escapes the id', async () => {
    await changeLanguage('en');
    expect(render('a/b').textContent).toContain('Print points notice');
    expect(noticeUrl('a/b')).toBe('/api/v1/applications/a%2Fb/notice.pdf');
    await changeLanguage('zh-CN');
  });
});
