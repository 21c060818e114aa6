import { App as AntdApp, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import { clearDraft, readDraft, writeDraft } from '../../components/session-draft.ts';
import type { CreateUserRequest } from '../../api/contract-types.ts';
import { StaffScopeFields } from './staff-scope-fields.tsx';
import { useCreateStaff } from './users-api.ts';
import './messages.ts';

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
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[
            { required: true, message: t('validation.required') },
            { pattern: USERNAME_PATTERN, message: t('validation.username') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('admin.displayName')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 60 }]}
        >
          <Input />
        </Form.Item>
        <StaffScopeFields form={form} />
        <Form.Item
          name="password"
          label={t('admin.initialPassword')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: async (_, v: string | undefined) => {
                if (v && !isStrongPassword(v)) throw new Error(t('validation.password'));
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('admin.create')}
        </Button>
      </Form>
    </Card>
  );
}
