import { useState } from 'react';
import { Alert, App as AntdApp, Button, Card, Flex, Form, Radio, Select, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { useHolders } from '../holders/holders-api.ts';
import { useSession } from '../auth/session-api.ts';
import { EmployerNotVerified, employerIsVerified } from '../employers/employer-not-verified.tsx';
import { APPLICATION_KINDS, type ApplicationKind } from './application-types.ts';
import { useCreateApplication } from './applications-api.ts';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

interface NewApplicationValues {
  holderId: string;
  kind: ApplicationKind;
}

/**
 * HR starts an application for one of the employer's holders. The form keeps
 * one Idempotency-Key for its whole life, so a retry after a network error or
 * a double click returns the same application instead of a second one.
 */
export default function NewApplicationPage() {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data: user } = useSession();
  // An unverified employer has no holders to list and cannot create an application.
  const verified = employerIsVerified(user);
  const holders = useHolders(verified);
  const create = useCreateApplication();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [form] = Form.useForm<NewApplicationValues>();

  const onFinish = (values: NewApplicationValues) =>
    create.mutate(
      { ...values, idempotencyKey },
      {
        onSuccess: ({ application }) => {
          void message.success(t('application.created'));
          void navigate(`/applications/${application.id}`);
        },
      },
    );

  if (!verified) {
    return (
      <>
        <PageTitle>{t('application.new')}</PageTitle>
        <EmployerNotVerified status={user?.employer?.status} />
      </>
    );
  }

  return (
    <>
      <PageTitle>{t('application.new')}</PageTitle>
      <Card style={{ maxWidth: 720 }}>
        <Form<NewApplicationValues>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ holderId: params.get('holderId') ?? undefined, kind: 'renewal_same_employer' }}
          data-testid="new-application-form"
        >
          <Form.Item
            name="holderId"
            label={t('application.holder')}
            rules={[{ required: true, message: t('application.holderRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={holders.isPending}
              options={(holders.data ?? []).map((h) => ({ value: h.id, label: `${h.name} ${h.residentId}` }))}
              data-testid="holder-select"
            />
          </Form.Item>
          <Form.Item name="kind" label={t('application.kindLabel')} rules={[{ required: true }]}>
            <Radio.Group data-testid="kind-radio">
              {/* One option a row, the button beside its label (a block Radio put the button on a line of its own). */}
              <Flex vertical gap={8}>
                {APPLICATION_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} data-testid={`kind-${kind}`}>
                    {t(`application.kind.${kind}`)}
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {t(`application.kindHint.${kind}`)}
                    </Typography.Text>
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          {create.isError && (
            <Alert
              type="error"
              showIcon
              title={errorText(create.error, t)}
              style={{ marginBottom: 16 }}
              data-testid="create-error"
            />
          )}
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-application">
            {t('application.create')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
