import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HolderDetail } from '../../api/contract-types.ts';
import '../holder-data/messages.ts';

const VALID_STATES = ['valid', 'renewal_window'];

/** L-1: points are valid exactly as long as the permit; shown on the holder's home. */
export function PointsValidityCard({ holder }: { holder: HolderDetail }) {
  const { t } = useTranslation();
  const state = holder.lifecycle?.state;
  const expiresOn = holder.permit?.expiresOn;
  if (!state || !expiresOn) return null;
  const valid = VALID_STATES.includes(state);
  return (
    <Alert
      type={valid ? (state === 'valid' ? 'success' : 'warning') : 'error'}
      showIcon
      style={{ maxWidth: 760, marginBottom: 16 }}
      data-testid="points-validity"
      data-valid={String(valid)}
      title={<><Tag>L-1</Tag>{valid ? t('holderData.validUntil', { date: expiresOn }) : t('holderData.validityLapsed', { state: t(`lifecycle.${state}`) })}</>}
    />
  );
}
