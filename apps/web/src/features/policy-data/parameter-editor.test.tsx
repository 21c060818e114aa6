import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { PolicyParameter } from '@jifen/contracts';
import { changeLanguage } from '../../i18n/i18n.ts';
import { ParameterEditor } from './parameter-editor.tsx';
import { collectChanges, type CollectedChanges, type ParameterEdit } from './parameter-value.ts';
import './messages.ts';
import { act } from '../../test-support/act.ts';

beforeAll(() => {
  // antd's table reads matchMedia and observes its size; jsdom has neither.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

const parameters: PolicyParameter[] = [
  { path: 'lifecycle.renewalWindowDays', value: 30, source: 'L-2 seed' },
  { path: 'lifecycle.graceKeepsHoldingYears', value: false, source: 'L-3 seed' },
  { path: 'lifecycle.suspendedBenefits', value: ['school_entrance'], source: 'L-6 seed' },
];

let latest: CollectedChanges = { changes: [], problems: {} };
function Harness() {
  const [edits, setEdits] = useState<Record<string, ParameterEdit>>({});
  const collected = collectChanges(parameters, edits);
  latest = collected;
  return <ParameterEditor parameters={parameters} edits={edits} onChange={setEdits} problems={collected.problems} />;
}

function render(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<Harness />));
  return host;
}

/** Types into a controlled input the way React listens for it. */
function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

const q = <T extends Element>(host: HTMLElement, testId: string) => host.querySelector<T>(`[data-testid="${testId}"]`);

// antd's table is slow to mount in jsdom on a shared machine.
describe('parameter editor', { timeout: 30_000 }, () => {
  it('lists every parameter with its current value and source', async () => {
    await changeLanguage('zh-CN');
    const host = render();
    expect(host.textContent).toContain('lifecycle.renewalWindowDays');
    expect(host.textContent).toContain('L-6 seed');
    expect(host.textContent).toContain('["school_entrance"]');
    expect(q(host, 'param-source-lifecycle.renewalWindowDays')).toBeNull();
  });

  it('asks for the source once a value changes, and sends the change with it', async () => {
    await changeLanguage('zh-CN');
    const host = render();
    const days = q<HTMLInputElement>(host, 'param-lifecycle.renewalWindowDays')!;
    act(() => type(days, '45'));
    act(() => days.dispatchEvent(new Event('blur', { bubbles: true })));
    const source = q<HTMLTextAreaElement>(host, 'param-source-lifecycle.renewalWindowDays');
    expect(source).not.toBeNull();
    expect(latest.problems).toEqual({ 'lifecycle.renewalWindowDays': 'sourceRequired' });
    expect(host.textContent).toContain('修改的参数必须注明来源');
    act(() => type(source!, '2027 年通知第 3 条'));
    expect(latest).toEqual({
      changes: [{ path: 'lifecycle.renewalWindowDays', value: 45, source: '2027 年通知第 3 条' }],
      problems: {},
    });
  });

  it('edits a list as JSON and flags text that is not JSON', async () => {
    await changeLanguage('en');
    const host = render();
    const benefits = q<HTMLTextAreaElement>(host, 'param-lifecycle.suspendedBenefits')!;
    act(() => type(benefits, '["school_entrance",'));
    expect(latest.problems).toEqual({ 'lifecycle.suspendedBenefits': 'json' });
    expect(host.textContent).toContain('Not valid JSON');
    act(() => type(benefits, '["school_entrance", "housing_purchase"]'));
    expect(latest.problems).toEqual({ 'lifecycle.suspendedBenefits': 'sourceRequired' });
    await changeLanguage('zh-CN');
  });

  it('switches a boolean', async () => {
    const host = render();
    const toggle = q<HTMLButtonElement>(host, 'param-lifecycle.graceKeepsHoldingYears')!;
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    act(() => type(q<HTMLTextAreaElement>(host, 'param-source-lifecycle.graceKeepsHoldingYears')!, 'test source'));
    expect(latest.changes).toEqual([{ path: 'lifecycle.graceKeepsHoldingYears', value: true, source: 'test source' }]);
  });
});
