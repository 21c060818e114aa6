import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { changeLanguage } from '../../i18n/i18n.ts';
import { ErrorBoundary } from '../error-boundary.tsx';
import { ChunkLoadError } from './lazy-with-retry.ts';
import { act } from '../../test-support/act.ts';

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function Throws({ error }: { error: Error }): never {
  throw error;
}

function renderFailing(error: Error): HTMLElement {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root?.render(
      <ErrorBoundary>
        <Throws error={error} />
      </ErrorBoundary>,
    ),
  );
  return container;
}

describe('ErrorBoundary and a chunk that would not load (issue 10, item 12)', () => {
  it('says part of the page could not be loaded and offers a reload, in Chinese', async () => {
    await changeLanguage('zh-CN');
    const container = renderFailing(new ChunkLoadError(new TypeError('Failed to fetch dynamically imported module')));
    expect(container.textContent).toContain('页面的一部分未能加载');
    expect(container.textContent).not.toContain('页面出错了');
    expect(container.querySelector('[data-testid="chunk-reload"]')?.textContent).toContain('重新加载');
  });

  it('does the same in English', async () => {
    await changeLanguage('en');
    const container = renderFailing(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'));
    expect(container.textContent).toContain('Part of this page could not be loaded');
    expect(container.textContent).not.toContain('This page ran into a problem');
    await changeLanguage('zh-CN');
  });

  it('still treats a real rendering bug as one', async () => {
    await changeLanguage('zh-CN');
    const container = renderFailing(new Error('Cannot read properties of undefined'));
    expect(container.textContent).toContain('页面出错了');
    expect(container.querySelector('[data-testid="chunk-reload"]')).toBeNull();
  });
});
