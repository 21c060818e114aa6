import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n.ts';
import { isLanguage, type Language } from '../i18n/language.ts';

const OPTIONS: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'EN' },
];

/** 中文 / EN; the choice is remembered and sent to the API. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { i18n, t } = useTranslation();
  return (
    <Segmented<Language>
      size={size}
      aria-label={t('common.language')}
      data-testid="language-switch"
      value={isLanguage(i18n.language) ? i18n.language : 'zh-CN'}
      options={OPTIONS}
      onChange={(value) => void changeLanguage(value)}
    />
  );
}
