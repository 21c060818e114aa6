import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Modal, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { EndorsedPermit } from '@jifen/domain';
import { errorText } from '../../api/error-text.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { shanghaiToday } from '../assessment/today.ts';
import { useEndorse, type EndorseResult } from './permits-api.ts';
import { usePolicySet } from '../../api/policy-data.ts';
import { previewEndorsement, proposedNewExpiry } from './endorsement-outcome.ts';

interface EndorsementValues {
  endorsedOn: Dayjs;
  newExpiresOn: Dayjs;
}

const FMT = 'YYYY-MM-DD';
const OUTCOME_COLOURS = { continuous: 'success', years_restart: 'warning', new_application: 'warning' } as const;

interface EndorsementFormProps {
  holderId: string;
  permit: EndorsedPermit;
  onDone: (result: EndorseResult) => void;
}

/**
 * L-7: the clerk records an endorsement (签注). The outcome (L-2..L-5) and
 * the possible new expiry dates come from the same domain rule the API
 * applies; the proposed expiry is the latest that rule allows. Nothing is
 * stored before the clerk confirms in a dialog, so Enter in a date field
 * cannot endorse by accident.
 */
export function EndorsementForm({ holderId, permit, onDone }: EndorsementFormProps) {
  const { t } = useTranslation();
  const endorse = useEndorse(holderId);
  // The published policy data, as the server decides with it (the bundled copy until it has loaded).
  const policies = usePolicySet();
  const [form] = Form.useForm<EndorsementValues>();
  const [confirming, setConfirming] = useState<{ endorsedOn: string; newExpiresOn: string } | null>(null);
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  const [today] = useState(shanghaiToday);
  const [initialValues] = useState(() => {
    const proposed = proposedNewExpiry(permit, today, today, policies);
    return { endorsedOn: dayjs(today), newExpiresOn: proposed ? dayjs(proposed) : undefined };
  });
  const endorsedOn = Form.useWatch('endorsedOn', form) as Dayjs | undefined;
  const newExpiresOn = Form.useWatch('newExpiresOn', form) as Dayjs | undefined;
  const endorsedOnText = endorsedOn?.format(FMT);
  const preview = endorsedOnText
    ? previewEndorsement(permit, endorsedOnText, newExpiresOn?.format(FMT), today, policies)
    : null;
  const window = endorsedOnText ? previewEndorsement(permit, endorsedOnText, undefined, today, policies) : null;

  const onValuesChange = (changed: Partial<EndorsementValues>) => {
    // A refusal from an earlier attempt no longer describes what is on screen.
    if (endorse.isError) endorse.reset();
    if (changed.endorsedOn) {
      // Keep the new expiry inside the rule's window for the new endorsement day.
      const proposed = proposedNewExpiry(permit, changed.endorsedOn.format(FMT), today, policies);
      const current = form.getFieldValue('newExpiresOn') as Dayjs | undefined;
      const check = current
        ? previewEndorsement(permit, changed.endorsedOn.format(FMT), current.format(FMT), today, policies)
        : null;
      if (proposed && (!check || !check.ok)) form.setFieldValue('newExpiresOn', dayjs(proposed));
    }
  };

  const store = () => {
    if (!confirming) return;
    endorse.mutate(confirming, {
      onSuccess: (result) => {
        setConfirming(null);
        onDone(result);
      },
      onError: (error) => {
        setConfirming(null);
        showFieldErrors(form, error, ['endorsedOn', 'newExpiresOn']);
      },
    });
  };

  const outsideWindow = (d: Dayjs) =>
    window?.ok === true &&
    (d.format(FMT) < window.window.earliestNewExpiry || d.format(FMT) > window.window.latestNewExpiry);

  return (
    <Card title={t('endorsement.endorseTitle')} data-testid="endorsement-form" style={{ marginBottom: 16 }}>
      <Form<EndorsementValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={(values) =>
          setConfirming({ endorsedOn: values.endorsedOn.format(FMT), newExpiresOn: values.newExpiresOn.format(FMT) })
        }
      >
        <Form.Item
          name="endorsedOn"
          label={t('endorsement.endorsedOn')}
          rules={[
            { required: true, message: t('endorsement.endorsedOnRequired') },
            {
              validator: (_, v: Dayjs | undefined) =>
                v && v.format(FMT) > today
                  ? Promise.reject(new Error(t('endorsement.notInFuture')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker format={FMT} data-testid="endorsed-on" disabledDate={(d) => d.format(FMT) > today} />
        </Form.Item>
        <Form.Item
          name="newExpiresOn"
          label={t('endorsement.newExpiresOn')}
          dependencies={['endorsedOn']}
          extra={
            window?.ok
              ? t('endorsement.expiryRange', {
                  from: window.window.earliestNewExpiry,
                  to: window.window.latestNewExpiry,
                })
              : undefined
          }
          rules={[
            { required: true, message: t('endorsement.newExpiresOnRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | undefined) => {
                const on = getFieldValue('endorsedOn') as Dayjs | undefined;
                if (!v || !on) return Promise.resolve();
                const checked = previewEndorsement(permit, on.format(FMT), v.format(FMT), today, policies);
                if (checked.ok || checked.blocksEndorsedOn) return Promise.resolve();
                return Promise.reject(new Error(checked.problems.map((p) => p[lang]).join('；')));
              },
            }),
          ]}
        >
          <DatePicker format={FMT} data-testid="new-expires-on" disabledDate={outsideWindow} />
        </Form.Item>
        {preview?.ok && (
          <Alert
            type={OUTCOME_COLOURS[preview.window.outcome]}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="endorsement-preview"
            data-kind={preview.window.outcome}
            title={
              <>
                <Tag>{preview.window.ruleId}</Tag>
                {t(`endorsement.outcome.${preview.window.outcome}`, { days: Math.max(0, preview.window.daysOverdue) })}
              </>
            }
            description={
              <Typography.Text type="secondary">
                {preview.window.stateLabel[lang]} · {preview.window.notes.map((n) => n[lang]).join(' · ')}
              </Typography.Text>
            }
          />
        )}
        {preview && !preview.ok && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="endorsement-preview"
            data-kind="refused"
            title={
              <>
                {preview.ruleId && <Tag>{preview.ruleId}</Tag>}
                {preview.message[lang]}
              </>
            }
            description={preview.problems.length > 0 ? preview.problems.map((p) => p[lang]).join('；') : undefined}
          />
        )}
        {endorse.isError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={errorText(endorse.error, t)}
            data-testid="endorse-error"
          />
        )}
        <Button type="primary" htmlType="submit" disabled={preview?.ok === false} data-testid="endorse-submit">
          {t('endorsement.endorse')}
        </Button>
      </Form>
      <Modal
        open={confirming !== null}
        title={t('endorsement.confirmTitle')}
        okText={t('endorsement.confirmOk')}
        cancelText={t('common.cancel')}
        confirmLoading={endorse.isPending}
        onOk={store}
        onCancel={() => setConfirming(null)}
        okButtonProps={{ 'data-testid': 'endorse-confirm' } as Record<`data-${string}`, string>}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('endorsement.confirmText')}</Typography.Paragraph>
        {confirming && (
          <Descriptions column={1} size="small" data-testid="endorse-confirm-summary">
            <Descriptions.Item label={t('endorsement.endorsedOn')}>{confirming.endorsedOn}</Descriptions.Item>
            <Descriptions.Item label={t('endorsement.newExpiresOn')}>{confirming.newExpiresOn}</Descriptions.Item>
            {preview?.ok && (
              <Descriptions.Item label={t('endorsement.outcomeLabel')}>
                <Tag>{preview.window.ruleId}</Tag>
                {t(`endorsement.outcome.${preview.window.outcome}`, { days: Math.max(0, preview.window.daysOverdue) })}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Modal>
    </Card>
  );
}
