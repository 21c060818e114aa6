import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useElderMode } from './elder-mode.tsx';
import './messages.ts';

/** The header's 长者模式 toggle: a button that stays pressed while the mode is on. */
export function ElderModeSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { elder, setElder } = useElderMode();
  return (
    <Button
      size={size}
      type={elder ? 'primary' : 'default'}
      aria-pressed={elder}
      title={t('accessibility.elderModeHint')}
      onClick={() => setElder(!elder)}
      data-testid="elder-mode"
    >
      {t('accessibility.elderMode')}
    </Button>
  );
}
