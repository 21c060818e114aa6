import { useEffect } from 'react';
import { Alert, App as AntdApp, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewView } from '@jifen/contracts';
import { COMMENDATION_LEVELS, EDUCATION_LEVELS, TITLE_LEVELS } from '@jifen/domain';
import { errorText } from '../../api/error-text.ts';
import type { ApplicationDetail } from '../applications/application-types.ts';
import { useDecideIndicator, useFalseMaterial } from './workbench-api.ts';
import './messages.ts';

// The reviewer's two dialogs, apart from the review card every role reads: their form, radio, number, select
// and text area load when the reviewer first opens one (issue 20).

type Line = ReviewView['lines'][number];
type Decision = 'accepted' | 'adjusted' | 'rejected';
interface DecisionValues {
  decision: Decision;
  level?: string;
  years?: number;
  reason: string;
}

function levelOptions(kind: Line['adjustable'], t: (k: string) => string) {
  const levels =
    kind === 'education'
      ? EDUCATION_LEVELS
      : kind === 'title'
        ? TITLE_LEVELS
        : kind === 'commendation'
          ? COMMENDATION_LEVELS
          : [];
  return levels.map((l) => ({ value: l, label: t(`workbench.levels.${l}`) }));
}

/** the reviewer's decision on one claimed indicator (accepted, adjusted to a value, rejected) with a reason. */
export function IndicatorDecisionModal({
  applicationId,
  line,
  onClose,
}: {
  applicationId: string;
  /** The indicator being decided; null when the dialog is closed. */
  line: Line | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const decide = useDecideIndicator();
  const [form] = Form.useForm<DecisionValues>();
  const decision = Form.useWatch('decision', form);
  // Each indicator opens on a blank form with "accepted" chosen.
  useEffect(() => {
    if (!line) return;
    form.resetFields();
    form.setFieldsValue({ decision: 'accepted' });
  }, [form, line]);
  const save = (v: DecisionValues) => {
    if (!line) return;
    const kind = line.adjustable;
    const value =
      v.decision !== 'adjusted'
        ? undefined
        : kind === 'years'
          ? { years: v.years ?? 0 }
          : kind === 'education'
            ? { education: v.level as never }
            : kind === 'title'
              ? { title: v.level as never }
              : { commendation: v.level as never };
    decide.mutate(
      {
        id: applicationId,
        indicator: line.indicator,
        body: { decision: v.decision, reason: v.reason, ...(value ? { value } : {}) },
      },
      {
        onSuccess: () => {
          onClose();
          void message.success(t('workbench.review.saved'));
        },
        onError: (error) => void message.error(errorText(error, t)),
      },
    );
  };
  return (
    <Modal
      open={line !== null}
      title={
        line ? t('workbench.review.decisionTitle', { indicator: t(`workbench.indicators.${line.indicator}`) }) : ''
      }
      okText={t('workbench.review.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: decide.isPending, 'data-testid': 'indicator-save' }}
      onCancel={onClose}
      onOk={() => void form.validateFields().then(save)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ decision: 'accepted' }}>
        <Form.Item name="decision" label={t('workbench.review.decision')}>
          <Radio.Group data-testid="indicator-decision">
            <Radio value="accepted" data-testid="decision-accepted">
              {t('workbench.review.decisions.accepted')}
            </Radio>
            {line?.adjustable && (
              <Radio value="adjusted" data-testid="decision-adjusted">
                {t('workbench.review.decisions.adjusted')}
              </Radio>
            )}
            <Radio value="rejected" data-testid="decision-rejected">
              {t('workbench.review.decisions.rejected')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {decision === 'adjusted' && line?.adjustable === 'years' && (
          <Form.Item
            name="years"
            label={t('workbench.review.years')}
            rules={[{ required: true, message: t('workbench.review.valueRequired') }]}
          >
            <InputNumber min={0} max={60} precision={0} data-testid="indicator-years" />
          </Form.Item>
        )}
        {decision === 'adjusted' && line?.adjustable && line.adjustable !== 'years' && (
          <Form.Item
            name="level"
            label={t('workbench.review.value')}
            rules={[{ required: true, message: t('workbench.review.valueRequired') }]}
          >
            <Select options={levelOptions(line.adjustable, t)} data-testid="indicator-level" />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('workbench.review.reason')}
          rules={[{ required: true, whitespace: true, message: t('workbench.review.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            placeholder={t('workbench.review.reasonPlaceholder')}
            data-testid="indicator-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** C-5: the reviewer records false material on the application, with a reason. */
export function FalseMaterialModal({
  application,
  open,
  onClose,
}: {
  application: ApplicationDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const falseMaterial = useFalseMaterial();
  const [findingForm] = Form.useForm<{ reason: string }>();
  // Each opening starts from a blank reason.
  useEffect(() => {
    if (open) findingForm.resetFields();
  }, [findingForm, open]);
  return (
    <Modal
      open={open}
      title={t('workbench.review.falseMaterialTitle')}
      okText={t('workbench.review.confirm')}
      okButtonProps={{ danger: true, loading: falseMaterial.isPending, 'data-testid': 'false-material-ok' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() =>
        void findingForm.validateFields().then((v) =>
          falseMaterial.mutate(
            { id: application.id, expectedVersion: application.version, reason: v.reason },
            {
              onSuccess: () => {
                onClose();
                void message.success(t('workbench.review.falseMaterialDone'));
              },
              onError: (error) => void message.error(errorText(error, t)),
            },
          ),
        )
      }
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('workbench.review.falseMaterialWarn')} style={{ marginBottom: 12 }} />
      <Form form={findingForm} layout="vertical">
        <Form.Item
          name="reason"
          label={t('workbench.review.reason')}
          rules={[{ required: true, whitespace: true, message: t('workbench.review.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="false-material-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
