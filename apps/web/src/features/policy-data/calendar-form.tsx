import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Space, Upload } from 'antd';
import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CalendarYearDoc } from '@jifen/domain';
import { errorText } from '../../api/error-text.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import {
  calendarDraftBody,
  calendarFormValues,
  importCalendarFile,
  type CalendarFormValues,
} from './calendar-form-values.ts';
import { CalendarYearGrid } from './calendar-year-grid.tsx';
import { useSaveDraft } from './policy-admin-api.ts';
import type { YearFormMode } from './yearly-documents-tab.tsx';

/** What the form is for: a new year, a draft being edited, or a correction of a published year. */
export type CalendarFormMode = YearFormMode;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function initialValues(mode: CalendarFormMode): CalendarFormValues {
  if (mode.kind === 'new')
    return {
      year: mode.year,
      notices: [{ number: '', title: '', date: '', url: '' }],
      holidays: [],
      makeupWorkdays: [],
      source: '',
    };
  const doc = (mode.kind === 'edit' ? mode.document : mode.base).doc as CalendarYearDoc;
  return { ...calendarFormValues(doc), reason: mode.kind === 'edit' ? (mode.document.reason ?? '') : '' };
}

/** D-1: a year's holidays and make-up working days with the notice they come from, entered or imported, seen as a calendar. */
export function CalendarForm({
  mode,
  publishedYears,
  onDone,
  onCancel,
}: {
  mode: CalendarFormMode;
  publishedYears: ReadonlySet<number>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CalendarFormValues>();
  const save = useSaveDraft('calendars');
  const year = Form.useWatch('year', form) as number | undefined;
  const holidays = (Form.useWatch('holidays', form) as CalendarFormValues['holidays'] | undefined) ?? [];
  const makeups = (Form.useWatch('makeupWorkdays', form) as CalendarFormValues['makeupWorkdays'] | undefined) ?? [];
  // A year already published can only be corrected, with a reason (the API refuses it without one too).
  const correcting =
    mode.kind === 'correct' ||
    (mode.kind === 'edit' && mode.document.revision > 1) ||
    (year !== undefined && publishedYears.has(year));
  const title =
    mode.kind === 'new'
      ? t('policyAdmin.calendar.formTitleNew')
      : mode.kind === 'edit'
        ? t('policyAdmin.calendar.formTitleEdit', { year: mode.document.key })
        : t('policyAdmin.calendar.formTitleCorrect', { year: mode.base.key, revision: mode.base.revision });

  const onImport = async (file: File) => {
    const result = importCalendarFile(await file.text());
    if (!result.ok) {
      void message.error(t('policyAdmin.calendar.importFailed', { problem: result.problem }));
      return;
    }
    form.setFieldsValue({ ...result.values, reason: form.getFieldValue('reason') as string | undefined });
    void message.success(
      t('policyAdmin.calendar.imported', {
        year: result.values.year,
        holidays: result.values.holidays.length,
        makeup: result.values.makeupWorkdays.length,
      }),
    );
  };

  const onFinish = (values: CalendarFormValues) =>
    save.mutate(
      { id: mode.kind === 'edit' ? mode.document.id : null, body: calendarDraftBody(values) },
      {
        onSuccess: () => {
          void message.success(t('policyAdmin.actions.saved'));
          onDone();
        },
        onError: (error) => showFieldErrors(form, error, ['year', 'source', 'reason']),
      },
    );

  const required = { required: true, whitespace: true, message: t('policyAdmin.version.required') };
  const dateRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value || !ISO_DATE.test(value.trim())) throw new Error(t('policyAdmin.version.dateFormat'));
    },
  };
  const inYear = {
    validator: async (_: unknown, value: string | undefined) => {
      const y = form.getFieldValue('year') as number | undefined;
      if (value && y && !value.startsWith(`${y}-`))
        throw new Error(t('policyAdmin.calendar.dateNotInYear', { year: y }));
    },
  };

  const dayList = (name: 'holidays' | 'makeupWorkdays') => (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4} data-testid={`${name}-rows`}>
          {fields.map((field) => (
            <Space key={field.key} align="start" size={4}>
              <Form.Item name={[field.name, 'date']} rules={[dateRule, inYear]} style={{ marginBottom: 0 }}>
                <Input
                  placeholder="YYYY-MM-DD"
                  style={{ width: 120 }}
                  aria-label={t('policyAdmin.calendar.date')}
                  data-testid={`${name}-date-${field.name}`}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'zh']} rules={[required]} style={{ marginBottom: 0 }}>
                <Input
                  placeholder={t('policyAdmin.calendar.nameZh')}
                  style={{ width: 130 }}
                  data-testid={`${name}-zh-${field.name}`}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'en']} rules={[required]} style={{ marginBottom: 0 }}>
                <Input
                  placeholder={t('policyAdmin.calendar.nameEn')}
                  style={{ width: 170 }}
                  data-testid={`${name}-en-${field.name}`}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t('policyAdmin.calendar.remove')}
              />
            </Space>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ date: '', zh: '', en: '' })}
            style={{ alignSelf: 'flex-start' }}
            data-testid={`${name}-add`}
          >
            {t('policyAdmin.calendar.addDay')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );

  return (
    <Card
      title={title}
      data-testid="calendar-form"
      extra={
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void onImport(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} title={t('policyAdmin.calendar.importHint')} data-testid="calendar-import">
            {t('policyAdmin.calendar.import')}
          </Button>
        </Upload>
      }
    >
      <Form<CalendarFormValues> form={form} layout="vertical" initialValues={initialValues(mode)} onFinish={onFinish}>
        <Row gutter={24}>
          <Col xs={24} xl={13}>
            <Form.Item
              name="year"
              label={t('policyAdmin.calendar.year')}
              rules={[{ required: true, message: t('policyAdmin.version.required') }]}
            >
              <InputNumber min={1949} max={2200} disabled={mode.kind !== 'new'} data-testid="calendar-year" />
            </Form.Item>
            <Form.Item label={t('policyAdmin.calendar.notices')} required>
              <Form.List name="notices">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={4}>
                    {fields.map((field) => (
                      <Space key={field.key} align="start" wrap>
                        <Form.Item name={[field.name, 'number']} style={{ marginBottom: 0 }}>
                          <Input
                            placeholder={t('policyAdmin.calendar.noticeNumber')}
                            style={{ width: 180 }}
                            data-testid={`notice-number-${field.name}`}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'title']} rules={[required]} style={{ marginBottom: 0 }}>
                          <Input
                            placeholder={t('policyAdmin.calendar.noticeTitle')}
                            style={{ width: 260 }}
                            data-testid={`notice-title-${field.name}`}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'date']} rules={[dateRule]} style={{ marginBottom: 0 }}>
                          <Input
                            placeholder="YYYY-MM-DD"
                            style={{ width: 130 }}
                            aria-label={t('policyAdmin.calendar.noticeDate')}
                            data-testid={`notice-date-${field.name}`}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'url']}
                          rules={[{ required: true, type: 'url', message: t('policyAdmin.calendar.noticeUrl') }]}
                          style={{ marginBottom: 0 }}
                        >
                          <Input
                            placeholder="https://"
                            style={{ width: 260 }}
                            data-testid={`notice-url-${field.name}`}
                          />
                        </Form.Item>
                        {fields.length > 1 && (
                          <Button
                            icon={<DeleteOutlined />}
                            onClick={() => remove(field.name)}
                            aria-label={t('policyAdmin.calendar.remove')}
                          />
                        )}
                      </Space>
                    ))}
                    {fields.length < 5 && (
                      <Button
                        icon={<PlusOutlined />}
                        onClick={() => add({ number: '', title: '', date: '', url: '' })}
                        style={{ alignSelf: 'flex-start' }}
                      >
                        {t('policyAdmin.calendar.addNotice')}
                      </Button>
                    )}
                  </Flex>
                )}
              </Form.List>
            </Form.Item>
            <Form.Item label={t('policyAdmin.calendar.holidays')}>{dayList('holidays')}</Form.Item>
            <Form.Item label={t('policyAdmin.calendar.makeupWorkdays')}>{dayList('makeupWorkdays')}</Form.Item>
            <Form.Item name="source" label={t('policyAdmin.calendar.source')} rules={[required]}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="calendar-source" />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('policyAdmin.calendar.reason')}
              rules={
                correcting
                  ? [{ required: true, whitespace: true, message: t('policyAdmin.calendar.reasonRequired') }]
                  : []
              }
            >
              <Input.TextArea rows={2} maxLength={500} data-testid="calendar-reason" />
            </Form.Item>
            {save.isError && (
              <Alert type="error" showIcon title={errorText(save.error, t)} style={{ marginBottom: 12 }} />
            )}
            <Space>
              <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="calendar-save">
                {t('policyAdmin.actions.save')}
              </Button>
              <Button onClick={onCancel}>{t('policyAdmin.actions.cancel')}</Button>
            </Space>
          </Col>
          <Col xs={24} xl={11}>
            {year !== undefined && year >= 1949 && year <= 2200 && (
              <CalendarYearGrid year={year} holidays={holidays} makeupWorkdays={makeups} />
            )}
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
