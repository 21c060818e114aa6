import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyVersionDoc } from '@jifen/domain';
import type { PolicyDocument, VersionDraftRequest } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { showFieldErrors } from '../../components/form-errors.ts';
import { shanghaiToday } from '../assessment/today.ts';
import { ParameterEditor } from './parameter-editor.tsx';
import { collectChanges, editsFromDraft, type ParameterEdit } from './parameter-value.ts';
import { useSaveDraft } from './policy-admin-api.ts';

/** A new draft from a published version, or a saved draft being edited (with the version it is based on). */
export type VersionFormMode =
  | { kind: 'new'; base: PolicyDocument }
  | { kind: 'edit'; draft: PolicyDocument; base: PolicyDocument };

interface HeaderValues {
  id: string;
  nameZh: string;
  nameEn: string;
  effectiveFrom: string;
  reason?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function initialHeader(mode: VersionFormMode): Partial<HeaderValues> {
  if (mode.kind === 'new') return {};
  const doc = mode.draft.doc as PolicyVersionDoc;
  return {
    id: mode.draft.key,
    nameZh: doc.name.zh,
    nameEn: doc.name.en,
    effectiveFrom: doc.effectiveFrom,
    reason: mode.draft.reason ?? '',
  };
}

/**
 * P-1: a new policy version drafted from a published one: its id, names and
 * effective date (in the future, so no decision already made changes), and
 * the parameters it changes, each with the source of the change.
 */
export function VersionDraftForm({
  mode,
  onDone,
  onCancel,
}: {
  mode: VersionFormMode;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<HeaderValues>();
  const save = useSaveDraft('versions');
  const baseParameters = useMemo(() => mode.base.parameters ?? [], [mode.base]);
  const [edits, setEdits] = useState<Record<string, ParameterEdit>>(() =>
    mode.kind === 'edit' ? editsFromDraft(baseParameters, mode.draft.parameters ?? []) : {},
  );
  const [attempted, setAttempted] = useState(false);
  const collected = useMemo(() => collectChanges(baseParameters, edits), [baseParameters, edits]);
  const today = shanghaiToday();
  const hasProblems = Object.keys(collected.problems).length > 0;

  const onFinish = (values: HeaderValues) => {
    setAttempted(true);
    if (hasProblems || collected.changes.length === 0) return;
    const reason = values.reason?.trim();
    const body: VersionDraftRequest = {
      basedOn: mode.base.key,
      id: values.id.trim(),
      name: { zh: values.nameZh.trim(), en: values.nameEn.trim() },
      effectiveFrom: values.effectiveFrom.trim(),
      changes: collected.changes,
      ...(reason ? { reason } : {}),
    };
    save.mutate(
      { id: mode.kind === 'edit' ? mode.draft.id : null, body },
      {
        onSuccess: () => {
          void message.success(t('policyAdmin.actions.saved'));
          onDone();
        },
        onError: (error) => showFieldErrors(form, error, ['id', 'effectiveFrom', 'reason']),
      },
    );
  };

  const required = { required: true, whitespace: true, message: t('policyAdmin.version.required') };
  const future = {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value || !ISO_DATE.test(value.trim())) throw new Error(t('policyAdmin.version.dateFormat'));
      if (value.trim() <= today) throw new Error(t('policyAdmin.version.effectiveFuture', { today }));
    },
  };
  const title =
    mode.kind === 'new'
      ? t('policyAdmin.version.formTitleNew', { basedOn: mode.base.key })
      : t('policyAdmin.version.formTitleEdit', { id: mode.draft.key, basedOn: mode.base.key });

  return (
    <Card title={title} data-testid="version-form">
      <Form<HeaderValues> form={form} layout="vertical" initialValues={initialHeader(mode)} onFinish={onFinish}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item
              name="id"
              label={t('policyAdmin.version.id')}
              extra={t('policyAdmin.version.idHint')}
              rules={[required, { pattern: /^[a-z0-9][a-z0-9-]{1,38}$/, message: t('policyAdmin.version.idHint') }]}
            >
              <Input disabled={mode.kind === 'edit'} data-testid="version-id" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="nameZh" label={t('policyAdmin.version.nameZh')} rules={[required]}>
              <Input maxLength={200} data-testid="version-name-zh" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="nameEn" label={t('policyAdmin.version.nameEn')} rules={[required]}>
              <Input maxLength={200} data-testid="version-name-en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="effectiveFrom" label={t('policyAdmin.version.effectiveFrom')} rules={[future]}>
              <Input placeholder="YYYY-MM-DD" data-testid="version-effective" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="reason" label={t('policyAdmin.version.reason')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="version-reason" />
        </Form.Item>
        <Typography.Title level={5}>
          {t('policyAdmin.version.parameters')}{' '}
          <Typography.Text type="secondary" data-testid="changed-count">
            {t('policyAdmin.version.changedCount', { count: collected.changes.length })}
          </Typography.Text>
        </Typography.Title>
        <ParameterEditor parameters={baseParameters} edits={edits} onChange={setEdits} problems={collected.problems} />
        {attempted && hasProblems && (
          <Alert
            type="error"
            showIcon
            title={t('policyAdmin.version.fixProblems')}
            style={{ marginTop: 12 }}
            data-testid="version-problems"
          />
        )}
        {attempted && !hasProblems && collected.changes.length === 0 && (
          <Alert type="warning" showIcon title={t('policyAdmin.version.noChanges')} style={{ marginTop: 12 }} />
        )}
        {save.isError && <Alert type="error" showIcon title={errorText(save.error, t)} style={{ marginTop: 12 }} />}
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="version-save">
            {t('policyAdmin.actions.save')}
          </Button>
          <Button onClick={onCancel}>{t('policyAdmin.actions.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
