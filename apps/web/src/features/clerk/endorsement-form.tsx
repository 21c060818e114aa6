import { Alert, Button, Card, DatePicker, Form, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useEndorse, type EndorseResult } from '../holder-data/permits-api.ts';
import { previewEndorsement } from './endorsement-outcome.ts';

interface EndorsementValues {
  endorsedOn: Dayjs;
  newExpiresOn: Dayjs;
}

const FMT = 'YYYY-MM-DD';
const OUTCOME_COLOURS = { continuous: 'success', years_restart: 'warning', new_application: 'warning', must_reapply: 'error' } as const;

interface EndorsementFormProps {
  holderId: string;
  expiresOn: string;
  onDone: (result: EndorseResult) => void;
}

/** L-7: the clerk records an endorsement (签注); the outcome (L-2..L-5) shows before saving. */
export function EndorsementForm({ holderId, expiresOn, onDone }: EndorsementFormProps) {
  const { t } = useTranslation();
  const endorse = useEndorse(holderId);
  const [form] = Form.useForm<EndorsementValues>();
  const endorsedOn = Form.useWatch('endorsedOn', form);
  const preview = endorsedOn ? previewEndorsement(expiresOn, endorsedOn.format(FMT)) : null;
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  const today = dayjs();
  const initialExpiry = dayjs(expiresOn).isBefore(today) ? today.add(1, 'year').subtract(1, 'day') : dayjs(expiresOn).add(1, 'year');

  const onFinish = (values: EndorsementValues) =>
    endorse.mutate(
      { endorsedOn: values.endorsedOn.format(FMT), newExpiresOn: values.newExpiresOn.format(FMT) },
      { onSuccess: onDone, onError: (error) => showFieldErrors(form, error, ['endorsedOn', 'newExpiresOn']) },
    );

  return (
    <Card title={t('clerk5.endorseTitle')} data-testid="endorsement-form" style={{ marginBottom: 16 }}>
      <Form<EndorsementValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ endorsedOn: today, newExpiresOn: initialExpiry }}>
        <Form.Item
          name="endorsedOn"
          label={t('clerk5.endorsedOn')}
          rules={[
            { required: true, message: t('clerk5.endorsedOnRequired') },
            { validator: (_, v: Dayjs | undefined) => (v && v.isAfter(today, 'day') ? Promise.reject(new Error(t('clerk5.notInFuture'))) : Promise.resolve()) },
          ]}
        >
          <DatePicker format={FMT} data-testid="endorsed-on" />
        </Form.Item>
        <Form.Item
          name="newExpiresOn"
          label={t('clerk5.newExpiresOn')}
          dependencies={['endorsedOn']}
          rules={[
            { required: true, message: t('clerk5.newExpiresOnRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | undefined) => {
                const on = getFieldValue('endorsedOn') as Dayjs | undefined;
                if (v && on && !v.isAfter(on, 'day')) return Promise.reject(new Error(t('clerk5.afterEndorsed')));
                if (v && !v.isAfter(dayjs(expiresOn), 'day')) return Promise.reject(new Error(t('clerk5.afterCurrent', { date: expiresOn })));
                return Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker format={FMT} data-testid="new-expires-on" />
        </Form.Item>
        {preview && (
          <Alert
            type={OUTCOME_COLOURS[preview.kind]}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="endorsement-preview"
            data-kind={preview.kind}
            title={<><Tag>{preview.ruleId}</Tag>{t(`clerk5.outcome.${preview.kind}`, { days: preview.daysOverdue })}</>}
            description={<Typography.Text type="secondary">{preview.stateLabel[lang]} · {preview.holdingReason[lang]}</Typography.Text>}
          />
        )}
        {endorse.isError && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorText(endorse.error, t)} data-testid="endorse-error" />}
        <Button type="primary" htmlType="submit" loading={endorse.isPending} disabled={preview?.kind === 'must_reapply'} data-testid="endorse-submit">
          {t('clerk5.endorse')}
        </Button>
      </Form>
    </Card>
  );
}
