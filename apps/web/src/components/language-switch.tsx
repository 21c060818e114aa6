import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n.ts';
import { isLanguage, type Language } from '../i18n/language.ts';

const OPTIONS: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'EN' },
];

/**
 * 中文 / EN; the choice is remembered and sent to the API. Two toggle
 * buttons joined as one control, not antd's Segmented: Button and
 * Space.Compact are on every page already, Segmented only for this (issue 20,
 * ~3.6 KB gzipped off every first load). A named group, each button pressed
 * or not, each label in its own language for screen readers.
 */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { i18n, t } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <Space.Compact role="group" aria-label={t('common.language')} data-testid="language-switch">
      {OPTIONS.map((o) => (
        <Button
          key={o.value}
          size={size}
          type={o.value === current ? 'primary' : 'default'}
          aria-pressed={o.value === current}
          // antd spaces two Chinese characters ("中 文"); the label is a word here, not a phrase.
          autoInsertSpace={false}
          lang={o.value}
          onClick={() => void changeLanguage(o.value)}
        >
          {o.label}
        </Button>
      ))}
    </Space.Compact>
  );
}
