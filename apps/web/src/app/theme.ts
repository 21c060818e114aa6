import type { ThemeConfig } from 'antd';

/**
 * The antd theme, built from the root font size so that everything grows with it.
 *
 * Contrast (WCAG 2.x AA, 4.5:1 for text): antd's defaults put secondary text at
 * rgba(0,0,0,.45) (#8c8c8c, 3.36:1 on white), links and info at #1677ff, placeholders
 * at #bfbfbf and the preset tag colours (gold, green, cyan, orange...) at 2.7-3.4:1 on
 * their own light backgrounds. Each is set here, once, instead of patched per page.
 *
 * Size: antd's tokens are pixels, so a reader who sets a larger default font in the
 * browser (or turns on 长者模式, which raises the root font) used to keep 14 px labels and
 * inputs. Every size token is derived from `rootPx`, the root element's font size.
 */
export interface ThemeOptions {
  /** The computed font size of <html>, in px (16 by default; 32 at a 200% browser setting). */
  rootPx: number;
  /** 长者模式: larger type and targets, stronger text and borders. */
  elder: boolean;
}

/** The brand blue: 6.1:1 on white, 5.6:1 on the page grey. */
export const BRAND_BLUE = '#1f5fbf';

/** Text colours of the preset tag palettes, each >= 4.5:1 on its palette's lightest shade. */
const PRESET_TEXT = {
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
} as const;

const round = (n: number) => Math.round(n * 100) / 100;

export function buildTheme({ rootPx, elder }: ThemeOptions): ThemeConfig {
  // antd's 14 px body at the default 16 px root; 长者模式 raises the root (see elder-mode.css) and reads at >= 18 px.
  const fontSize = round(rootPx * (elder ? 0.9 : 0.875));
  const controlHeight = Math.round(rootPx * (elder ? 2.4 : 2));
  return {
    token: {
      colorPrimary: BRAND_BLUE,
      colorInfo: BRAND_BLUE,
      colorLink: BRAND_BLUE,
      // Hovered and pressed buttons and links go darker, not lighter: antd's lighter hover (#417dcc) was 4.2:1 under white text.
      colorPrimaryHover: '#184f9f',
      colorPrimaryActive: '#123d7a',
      colorLinkHover: '#184f9f',
      colorLinkActive: '#123d7a',
      colorSuccess: '#237804',
      colorWarning: '#ad4e00',
      colorError: '#cf1322',
      colorText: elder ? 'rgba(0, 0, 0, 0.95)' : 'rgba(0, 0, 0, 0.88)',
      colorTextSecondary: elder ? 'rgba(0, 0, 0, 0.85)' : 'rgba(0, 0, 0, 0.65)',
      colorTextTertiary: elder ? 'rgba(0, 0, 0, 0.8)' : 'rgba(0, 0, 0, 0.62)',
      colorTextDescription: elder ? 'rgba(0, 0, 0, 0.8)' : 'rgba(0, 0, 0, 0.62)',
      // Placeholders and empty-table texts: people read them as labels.
      colorTextQuaternary: elder ? 'rgba(0, 0, 0, 0.75)' : 'rgba(0, 0, 0, 0.6)',
      colorTextPlaceholder: elder ? 'rgba(0, 0, 0, 0.75)' : 'rgba(0, 0, 0, 0.6)',
      // Disabled controls stay visibly disabled (WCAG exempts them from the contrast minimum).
      colorTextDisabled: 'rgba(0, 0, 0, 0.35)',
      colorBorder: elder ? '#6b6b6b' : '#8c8c8c',
      ...PRESET_TEXT,
      borderRadius: 6,
      // antd derives the small, large and heading sizes, and the small and large controls, from these two.
      fontSize,
      controlHeight,
      // Spacing grows with the type (antd's size scale is sizeUnit x (sizeStep + n) px; 4 x 4 at a 16 px root).
      sizeUnit: round(rootPx / 4),
    },
  };
}
