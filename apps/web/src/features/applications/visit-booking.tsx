import { useState } from 'react';
import { App as AntdApp, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { errorText } from '../../api/error-text.ts';
import { useAntdInputClass } from '../../components/antd-input-class.ts';
import { formatDate } from '../../components/format-date.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import type { ApplicationDetail, VisitSlot } from './application-types.ts';
import { useChangeVisit, useVisit, useVisitSlots } from './applications-api.ts';

function slotLabel(slot: VisitSlot, t: TFunction): string {
  return `${formatDate(slot.startsAt)} (${t('application.slotsLeft', { count: slot.available })})`;
}

/** the HR specialist books, moves or cancels the visit to the district talent centre. */
export function VisitBooking({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const slots = useVisitSlots(undefined, dayjs().format('YYYY-MM-DD'));
  const change = useChangeVisit();
  const [slotId, setSlotId] = useState<string | undefined>();
  const booking = useVisit(application.id).data;
  const visit = booking?.status === 'booked' ? booking.slot : null;
  const done = (key: string) => ({
    onSuccess: () => {
      setSlotId(undefined);
      void message.success(t(key));
    },
    onError: (error: unknown) => void message.error(errorText(error, t)),
  });
  const open = (slots.data ?? []).filter((s) => s.available > 0 && s.id !== visit?.id);
  const inputClass = useAntdInputClass();
  return (
    <Card title={t('application.visitTitle')} data-testid="visit-booking" style={{ marginBottom: 16 }}>
      {visit ? (
        <Typography.Paragraph data-testid="visit-booked">
          {t('application.visitBooked', { when: formatDate(visit.startsAt) })}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{t('application.visitNone')}</Typography.Paragraph>
      )}
      {slots.isError ? (
        <LoadFailed error={slots.error} onRetry={() => void slots.refetch()} />
      ) : (
        <Flex gap={8} wrap>
          {/* A native select styled as antd's inputs: antd's Select would add ~22 KB to the page (issue 20). */}
          <select
            className={inputClass}
            style={{ width: 'auto', minWidth: 280 }}
            value={slotId ?? ''}
            onChange={(e) => setSlotId(e.target.value || undefined)}
            aria-label={t('application.chooseSlot')}
            aria-busy={slots.isPending}
            data-testid="slot-select"
          >
            <option value="" disabled>
              {open.length === 0 && !slots.isPending ? t('application.noSlots') : t('application.chooseSlot')}
            </option>
            {open.map((s) => (
              <option key={s.id} value={s.id}>
                {slotLabel(s, t)}
              </option>
            ))}
          </select>
          <Button
            type="primary"
            disabled={!slotId}
            loading={change.isPending && change.variables?.method !== 'DELETE'}
            onClick={() =>
              slotId &&
              change.mutate(
                { id: application.id, method: visit ? 'PUT' : 'POST', slotId },
                done(visit ? 'application.visitMoved' : 'application.visitBookedOk'),
              )
            }
            data-testid="book-visit"
          >
            {visit ? t('application.reschedule') : t('application.book')}
          </Button>
          {visit && (
            <Popconfirm
              title={t('application.cancelVisitConfirm')}
              okText={t('application.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                change.mutate({ id: application.id, method: 'DELETE' }, done('application.visitCancelled'))
              }
            >
              <Button danger data-testid="cancel-visit">
                {t('application.cancelVisit')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
    </Card>
  );
}
