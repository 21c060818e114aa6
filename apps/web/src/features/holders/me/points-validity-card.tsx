import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HolderDetail } from '../../../api/contract-types.ts';
import '../records/messages.ts';

const VALID_STATES = ['valid', 'renewal_window'];

/**
 * L-1: points are valid until the expiry of the permit period their cycle
 * was approved for. An endorsement extends the permit only (issue 17): until
 * a renewal is approved the card says so, and in the late window it names
 * the day the points are cleared (L-4).
 */
export function PointsValidityCard({ holder }: { holder: HolderDetail }) {
  const { t } = useTranslation();
  const state = holder.lifecycle?.state;
  const expiresOn = holder.points?.expiresOn ?? holder.permit?.expiresOn;
  if (!state || !expiresOn) return null;
  const valid = VALID_STATES.includes(state);
  const notes: string[] = [];
  const permitExpiry = holder.permit?.expiresOn;
  if (holder.points && permitExpiry && permitExpiry > holder.points.expiresOn) {
    notes.push(t('holderData.endorsedNotRenewed', { permit: permitExpiry, points: holder.points.expiresOn }));
  }
  if (holder.points && state === 'grace') notes.push(t('holderData.clearsOn', { date: holder.points.clearsOn }));
  return (
    <Alert
      type={valid ? (state === 'valid' ? 'success' : 'warning') : 'error'}
      showIcon
      style={{ maxWidth: 760, marginBottom: 16 }}
      data-testid="points-validity"
      data-valid={String(valid)}
      title={
        <>
          <Tag>L-1</Tag>
          {valid
            ? t('holderData.validUntil', { date: expiresOn })
            : t('holderData.validityLapsed', { state: t(`lifecycle.${state}`) })}
        </>
      }
      description={
        notes.length > 0
          ? notes.map((n) => (
              <div key={n} data-testid="points-validity-note">
                {n}
              </div>
            ))
          : undefined
      }
    />
  );
}
