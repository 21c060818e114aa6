import { App as AntdApp, Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import { clearDraft, readDraft, writeDraft } from '../../components/session-draft.ts';
import { useDistricts } from '../reference/districts-api.ts';
import { STAFF_ROLES, type CreateUserRequest } from '../../api/contract-types.ts';
import { useCreateStaff } from './users-api.ts';

const DRAFT_KEY = 'create-staff';
const FIELDS = ['username', 'displayName', 'role', 'password', 'district', 'centreId'] as const;
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

function isStrongPassword(value: string): boolean {
  return value.length >= 10 && /[A-Za-z]/.test(value) && /\d/.test(value);
}

/** A staff account: reviewers and clerks belong to a district, clerks to a community centre. */
export function CreateStaffForm() {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<CreateUserRequest>();
  const create = useCreateStaff();
  const districts = useDistricts();
  const role = Form.useWatch('role', form);
  const districtCode = Form.useWatch('district', form);
  const needsDistrict = role === 'reviewer' || role === 'clerk';
  const centres = districts.data?.find((d) => d.code === districtCode)?.centres.filter((c) => c.kind === 'community') ?? [];

  const onFinish = (values: CreateUserRequest) =>
    create.mutate(values, {
      onSuccess: ({ user }) => {
        void message.success(t('admin.staffCreated', { username: user.username }));
        clearDraft(DRAFT_KEY);
        form.resetFields();
      },
      onError: (error) => {
        if (!showFieldErrors(form, error, FIELDS)) void message.error(errorText(error, t));
      },
    });

  return (
    <Card title={t('admin.createStaff')} style={{ maxWidth: 560 }}>
      <Form<CreateUserRequest>
        form={form}
        layout="vertical"
        initialValues={readDraft<CreateUserRequest>(DRAFT_KEY)}
        onValuesChange={(_, all) => writeDraft(DRAFT_KEY, all, ['password'])}
        onFinish={onFinish}
        data-testid="create-staff-form"
      >
        <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('validation.required') }, { pattern: USERNAME_PATTERN, message: t('validation.username') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('admin.displayName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('common.role')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        {needsDistrict && (
          <Form.Item name="district" label={t('employer.district')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select loading={districts.isPending} showSearch={{ optionFilterProp: 'label' }} options={districts.data?.map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
        )}
        {role === 'clerk' && (
          <Form.Item name="centreId" label={t('admin.centre')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select disabled={!districtCode} options={centres.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={t('admin.initialPassword')}
          rules={[{ required: true, message: t('validation.required') }, { validator: async (_, v: string | undefined) => { if (v && !isStrongPassword(v)) throw new Error(t('validation.password')); } }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>{t('admin.create')}</Button>
      </Form>
    </Card>
  );
}
