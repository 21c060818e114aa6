import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { parseMobile } from '@jifen/domain';
import type { ConsultationCreated } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import { showBodyFieldErrors, useAttachedAssessment } from './attached-assessment.ts';
import { useCreateConsultation } from './consultation-api.ts';
import './messages.ts';
import { ButtonLink } from '../../components/button-link.tsx';

interface Values {
  name: string;
  mobile: string;
  question: string;
  attach: boolean;
  consent: boolean;
}

/** PI-3: a call-back request with explicit consent; the assessment from the link's fragment can be attached. */
export default function ConsultationRequestPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [form] = Form.useForm<Values>();
  const create = useCreateConsultation();
  const [done, setDone] = useState<ConsultationCreated | null>(null);
  const attached = useAttachedAssessment();

  const onFinish = (v: Values) =>
    create.mutate(
      {
        name: v.name,
        mobile: v.mobile,
        question: v.question,
        consent: true,
        language: lang,
        ...(v.attach && attached ? { assessment: { input: attached.input, asOf: attached.asOf } } : {}),
      },
      {
        onSuccess: setDone,
        onError: (error) => showBodyFieldErrors(form, error, ['name', 'mobile', 'question', 'consent']),
      },
    );

  if (done) {
    return (
      <PublicPageFrame title={t('consult.requestTitle')} width={560}>
        <Alert type="success" showIcon title={t('consult.done')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph>
          {t('consult.reference')}：
          <Typography.Text strong copyable data-testid="reference">
            {done.reference}
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          {t('consult.deleteAfter', { date: done.deleteAfter, days: done.retentionDays })}
        </Typography.Paragraph>
        <ButtonLink to={`/consult/status#ref=${done.reference}`} data-testid="status-link" type="primary">
          {t('consult.viewStatus')}
        </ButtonLink>
      </PublicPageFrame>
    );
  }

  const required = { required: true, whitespace: true, message: t('consult.required') };
  return (
    <PublicPageFrame title={t('consult.requestTitle')} width={560}>
      <Typography.Paragraph type="secondary">{t('consult.requestIntro')}</Typography.Paragraph>
      {create.isError && (
        <Alert type="error" showIcon title={errorText(create.error, t)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ attach: false, consent: false }}
        data-testid="consult-form"
      >
        <Form.Item name="name" label={t('consult.name')} rules={[required, { max: 40 }]}>
          <Input autoComplete="name" data-testid="consult-name" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('consult.mobile')}
          rules={[
            required,
            {
              validator: async (_, v: string | undefined) => {
                if (v) {
                  const m = parseMobile(v);
                  if (!m.ok) throw new Error(m.error.message[lang]);
                }
              },
            },
          ]}
        >
          <Input inputMode="tel" autoComplete="tel" maxLength={16} data-testid="consult-mobile" />
        </Form.Item>
        <Form.Item name="question" label={t('consult.question')} rules={[required, { max: 1000 }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount data-testid="consult-question" />
        </Form.Item>
        {attached && (
          <Form.Item name="attach" valuePropName="checked">
            <Checkbox data-testid="consult-attach">
              {t('consult.attach', { total: attached.total, asOf: attached.asOf })}
            </Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: async (_, v: boolean) => {
                if (!v) throw new Error(t('consult.consentRequired'));
              },
            },
          ]}
        >
          <Checkbox data-testid="consult-consent">
            {t('consult.consent')}{' '}
            <Link to="/privacy" target="_blank" data-testid="privacy-link">
              {t('consult.privacyLink')}
            </Link>
          </Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} block data-testid="consult-submit">
          {t('consult.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Link to="/assess">{t('consult.backToAssess')}</Link>
        <Link to="/consult/status">{t('consult.viewStatus')}</Link>
        <Link to={`/consult/ask${window.location.hash}`} data-testid="ask-online-link">
          {t('nav.askOnline')}
        </Link>
      </div>
    </PublicPageFrame>
  );
}
