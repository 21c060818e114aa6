import { describe, expect, it } from 'vitest';
import { useState, type ReactNode } from 'react';
import { useMount } from '../test-support/mount.tsx';
import { CompactList } from './compact-list.tsx';
import { CompactCheckbox } from './compact-checkbox.tsx';
import { FormField, helpId, useAntdFormClass } from './form-field.tsx';
import { useAntdInputClass } from './antd-input-class.ts';
import { act } from '../test-support/act.ts';

// Issue 20: antd's markup and styles without antd's List, Checkbox, Form and Input on the application page.
const { mount, rerender } = useMount();

function show(node: ReactNode): HTMLElement {
  return mount(node);
}

describe('CompactList', () => {
  it('renders antd list items with title and description', () => {
    const host = show(
      <CompactList
        items={[
          { key: 'a', title: 'M-1 身份证', description: '原件', 'data-testid': 'item-a' },
          { key: 'b', title: 'M-2 合同' },
        ]}
      />,
    );
    const list = host.querySelector('.ant-list')!;
    expect(list.className).toContain('ant-list-sm');
    expect(list.className).toContain('ant-list-split');
    const items = host.querySelectorAll('ul.ant-list-items > li.ant-list-item');
    expect(items).toHaveLength(2);
    expect(host.querySelector('[data-testid="item-a"] h4.ant-list-item-meta-title')!.textContent).toBe('M-1 身份证');
    expect(host.querySelector('[data-testid="item-a"] .ant-list-item-meta-description')!.textContent).toBe('原件');
    expect(items[1]!.querySelector('.ant-list-item-meta-description')).toBeNull();
  });

  it('shows the empty state when there is nothing, and a spinner while loading', () => {
    const empty = show(<CompactList items={[]} />);
    expect(empty.querySelector('.ant-list-empty-text .ant-empty')).not.toBeNull();
    rerender(<CompactList items={[]} loading />);
    expect(empty.querySelector('.ant-list-empty-text')).toBeNull();
    expect(empty.querySelector('.ant-list-loading')).not.toBeNull();
    expect(empty.querySelector('.ant-list-loading .ant-spin')).not.toBeNull();
  });
});

function Box({ disabled = false }: { disabled?: boolean }) {
  const [checked, setChecked] = useState(false);
  return (
    <CompactCheckbox
      checked={checked}
      disabled={disabled}
      onChange={(e) => setChecked(e.target.checked)}
      data-testid="box"
    >
      带来
    </CompactCheckbox>
  );
}

describe('CompactCheckbox', () => {
  it('is a native checkbox inside its label, with antd classes following its state', () => {
    const host = show(<Box />);
    const input = host.querySelector<HTMLInputElement>('[data-testid="box"]')!;
    expect(input.type).toBe('checkbox');
    const label = input.closest('label')!;
    expect(label.className).toContain('ant-checkbox-wrapper');
    expect(label.querySelector('.ant-checkbox-label')!.textContent).toBe('带来');
    // Clicking the label's text ticks it, as with antd's.
    act(() => label.querySelector<HTMLElement>('.ant-checkbox-label')!.click());
    expect(input.checked).toBe(true);
    expect(label.className).toContain('ant-checkbox-wrapper-checked');
    expect(input.parentElement!.className).toContain('ant-checkbox-checked');
  });

  it('cannot be ticked when disabled', () => {
    const host = show(<Box disabled />);
    const input = host.querySelector<HTMLInputElement>('[data-testid="box"]')!;
    act(() => input.click());
    expect(input.checked).toBe(false);
    expect(input.closest('label')!.className).toContain('ant-checkbox-wrapper-disabled');
  });
});

function Field({ error }: { error?: string }) {
  const form = useAntdFormClass();
  const input = useAntdInputClass(error ? 'error' : undefined);
  return (
    <form className={form.form}>
      <FormField prefix={form.prefix} id="d" label="合同开始" required error={error}>
        <input id="d" type="date" className={input} aria-describedby={error ? helpId('d') : undefined} />
      </FormField>
    </form>
  );
}

describe('FormField', () => {
  it('labels its control and marks it required, as a vertical Form.Item', () => {
    const host = show(<Field />);
    expect(host.querySelector('form')!.className).toContain('ant-form-vertical');
    const label = host.querySelector('label')!;
    expect(label.htmlFor).toBe('d');
    expect(label.className).toBe('ant-form-item-required');
    expect(host.querySelector('input')!.className).toContain('ant-input-outlined');
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('announces its error under the control, tied to it', () => {
    const host = show(<Field error="请填写日期" />);
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.id).toBe(helpId('d'));
    expect(alert.textContent).toBe('请填写日期');
    expect(host.querySelector('.ant-form-item')!.className).toContain('ant-form-item-has-error');
    expect(host.querySelector('input')!.className).toContain('ant-input-status-error');
    expect(host.querySelector('input')!.getAttribute('aria-describedby')).toBe(helpId('d'));
  });
});
