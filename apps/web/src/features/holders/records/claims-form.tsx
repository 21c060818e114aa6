import { useEffect } from 'react';
import { App as AntdApp, Button, Card, Checkbox, DatePicker, Form, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  COMMENDATION_LEVELS,
  EDUCATION_LEVELS,
  TITLE_LEVELS,
  type EducationLevel,
  type TitleLevel,
} from '@jifen/domain';
import { isApiError } from '../../../api/api-error.ts';
import { errorText } from '../../../api/error-text.ts';
import type { ClaimsView, HolderClaims } from './holder-data-api.ts';
import { useSaveClaims } from './holder-data-api.ts';
import '../../assessment/messages.ts';

interface ClaimsValues {
  education: EducationLevel;
  titleLevel?: TitleLevel;
  titleInShanghai: boolean;
  titleJobMatches: boolean;
  shortageMajor: boolean;
  shortageJobMatches: boolean;
  talent?: 'entrepreneur' | 'intermediary';
  publicServiceYears?: number;
  remoteSuburbYears?: number;
  freshGraduate: boolean;
  commendations: HolderClaims['commendations'];
  marriageDate?: Dayjs;
}

/** The stored claims, or an empty form: no assertion (in Shanghai, job matches) is ever pre-ticked (issue 10, item 8). */
function toValues(c: HolderClaims | null): Partial<ClaimsValues> {
  return {
    education: c?.education,
    titleLevel: c?.title?.level,
    titleInShanghai: c?.title?.obtainedInShanghai ?? false,
    titleJobMatches: c?.title?.jobMatches ?? false,
    shortageMajor: c?.shortageMajor !== undefined,
    shortageJobMatches: c?.shortageMajor?.jobMatches ?? false,
    talent: c?.talent,
    publicServiceYears: c?.publicServiceYears,
    remoteSuburbYears: c?.remoteSuburbYears,
    freshGraduate: c?.freshGraduate ?? false,
    commendations: c?.commendations ?? [],
    marriageDate: c?.spouseHukouMarriageDate ? dayjs(c.spouseHukouMarriageDate) : undefined,
  };
}

/** Keeps what the form does not edit (records, investment, contract employer) as it was. */
function toClaims(v: ClaimsValues, previous: HolderClaims | null): HolderClaims {
  const {
    title: _t,
    shortageMajor: _s,
    talent: _ta,
    publicServiceYears: _p,
    remoteSuburbYears: _r,
    freshGraduate: _f,
    commendations: _c,
    spouseHukouMarriageDate: _m,
    ...kept
  } = previous ?? { education: v.education };
  return {
    ...kept,
    education: v.education,
    ...(v.titleLevel
      ? { title: { level: v.titleLevel, obtainedInShanghai: v.titleInShanghai, jobMatches: v.titleJobMatches } }
      : {}),
    ...(v.shortageMajor ? { shortageMajor: { jobMatches: v.shortageJobMatches } } : {}),
    ...(v.talent ? { talent: v.talent } : {}),
    ...(v.publicServiceYears ? { publicServiceYears: v.publicServiceYears } : {}),
    ...(v.remoteSuburbYears ? { remoteSuburbYears: v.remoteSuburbYears } : {}),
    ...(v.freshGraduate ? { freshGraduate: true } : {}),
    ...(v.commendations && v.commendations.length > 0 ? { commendations: v.commendations } : {}),
    ...(v.marriageDate ? { spouseHukouMarriageDate: v.marriageDate.format('YYYY-MM-DD') } : {}),
  };
}

/** The indicator claims, grouped as in the self-assessment (S-3, S-4, S-7..S-14); saved with the version read (409 when stale). */
export function ClaimsForm({ view, holderId, onSaved }: { view: ClaimsView; holderId?: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const save = useSaveClaims(holderId);
  const [form] = Form.useForm<ClaimsValues>();
  useEffect(() => form.setFieldsValue(toValues(view.claims)), [form, view]);
  const f = (key: string) => t(`assess.fields.${key}`);
  const onFinish = (values: ClaimsValues) =>
    save.mutate(
      { claims: toClaims(values, view.claims), expectedVersion: view.version },
      {
        onSuccess: () => {
          void message.success(t('holderData.claimsSaved'));
          onSaved?.();
        },
        onError: (error) =>
          void message.error(
            isApiError(error) && error.status === 409 ? t('holderData.claimsStale') : errorText(error, t),
          ),
      },
    );
  return (
    <Form<ClaimsValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={toValues(view.claims)}
      data-testid="claims-form"
    >
      <Card size="small" title={t('assess.sections.personal')} style={{ marginBottom: 12 }}>
        <Form.Item
          name="education"
          label={f('education')}
          rules={[{ required: true, message: t('holderData.required') }]}
        >
          <Select
            options={EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`assess.options.education.${e}`) }))}
            style={{ maxWidth: 320 }}
            data-testid="claims-education"
          />
        </Form.Item>
      </Card>
      <Card size="small" title={t('assess.sections.title')} style={{ marginBottom: 12 }}>
        <Form.Item name="titleLevel" label={f('titleLevel')}>
          <Select
            allowClear
            options={TITLE_LEVELS.map((l) => ({ value: l, label: t(`assess.options.title.${l}`) }))}
            style={{ maxWidth: 320 }}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="titleInShanghai" valuePropName="checked">
            <Checkbox>{f('titleInShanghai')}</Checkbox>
          </Form.Item>
          <Form.Item name="titleJobMatches" valuePropName="checked">
            <Checkbox>{f('titleJobMatches')}</Checkbox>
          </Form.Item>
        </Space>
      </Card>
      <Card size="small" title={t('assess.sections.bonus')} style={{ marginBottom: 12 }}>
        <Space wrap>
          <Form.Item name="shortageMajor" valuePropName="checked">
            <Checkbox>{f('shortageMajor')}</Checkbox>
          </Form.Item>
          <Form.Item name="shortageJobMatches" valuePropName="checked">
            <Checkbox>{f('shortageJobMatches')}</Checkbox>
          </Form.Item>
          <Form.Item name="freshGraduate" valuePropName="checked">
            <Checkbox>{f('freshGraduate')}</Checkbox>
          </Form.Item>
        </Space>
        <Form.Item name="talent" label={f('talent')}>
          <Select
            allowClear
            options={(['entrepreneur', 'intermediary'] as const).map((v) => ({
              value: v,
              label: t(`assess.options.talent.${v}`),
            }))}
            style={{ maxWidth: 320 }}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="publicServiceYears" label={f('publicServiceYears')}>
            <InputNumber min={0} max={60} />
          </Form.Item>
          <Form.Item name="remoteSuburbYears" label={f('remoteSuburbYears')}>
            <InputNumber min={0} max={60} />
          </Form.Item>
        </Space>
        <Form.Item name="commendations" label={f('commendation')}>
          <Select
            mode="multiple"
            allowClear
            options={COMMENDATION_LEVELS.map((c) => ({ value: c, label: t(`assess.options.commendation.${c}`) }))}
            style={{ maxWidth: 480 }}
          />
        </Form.Item>
        <Form.Item name="marriageDate" label={f('marriageDate')}>
          <DatePicker format="YYYY-MM-DD" />
        </Form.Item>
      </Card>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="claims-save">
        {t('holderData.saveClaims')}
      </Button>
    </Form>
  );
}
