import { describe, expect, it, vi } from 'vitest';
import dayjs from 'dayjs';
import { useMount } from '../test-support/mount.tsx';
import { SignedPaperModal, type SignedPaperTexts } from './signed-paper-modal.tsx';
import { act } from '../test-support/act.ts';

const TEXTS: SignedPaperTexts = {
  title: '登记签字文件',
  hint: '说明',
  ok: '确定',
  signedOn: '签字日期',
  required: '请填写此项',
  scan: '扫描件',
  chooseScan: '选择扫描件',
};
const IDS = { submit: 'p-submit', error: 'p-error', signedOn: 'p-signed-on', scan: 'p-scan' };

const { mount } = useMount();

function render(texts: SignedPaperTexts, onSubmit = vi.fn(), error: unknown = null) {
  mount(
    <SignedPaperModal
      texts={texts}
      ids={IDS}
      earliest={dayjs().subtract(3, 'day')}
      pending={false}
      error={error}
      onSubmit={onSubmit}
      onClose={() => undefined}
    >
      <p data-testid="signed-for">内容</p>
    </SignedPaperModal>,
  );
  return onSubmit;
}
const ok = () => document.getElementById(IDS.submit) as HTMLButtonElement;

// The first render loads antd's modal, date picker and upload: slow on a busy machine.
describe('the signed paper form (an application’s confirmation, a transfer’s consent)', { timeout: 30_000 }, () => {
  it('shows what was signed for, and keeps OK disabled until a scan is chosen when it has no words for a missing scan', () => {
    render(TEXTS);
    expect(document.querySelector('[data-testid="signed-for"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="p-scan"]')).not.toBeNull();
    expect(ok().disabled).toBe(true);
  });

  it('says the scan is missing when it has the words for it, and sends nothing', async () => {
    const onSubmit = render({ ...TEXTS, scanRequired: '请选择扫描件' });
    expect(ok().disabled).toBe(false);
    await act(async () => {
      ok().click();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(document.body.textContent).toContain('请选择扫描件');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the refusal under its id', () => {
    render(TEXTS, vi.fn(), new Error('boom'));
    expect(document.querySelector('[data-testid="p-error"]')).not.toBeNull();
  });
});
