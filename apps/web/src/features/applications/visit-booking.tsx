import { useState } from 'react';
import { App as AntdApp, Button, Card, Flex, Popconfirm, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { errorText } from '../../api/error-text.ts';
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
          <Select
            style={{ minWidth: 280 }}
            value={slotId}
            onChange={setSlotId}
            loading={slots.isPending}
            placeholder={open.length === 0 && !slots.isPending ? t('application.noSlots') : t('application.chooseSlot')}
            options={open.map((s) => ({ value: s.id, label: slotLabel(s, t) }))}
            aria-label={t('application.chooseSlot')}
            data-testid="slot-select"
          />
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
