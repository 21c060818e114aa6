import { App as AntdApp, Button, Checkbox, DatePicker, Form, InputNumber, Popconfirm, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text.ts';
import { type RecordsView, type SiMonth, useSaveRecords } from './holder-data-api.ts';
import { monthRange } from './month-range.ts';

interface AddValues {
  range: [Dayjs, Dayjs];
  paid: boolean;
  backPaid: boolean;
  base?: number;
}

/** Social insurance and tax months (C-1, C-3): the table, adding a run of months, removing one. */
export function RecordsEditor({
  holderId,
  records,
  editable,
}: {
  holderId: string;
  records: RecordsView;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const save = useSaveRecords(holderId);
  const [form] = Form.useForm<AddValues>();
  const months = [...records.months].sort((a, b) => b.month.localeCompare(a.month));

  const put = (next: SiMonth[], done: string) =>
    save.mutate(
      { months: next, expectedVersion: records.version },
      { onSuccess: () => void message.success(t(done)), onError: (error) => void message.error(errorText(error, t)) },
    );

  const onAdd = ({ range, paid, backPaid, base }: AddValues) => {
    const added = monthRange(range[0].format('YYYY-MM'), range[1].format('YYYY-MM'));
    const kept = records.months.filter((m) => !added.includes(m.month));
    put(
      [
        ...kept,
        ...added.map((month) => ({ month, paid, ...(backPaid ? { backPaid } : {}), ...(base ? { base } : {}) })),
      ],
      'holderData.recordsSaved',
    );
    form.resetFields();
  };

  return (
    <>
      {editable && (
        <Form<AddValues>
          form={form}
          layout="inline"
          onFinish={onAdd}
          initialValues={{ paid: true, backPaid: false }}
          style={{ marginBottom: 12, rowGap: 8 }}
          data-testid="records-add-form"
        >
          <Form.Item
            name="range"
            label={t('holderData.months')}
            rules={[{ required: true, message: t('holderData.required') }]}
          >
            <DatePicker.RangePicker picker="month" format="YYYY-MM" data-testid="records-range" />
          </Form.Item>
          <Form.Item name="base" label={t('holderData.base')}>
            <InputNumber min={0} max={200000} data-testid="records-base" />
          </Form.Item>
          <Form.Item name="paid" valuePropName="checked">
            <Checkbox data-testid="records-paid">{t('holderData.paid')}</Checkbox>
          </Form.Item>
          <Form.Item name="backPaid" valuePropName="checked">
            <Checkbox>{t('holderData.backPaid')}</Checkbox>
          </Form.Item>
          <Button htmlType="submit" loading={save.isPending} data-testid="records-add">
            {t('holderData.addMonths')}
          </Button>
        </Form>
      )}
      <Table<SiMonth>
        rowKey="month"
        size="small"
        data-testid="records-table"
        dataSource={months}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        locale={{ emptyText: t('holderData.noRecords') }}
        columns={[
          // A month is one unit ("2026-10", never "2026-" over "10"), kept in view while the table scrolls.
          {
            title: t('holderData.month'),
            dataIndex: 'month',
            fixed: 'left' as const,
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          },
          {
            title: t('holderData.paid'),
            key: 'paid',
            render: (_, m) =>
              m.backPaid ? (
                <Tag color="orange">{t('holderData.backPaid')}</Tag>
              ) : m.paid ? (
                <Tag color="green">{t('holderData.paid')}</Tag>
              ) : (
                <Tag>{t('holderData.unpaid')}</Tag>
              ),
          },
          { title: t('holderData.base'), dataIndex: 'base' },
          { title: t('holderData.employerUscc'), dataIndex: 'employerUscc' },
          { title: t('holderData.taxDeclarers'), key: 'tax', render: (_, m) => (m.taxDeclarers ?? []).join(', ') },
          { title: t('holderData.taxedIncome'), dataIndex: 'taxedIncome' },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'remove',
                  fixed: 'right' as const,
                  render: (_: unknown, m: SiMonth) => (
                    <Popconfirm
                      title={t('holderData.removeMonth', { month: m.month })}
                      okText={t('holderData.remove')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        put(
                          records.months.filter((x) => x.month !== m.month),
                          'holderData.recordsSaved',
                        )
                      }
                    >
                      <Button size="small" type="link" danger>
                        {t('holderData.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
