import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES } from '@jifen/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from './audit-api.ts';
import { useUsers } from '../users/users-api.ts';
import './messages.ts';

interface FormValues {
  actorId?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const SYSTEM = 'system';

/** The audit log's filters; they are applied on the server and kept in the page's URL. */
export function AuditFiltersForm({ value, onChange }: { value: AuditFilters; onChange: (next: AuditFilters) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const users = useUsers();
  const [form] = Form.useForm<FormValues>();
  const initial: FormValues = {
    ...(value.actorId ? { actorId: value.actorId } : {}),
    ...(value.action ? { action: value.action } : {}),
    ...(value.subjectType ? { subjectType: value.subjectType } : {}),
    ...(value.subjectId ? { subjectId: value.subjectId } : {}),
    range: value.from || value.to ? [value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null] : null,
  };
  const submit = (v: FormValues) => {
    const next: AuditFilters = {};
    if (v.actorId) next.actorId = v.actorId;
    if (v.action) next.action = v.action;
    if (v.subjectType) next.subjectType = v.subjectType;
    if (v.subjectId?.trim()) next.subjectId = v.subjectId.trim();
    if (v.range?.[0]) next.from = v.range[0].format('YYYY-MM-DD');
    if (v.range?.[1]) next.to = v.range[1].format('YYYY-MM-DD');
    onChange(next);
  };
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={initial}
      onFinish={submit}
      key={JSON.stringify(value)}
      data-testid="audit-filters"
      style={{ rowGap: 8 }}
    >
      <Form.Item name="actorId" label={t('audit.actor')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          placeholder={t('audit.anyActor')}
          loading={users.isPending}
          data-testid="filter-actor"
          options={[
            { value: SYSTEM, label: t('audit.system') },
            ...(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
          ]}
        />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 260 }}
          placeholder={t('audit.anyAction')}
          data-testid="filter-action"
          options={AUDIT_ACTIONS.map((code) => ({ value: code, label: AUDIT_ACTION_LABELS[code][lang] }))}
        />
      </Form.Item>
      <Form.Item name="subjectType" label={t('audit.subject')}>
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('audit.anySubjectType')}
          data-testid="filter-subject-type"
          options={AUDIT_SUBJECT_TYPES.map((type) => ({ value: type, label: t(`audit.subjectTypes.${type}`) }))}
        />
      </Form.Item>
      <Form.Item name="subjectId">
        <Input
          allowClear
          style={{ width: 300 }}
          placeholder={t('audit.subjectIdPlaceholder')}
          data-testid="filter-subject-id"
          maxLength={60}
        />
      </Form.Item>
      <Form.Item name="range" label={t('audit.dates')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} data-testid="filter-dates" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="apply-filters">
            {t('audit.applyFilters')}
          </Button>
          <Button onClick={() => onChange({})} data-testid="clear-filters">
            {t('audit.clearFilters')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
