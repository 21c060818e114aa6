import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STATES, rankEntries, type LifecycleState, type RuleId } from '@jifen/domain';
import type { KnowledgeEntryDto, SaveKnowledgeRequest } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { RuleTags } from './instant-answers.tsx';
import { useKnowledge, useKnowledgeStatus, useSaveKnowledge } from './online-consult-api.ts';
import { ruleIdsIn } from './rule-ids.ts';
import type { EntryDraft } from './thread-panel.tsx';
import './messages.ts';

interface FormValues {
  slug: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  keywordsZh: string;
  keywordsEn: string;
  ruleIds: string;
  states: LifecycleState[];
}

const toForm = (e: KnowledgeEntryDto): FormValues => ({
  slug: e.slug,
  titleZh: e.title.zh,
  titleEn: e.title.en,
  bodyZh: e.body.zh,
  bodyEn: e.body.en,
  keywordsZh: e.keywords.zh,
  keywordsEn: e.keywords.en,
  ruleIds: e.ruleIds.join(' '),
  states: e.states,
});

/** The knowledge base: entries (draft, published, retired), the editor, and a "try a question" preview ranked in the browser with the same matcher as the API. */
export function KnowledgeTab({ seed }: { seed: EntryDraft | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const list = useKnowledge();
  const save = useSaveKnowledge();
  const status = useKnowledgeStatus();
  const [form] = Form.useForm<FormValues>();
  const [editing, setEditing] = useState<string | null | 'new'>(seed ? 'new' : null);
  const [tryText, setTryText] = useState('');
  const initial: Partial<FormValues> | undefined = seed
    ? {
        titleZh: seed.title,
        bodyZh: seed.body,
        ruleIds: seed.ruleIds.join(' '),
        states: [],
        keywordsZh: '',
        keywordsEn: '',
      }
    : undefined;

  const published = useMemo(
    () =>
      (list.data ?? []).filter((e) => e.status === 'published').map((e) => ({ ...e, ruleIds: e.ruleIds as RuleId[] })),
    [list.data],
  );
  const ranked = useMemo(
    () => (tryText.trim().length >= 2 ? rankEntries(tryText, published) : []),
    [tryText, published],
  );

  // The form's store outlives the form: emptied on closing, a new entry does not start from the last one edited.
  const close = () => {
    form.resetFields();
    setEditing(null);
  };

  const onFinish = (v: FormValues) => {
    const body: SaveKnowledgeRequest = {
      slug: v.slug,
      title: { zh: v.titleZh, en: v.titleEn },
      body: { zh: v.bodyZh, en: v.bodyEn },
      keywords: { zh: v.keywordsZh ?? '', en: v.keywordsEn ?? '' },
      ruleIds: ruleIdsIn(v.ruleIds ?? ''),
      states: v.states ?? [],
    };
    save.mutate(
      { id: editing === 'new' ? null : editing, body },
      {
        onSuccess: () => close(),
        onError: (error) => showFieldErrors(form, error, []),
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('onlineConsult.kbTry')}>
        <Input
          value={tryText}
          onChange={(e) => setTryText(e.target.value)}
          placeholder={t('onlineConsult.kbTryPlaceholder')}
          data-testid="kb-try"
        />
        {ranked.map((r) => (
          <div key={r.entry.id} style={{ marginTop: 8 }} data-testid="kb-try-result">
            <Typography.Text strong>{r.entry.title[lang]}</Typography.Text>{' '}
            <Tag>
              {t('onlineConsult.kbScore')} {r.score}
            </Tag>{' '}
            <RuleTags ids={r.entry.ruleIds} />
          </div>
        ))}
      </Card>
      {save.isSuccess && editing === null && <Alert type="success" showIcon title={t('onlineConsult.kbSaved')} />}
      {(save.isError || status.isError) && (
        <Alert type="error" showIcon title={errorText(save.error ?? status.error, t)} />
      )}
      {editing !== null ? (
        <Card
          size="small"
          title={editing === 'new' ? t('onlineConsult.kbNew') : t('onlineConsult.kbEdit')}
          data-testid="kb-form"
        >
          <Form<FormValues>
            form={form}
            layout="vertical"
            onFinish={onFinish}
            initialValues={editing === 'new' ? initial : toForm(list.data!.find((e) => e.id === editing)!)}
          >
            <Form.Item
              name="slug"
              label={t('onlineConsult.kbSlug')}
              rules={[
                { required: true, message: t('onlineConsult.required') },
                { pattern: /^[a-z0-9-]{2,60}$/, message: t('onlineConsult.kbSlugFormat') },
              ]}
            >
              <Input data-testid="kb-slug" />
            </Form.Item>
            <Space.Compact block>
              <Form.Item
                name="titleZh"
                label={t('onlineConsult.kbTitleZh')}
                rules={[{ required: true, message: t('onlineConsult.required') }]}
                style={{ flex: 1 }}
              >
                <Input maxLength={120} />
              </Form.Item>
              <Form.Item
                name="titleEn"
                label={t('onlineConsult.kbTitleEn')}
                rules={[{ required: true, message: t('onlineConsult.required') }]}
                style={{ flex: 1 }}
              >
                <Input maxLength={120} />
              </Form.Item>
            </Space.Compact>
            <Form.Item
              name="bodyZh"
              label={t('onlineConsult.kbBodyZh')}
              rules={[{ required: true, message: t('onlineConsult.required') }]}
            >
              <Input.TextArea rows={3} maxLength={3000} />
            </Form.Item>
            <Form.Item
              name="bodyEn"
              label={t('onlineConsult.kbBodyEn')}
              rules={[{ required: true, message: t('onlineConsult.required') }]}
            >
              <Input.TextArea rows={3} maxLength={3000} />
            </Form.Item>
            <Form.Item name="keywordsZh" label={t('onlineConsult.kbKeywordsZh')}>
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="keywordsEn" label={t('onlineConsult.kbKeywordsEn')}>
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item
              name="ruleIds"
              label={t('onlineConsult.kbRuleIds')}
              rules={[
                {
                  validator: async (_, v: string | undefined) => {
                    if (ruleIdsIn(v ?? '').length === 0) throw new Error(t('onlineConsult.kbRuleIdsRequired'));
                  },
                },
              ]}
            >
              <Input placeholder="L-4 L-5" />
            </Form.Item>
            <Form.Item name="states" label={t('onlineConsult.kbStates')}>
              <Checkbox.Group
                options={LIFECYCLE_STATES.map((s) => ({ value: s, label: t(`onlineConsult.states.${s}`) }))}
              />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="kb-save">
                {t('onlineConsult.kbSave')}
              </Button>
              <Button onClick={close}>{t('onlineConsult.cancel')}</Button>
            </Space>
          </Form>
        </Card>
      ) : (
        <Button onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }} data-testid="kb-new">
          {t('onlineConsult.kbNew')}
        </Button>
      )}
      {list.isError && <LoadFailed error={list.error} onRetry={() => void list.refetch()} />}
      <Table<KnowledgeEntryDto>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20 }}
        data-testid="kb-table"
        columns={[
          { title: t('onlineConsult.kbSlug'), dataIndex: 'slug', sorter: (a, b) => a.slug.localeCompare(b.slug) },
          { title: t('onlineConsult.kbTitleZh'), key: 'title', render: (_, e) => e.title[lang] },
          {
            title: t('onlineConsult.lifecycleState'),
            dataIndex: 'status',
            filters: (['draft', 'published', 'retired'] as const).map((s) => ({
              text: t(`onlineConsult.kbStatus.${s}`),
              value: s,
            })),
            onFilter: (v, e) => e.status === v,
            render: (s: KnowledgeEntryDto['status']) => (
              <Tag color={s === 'published' ? 'green' : s === 'draft' ? 'blue' : 'default'}>
                {t(`onlineConsult.kbStatus.${s}`)}
              </Tag>
            ),
          },
          { title: t('onlineConsult.rules'), key: 'rules', render: (_, e) => <RuleTags ids={e.ruleIds} /> },
          {
            title: t('onlineConsult.updatedAt'),
            dataIndex: 'updatedAt',
            sorter: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
            render: (v: string) => formatDate(v),
          },
          {
            key: 'actions',
            render: (_, e) => (
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    setEditing(e.id);
                    form.setFieldsValue(toForm(e));
                  }}
                >
                  {t('onlineConsult.kbEdit')}
                </Button>
                {e.status !== 'published' && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => status.mutate({ id: e.id, to: 'publish' })}
                    data-testid={`kb-publish-${e.slug}`}
                  >
                    {t('onlineConsult.kbPublish')}
                  </Button>
                )}
                {e.status !== 'retired' && (
                  <Button size="small" danger onClick={() => status.mutate({ id: e.id, to: 'retire' })}>
                    {t('onlineConsult.kbRetire')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}
