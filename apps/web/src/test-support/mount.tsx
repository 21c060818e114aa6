import { type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll } from 'vitest';
import { installMatchMedia } from './render-app.tsx';
import { act } from './act.ts';

/**
 * A component test's mount: `mount(node)` renders it into a fresh element of
 * the document and returns that element, `rerender(node)` renders again into
 * the last one; after each test the root is unmounted and the document
 * emptied. Call once at the top of a test file.
 */
export function useMount(): { mount: (node: ReactNode) => HTMLElement; rerender: (node: ReactNode) => void } {
  let root: Root | null = null;
  beforeAll(() => installMatchMedia());
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    document.body.innerHTML = '';
  });
  return {
    mount: (node) => {
      const host = document.createElement('div');
      document.body.append(host);
      root = createRoot(host);
      act(() => root!.render(node));
      return host;
    },
    rerender: (node) => act(() => root!.render(node)),
  };
}
