import { App as AntdApp, Button, Card, DatePicker, Form, InputNumber, Table, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { useSession } from '../auth/session-api.ts';
import { formatDate } from '../../components/format-date.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { usePublishSlot, useVisitSlots } from '../applications/applications-api.ts';
import type { VisitSlot } from '../applications/application-types.ts';
import '../applications/messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

interface SlotValues {
  day: Dayjs;
  time: Dayjs;
  capacity: number;
}

/** the talent centre publishes the times at which HR specialists may bring M-1..M-4. */
export default function VisitSlotsPage() {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const { data: user } = useSession();
  const today = dayjs().format('YYYY-MM-DD');
  const slots = useVisitSlots(user?.district?.code, today);
  const publish = usePublishSlot();
  const [form] = Form.useForm<SlotValues>();

  const onFinish = ({ day, time, capacity }: SlotValues) => {
    const at = (clock: Dayjs) => day.hour(clock.hour()).minute(clock.minute()).second(0).millisecond(0).toISOString();
    publish.mutate(
      { startsAt: at(time), capacity },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('application.slotPublished'));
        },
        onError: (error) => void message.error(errorText(error, t)),
      },
    );
  };

  return (
    <>
      <PageTitle>{t('application.slotsTitle')}</PageTitle>
      <Card style={{ marginBottom: 16, maxWidth: 900 }}>
        <Form<SlotValues>
          form={form}
          layout="inline"
          onFinish={onFinish}
          initialValues={{ capacity: 5 }}
          data-testid="slot-form"
        >
          <Form.Item
            name="day"
            label={t('application.slotDay')}
            rules={[{ required: true, message: t('application.required') }]}
          >
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="slot-day" />
          </Form.Item>
          <Form.Item
            name="time"
            label={t('application.slotTime')}
            rules={[{ required: true, message: t('application.required') }]}
          >
            <TimePicker format="HH:mm" minuteStep={15} data-testid="slot-time" />
          </Form.Item>
          <Form.Item
            name="capacity"
            label={t('application.slotCapacity')}
            rules={[{ required: true, message: t('application.required') }]}
          >
            <InputNumber min={1} max={50} data-testid="slot-capacity" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={publish.isPending} data-testid="publish-slot">
            {t('application.publish')}
          </Button>
        </Form>
      </Card>
      {slots.isError ? (
        <LoadFailed error={slots.error} onRetry={() => void slots.refetch()} />
      ) : (
        <Table<VisitSlot>
          rowKey="id"
          data-testid="slots-table"
          loading={slots.isPending}
          dataSource={slots.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('application.noSlots') }}
          columns={[
            {
              title: t('application.slotStarts'),
              dataIndex: 'startsAt',
              render: (v: string) => formatDate(v),
              sorter: (a, b) => a.startsAt.localeCompare(b.startsAt),
              defaultSortOrder: 'ascend',
            },
            { title: t('application.slotCapacity'), dataIndex: 'capacity' },
            { title: t('application.slotBooked'), dataIndex: 'booked' },
            { title: t('application.slotAvailable'), dataIndex: 'available' },
          ]}
        />
      )}
    </>
  );
}
