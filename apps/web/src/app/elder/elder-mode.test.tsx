import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigProvider, theme as antdTheme } from 'antd';
import { changeLanguage } from '../../i18n/i18n.ts';
import { installMatchMedia } from '../../test-support/render-app.tsx';
import { buildTheme } from '../theme.ts';
import { ElderModeProvider, useElderMode } from './elder-mode.tsx';
import { ElderModeSwitch } from './elder-mode-switch.tsx';
import { ELDER_CLASS } from './elder-storage.ts';
import { act } from '../../test-support/act.ts';

/** Shows the antd tokens the page's components are drawn with. */
function TokenProbe() {
  const { token } = antdTheme.useToken();
  return <output data-testid="tokens">{`${token.fontSize}/${token.controlHeight}/${token.colorTextSecondary}`}</output>;
}

function Themed() {
  const { theme } = useElderMode();
  return (
    <ConfigProvider theme={theme}>
      <ElderModeSwitch />
      <TokenProbe />
    </ConfigProvider>
  );
}

let root: Root | null = null;
let container: HTMLElement | null = null;
async function mount(): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root!.render(
      <ElderModeProvider>
        <Themed />
      </ElderModeProvider>,
    ),
  );
  return container;
}
function unmount() {
  act(() => root?.unmount());
  container?.remove();
  root = null;
}
const tokens = (c: HTMLElement) => c.querySelector('[data-testid="tokens"]')!.textContent;
const button = (c: HTMLElement) => c.querySelector<HTMLButtonElement>('[data-testid="elder-mode"]')!;

beforeAll(async () => {
  installMatchMedia();
  // These tests drive React with act() themselves (installMatchMedia turns the act environment off for waitFor tests).
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  await changeLanguage('zh-CN');
});
afterEach(() => {
  unmount();
  localStorage.clear();
  document.documentElement.className = '';
  document.documentElement.style.fontSize = '';
});

describe('长者模式', () => {
  it('turns on from the header button: 18 px type, 48 px controls, darker secondary text, remembered', async () => {
    const c = await mount();
    expect(button(c).textContent).toBe('长者模式');
    expect(button(c).getAttribute('aria-pressed')).toBe('false');
    expect(tokens(c)).toBe('14/32/rgba(0, 0, 0, 0.65)');

    await act(async () => button(c).click());
    expect(button(c).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.classList.contains(ELDER_CLASS)).toBe(true);
    expect(tokens(c)).toBe('18/48/rgba(0, 0, 0, 0.85)');
    expect(localStorage.getItem('jifen.elderMode')).toBe('on');

    // A new visit (another page load) starts in 长者模式.
    unmount();
    document.documentElement.className = '';
    const again = await mount();
    expect(document.documentElement.classList.contains(ELDER_CLASS)).toBe(true);
    expect(tokens(again)).toBe('18/48/rgba(0, 0, 0, 0.85)');
    await act(async () => button(again).click());
    expect(localStorage.getItem('jifen.elderMode')).toBeNull();
    expect(tokens(again)).toBe('14/32/rgba(0, 0, 0, 0.65)');
  });

  it('follows the browser font size: at a 200% root the body type is 28 px, not 14', async () => {
    document.documentElement.style.fontSize = '32px';
    const c = await mount();
    expect(tokens(c)).toBe('28/64/rgba(0, 0, 0, 0.65)');
  });
});

describe('buildTheme', () => {
  it('sets every text colour antd left below 4.5:1, and sizes from the root font', () => {
    const t = buildTheme({ rootPx: 16, elder: false }).token!;
    expect(t.colorLink).toBe('#1f5fbf');
    expect(t.colorTextSecondary).toBe('rgba(0, 0, 0, 0.65)');
    expect(t.colorTextPlaceholder).toBe('rgba(0, 0, 0, 0.6)');
    expect(t.gold7).toBe('#874d00');
    expect([t.fontSize, t.controlHeight, t.sizeUnit]).toEqual([14, 32, 4]);
    const elder = buildTheme({ rootPx: 20, elder: true }).token!;
    expect([elder.fontSize, elder.controlHeight, elder.sizeUnit]).toEqual([18, 48, 5]);
  });
});
