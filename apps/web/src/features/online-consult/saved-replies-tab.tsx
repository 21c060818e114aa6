import { useState } from 'react';
import { Alert, App as AntdApp, Button, Card, Flex, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SavedReply, SaveSavedReplyRequest } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { RuleTags } from './instant-answers.tsx';
import { useDeleteSavedReply, useSavedReplies, useSaveSavedReply } from './online-consult-api.ts';
import { ruleIdsIn } from './rule-ids.ts';
import './messages.ts';

interface FormValues {
  slug: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  ruleIds: string;
}

const toForm = (r: SavedReply): FormValues => ({
  slug: r.slug,
  titleZh: r.title.zh,
  titleEn: r.title.en,
  bodyZh: r.body.zh,
  bodyEn: r.body.en,
  ruleIds: r.ruleIds.join(' '),
});

/** Issue #14: the consultants keep their saved replies (the texts the answer box inserts, with their rule IDs) up to date themselves. */
export function SavedRepliesTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = AntdApp.useApp();
  const list = useSavedReplies();
  const save = useSaveSavedReply();
  const remove = useDeleteSavedReply();
  const [form] = Form.useForm<FormValues>();
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  const open = (target: SavedReply | 'new') => {
    save.reset();
    setEditing(target === 'new' ? 'new' : target.id);
  };
  const current = editing && editing !== 'new' ? list.data?.find((r) => r.id === editing) : undefined;
  // The form's store outlives the form: emptied on closing, the next reply opens with its own values.
  const close = () => {
    form.resetFields();
    setEditing(null);
  };
  const onFinish = (v: FormValues) => {
    const body: SaveSavedReplyRequest = {
      slug: v.slug,
      title: { zh: v.titleZh, en: v.titleEn },
      body: { zh: v.bodyZh, en: v.bodyEn },
      ruleIds: ruleIdsIn(v.ruleIds ?? ''),
    };
    save.mutate(
      { id: editing === 'new' ? null : editing, body },
      {
        onSuccess: () => {
          close();
          void message.success(t('onlineConsult.srSaved'));
        },
        onError: (error) => showFieldErrors(form, error, []),
      },
    );
  };
  const required = { required: true, message: t('onlineConsult.required') };

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('onlineConsult.srIntro')}</Typography.Text>
      {(save.isError || remove.isError) && (
        <Alert type="error" showIcon title={errorText(save.error ?? remove.error, t)} data-testid="sr-error" />
      )}
      {editing !== null ? (
        <Card
          size="small"
          title={editing === 'new' ? t('onlineConsult.srNew') : t('onlineConsult.srEdit')}
          data-testid="sr-form"
        >
          {/* Keyed by the reply: opening another one starts from its own values. */}
          <Form<FormValues>
            key={editing}
            form={form}
            layout="vertical"
            onFinish={onFinish}
            initialValues={current ? toForm(current) : undefined}
          >
            <Form.Item
              name="slug"
              label={t('onlineConsult.kbSlug')}
              rules={[required, { pattern: /^[a-z0-9-]{2,60}$/, message: t('onlineConsult.kbSlugFormat') }]}
            >
              <Input data-testid="sr-slug" />
            </Form.Item>
            <Space.Compact block>
              <Form.Item name="titleZh" label={t('onlineConsult.kbTitleZh')} rules={[required]} style={{ flex: 1 }}>
                <Input maxLength={120} data-testid="sr-title-zh" />
              </Form.Item>
              <Form.Item name="titleEn" label={t('onlineConsult.kbTitleEn')} rules={[required]} style={{ flex: 1 }}>
                <Input maxLength={120} data-testid="sr-title-en" />
              </Form.Item>
            </Space.Compact>
            <Form.Item name="bodyZh" label={t('onlineConsult.srBodyZh')} rules={[required]}>
              <Input.TextArea rows={3} maxLength={3000} data-testid="sr-body-zh" />
            </Form.Item>
            <Form.Item name="bodyEn" label={t('onlineConsult.srBodyEn')} rules={[required]}>
              <Input.TextArea rows={3} maxLength={3000} data-testid="sr-body-en" />
            </Form.Item>
            <Form.Item name="ruleIds" label={t('onlineConsult.kbRuleIds')} extra={t('onlineConsult.srRuleIdsHelp')}>
              <Input placeholder="L-3 L-6" data-testid="sr-rules" />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="sr-save">
                {t('onlineConsult.srSave')}
              </Button>
              <Button onClick={close}>{t('onlineConsult.cancel')}</Button>
            </Space>
          </Form>
        </Card>
      ) : (
        <Button onClick={() => open('new')} style={{ alignSelf: 'flex-start' }} data-testid="sr-new">
          {t('onlineConsult.srNew')}
        </Button>
      )}
      {list.isError && <LoadFailed error={list.error} onRetry={() => void list.refetch()} />}
      <Table<SavedReply>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20 }}
        data-testid="sr-table"
        columns={[
          { title: t('onlineConsult.kbSlug'), dataIndex: 'slug', sorter: (a, b) => a.slug.localeCompare(b.slug) },
          { title: t('onlineConsult.kbTitleZh'), key: 'title', render: (_, r) => r.title[lang] },
          { title: t('onlineConsult.srBody'), key: 'body', ellipsis: true, render: (_, r) => r.body[lang] },
          { title: t('onlineConsult.rules'), key: 'rules', render: (_, r) => <RuleTags ids={r.ruleIds} /> },
          {
            key: 'actions',
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => open(r)} data-testid={`sr-edit-${r.slug}`}>
                  {t('onlineConsult.kbEdit')}
                </Button>
                <Popconfirm
                  title={t('onlineConsult.srDeleteConfirm', { title: r.title[lang] })}
                  okText={t('onlineConsult.srDelete')}
                  cancelText={t('onlineConsult.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    remove.mutate(r.id, { onSuccess: () => void message.success(t('onlineConsult.srDeleted')) })
                  }
                >
                  <Button size="small" danger data-testid={`sr-delete-${r.slug}`}>
                    {t('onlineConsult.srDelete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}
