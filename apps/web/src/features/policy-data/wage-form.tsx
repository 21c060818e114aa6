import { Alert, App, Button, Card, Form, Input, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WageDraftRequest } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import { useSaveDraft } from './policy-admin-api.ts';
import type { YearFormMode } from './yearly-documents-tab.tsx';

export type WageFormMode = YearFormMode;

interface WageFormValues {
  year: number;
  monthlyAverage: number;
  source: string;
  reason?: string;
}

/** The wage row a document holds (S-9): year, figure and source. */
interface WageRow {
  year: number;
  monthlyAverage: number;
  source: string;
}

function initialValues(mode: WageFormMode): Partial<WageFormValues> {
  if (mode.kind === 'new') return { year: mode.year };
  const row = (mode.kind === 'edit' ? mode.document : mode.base).doc as WageRow;
  return {
    year: row.year,
    monthlyAverage: row.monthlyAverage,
    source: row.source,
    reason: mode.kind === 'edit' ? (mode.document.reason ?? '') : '',
  };
}

/** S-9: one year's average monthly wage and where it was announced. */
export function WageForm({
  mode,
  publishedYears,
  onDone,
  onCancel,
}: {
  mode: WageFormMode;
  publishedYears: ReadonlySet<number>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WageFormValues>();
  const save = useSaveDraft('wages');
  const year = Form.useWatch('year', form) as number | undefined;
  // A year already published can only be corrected, with a reason (the API refuses it without one too).
  const correcting =
    mode.kind === 'correct' ||
    (mode.kind === 'edit' && mode.document.revision > 1) ||
    (year !== undefined && publishedYears.has(year));
  const title =
    mode.kind === 'new'
      ? t('policyAdmin.wage.formTitleNew')
      : mode.kind === 'edit'
        ? t('policyAdmin.wage.formTitleEdit', { year: mode.document.key })
        : t('policyAdmin.wage.formTitleCorrect', { year: mode.base.key, revision: mode.base.revision });
  const required = { required: true, message: t('policyAdmin.version.required') };

  const onFinish = (values: WageFormValues) => {
    const reason = values.reason?.trim();
    const body: WageDraftRequest = {
      year: values.year,
      monthlyAverage: values.monthlyAverage,
      source: values.source.trim(),
      ...(reason ? { reason } : {}),
    };
    save.mutate(
      { id: mode.kind === 'edit' ? mode.document.id : null, body },
      {
        onSuccess: () => {
          void message.success(t('policyAdmin.actions.saved'));
          onDone();
        },
        onError: (error) => showFieldErrors(form, error, ['year', 'monthlyAverage', 'source', 'reason']),
      },
    );
  };

  return (
    <Card title={title} data-testid="wage-form">
      <Form<WageFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(mode)}
        onFinish={onFinish}
        style={{ maxWidth: 640 }}
      >
        <Form.Item name="year" label={t('policyAdmin.wage.year')} rules={[required]}>
          <InputNumber min={1990} max={2200} disabled={mode.kind !== 'new'} data-testid="wage-year" />
        </Form.Item>
        <Form.Item name="monthlyAverage" label={t('policyAdmin.wage.monthlyAverage')} rules={[required]}>
          <InputNumber min={1000} max={1_000_000} precision={0} style={{ width: 200 }} data-testid="wage-amount" />
        </Form.Item>
        <Form.Item name="source" label={t('policyAdmin.wage.source')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="wage-source" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('policyAdmin.wage.reason')}
          rules={
            correcting ? [{ required: true, whitespace: true, message: t('policyAdmin.calendar.reasonRequired') }] : []
          }
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="wage-reason" />
        </Form.Item>
        {save.isError && <Alert type="error" showIcon title={errorText(save.error, t)} style={{ marginBottom: 12 }} />}
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="wage-save">
            {t('policyAdmin.actions.save')}
          </Button>
          <Button onClick={onCancel}>{t('policyAdmin.actions.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
