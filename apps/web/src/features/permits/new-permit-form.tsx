import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { showFieldErrors } from '../../components/form-errors.ts';
import { errorText } from '../../api/error-text.ts';
import { shanghaiToday } from '../assessment/today.ts';
import { useRecordNewPermit, type NewPermitResult } from './permits-api.ts';

interface NewPermitValues {
  permitNo: string;
  issuedOn: Dayjs;
  expiresOn: Dayjs;
}

const FMT = 'YYYY-MM-DD';

/**
 * L-5 (issue 17): a permit more than 90 days overdue cannot be endorsed; the
 * clerk records the newly issued permit (新办居住证). The holding years restart
 * from its issue day and the points need a first application. Nothing is
 * stored before the clerk confirms in a dialog.
 */
export function NewPermitForm({ holderId, onDone }: { holderId: string; onDone: (r: NewPermitResult) => void }) {
  const { t } = useTranslation();
  const record = useRecordNewPermit(holderId);
  const [form] = Form.useForm<NewPermitValues>();
  const [today] = useState(shanghaiToday);
  const [confirming, setConfirming] = useState<{ permitNo: string; issuedOn: string; expiresOn: string } | null>(null);
  const store = () => {
    if (!confirming) return;
    record.mutate(confirming, {
      onSuccess: (r) => {
        setConfirming(null);
        onDone(r);
      },
      onError: (error) => {
        setConfirming(null);
        showFieldErrors(form, error, ['permitNo', 'issuedOn', 'expiresOn']);
      },
    });
  };
  return (
    <Card
      title={
        <>
          <Tag>L-5</Tag>
          {t('clerkNew.title')}
        </>
      }
      data-testid="new-permit-form"
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary">{t('clerkNew.intro')}</Typography.Paragraph>
      <Form<NewPermitValues>
        form={form}
        layout="vertical"
        initialValues={{ issuedOn: dayjs(today), expiresOn: dayjs(today).add(1, 'year').subtract(1, 'day') }}
        onValuesChange={(changed: Partial<NewPermitValues>) => {
          if (record.isError) record.reset();
          if (changed.issuedOn) form.setFieldValue('expiresOn', changed.issuedOn.add(1, 'year').subtract(1, 'day'));
        }}
        onFinish={(v) =>
          setConfirming({
            permitNo: v.permitNo.trim(),
            issuedOn: v.issuedOn.format(FMT),
            expiresOn: v.expiresOn.format(FMT),
          })
        }
      >
        <Form.Item
          name="permitNo"
          label={t('clerkNew.permitNo')}
          rules={[{ required: true, whitespace: true, message: t('clerkNew.permitNoRequired') }, { max: 40 }]}
        >
          <Input maxLength={40} autoComplete="off" data-testid="new-permit-no" />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label={t('clerkNew.issuedOn')}
          rules={[{ required: true, message: t('clerkNew.dateRequired') }]}
        >
          <DatePicker
            format={FMT}
            data-testid="new-permit-issued"
            disabledDate={(d) => d.format(FMT) > today || d.isBefore(dayjs(today).subtract(30, 'day'), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="expiresOn"
          label={t('clerkNew.expiresOn')}
          dependencies={['issuedOn']}
          rules={[
            { required: true, message: t('clerkNew.dateRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | undefined) => {
                const issued = getFieldValue('issuedOn') as Dayjs | undefined;
                if (!v || !issued) return Promise.resolve();
                const latest = issued.add(1, 'year').subtract(1, 'day');
                return v.isAfter(issued, 'day') && !v.isAfter(latest, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('clerkNew.expiryRange', { latest: latest.format(FMT) })));
              },
            }),
          ]}
        >
          <DatePicker format={FMT} data-testid="new-permit-expires" />
        </Form.Item>
        {record.isError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={errorText(record.error, t)}
            data-testid="new-permit-error"
          />
        )}
        <Button type="primary" htmlType="submit" data-testid="new-permit-submit">
          {t('clerkNew.submit')}
        </Button>
      </Form>
      <Modal
        open={confirming !== null}
        title={t('clerkNew.confirmTitle')}
        okText={t('clerkNew.confirmOk')}
        cancelText={t('common.cancel')}
        confirmLoading={record.isPending}
        onOk={store}
        onCancel={() => setConfirming(null)}
        okButtonProps={{ 'data-testid': 'new-permit-confirm' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        {confirming && <Typography.Paragraph>{t('clerkNew.confirmText', confirming)}</Typography.Paragraph>}
      </Modal>
    </Card>
  );
}
