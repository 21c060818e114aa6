import { useDeferredValue, useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Divider, Form, Input, Spin, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { parseMobile } from '@jifen/domain';
import type { ThreadCreated } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import { showBodyFieldErrors, useAttachedAssessment } from '../consultations/attached-assessment.ts';
import { InstantAnswers } from './instant-answers.tsx';
import { useCreateThread, useInstantAnswers } from './online-consult-api.ts';
import './messages.ts';

interface Values {
  question: string;
  mobile?: string;
  notifySms: boolean;
  attach: boolean;
  consent: boolean;
}

const DRAFT_KEY = 'jifen.consult.askDraft';

/** Issue #14: ask online (anonymously or signed in), with instant answers first; the same consent and notice as a call-back (PI-3). */
export default function AskOnlinePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  // Nothing lost on reload: the question being written stays in this tab.
  const [question, setQuestion] = useState(() => sessionStorage.getItem(DRAFT_KEY) ?? '');
  const deferred = useDeferredValue(question);
  const [debounced, setDebounced] = useState(question);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(deferred), 400);
    return () => clearTimeout(id);
  }, [deferred]);
  const instant = useInstantAnswers(debounced);
  const create = useCreateThread();
  const [done, setDone] = useState<ThreadCreated | null>(null);
  // The number the code went to, masked as the thread page shows it (PI-1).
  const [sentTo, setSentTo] = useState('');
  const attached = useAttachedAssessment();
  const notify = Form.useWatch('notifySms', form);

  const onFinish = (v: Values) =>
    create.mutate(
      {
        question: v.question,
        ...(v.mobile ? { mobile: v.mobile } : {}),
        notifySms: Boolean(v.notifySms && v.mobile),
        consent: true,
        language: lang,
        ...(v.attach && attached ? { assessment: { input: attached.input, asOf: attached.asOf } } : {}),
      },
      {
        onSuccess: (r) => {
          sessionStorage.removeItem(DRAFT_KEY);
          setSentTo(v.mobile ? `${v.mobile.trim().slice(0, 3)}****${v.mobile.trim().slice(-4)}` : '');
          setDone(r);
        },
        onError: (error) => showBodyFieldErrors(form, error, ['question', 'mobile', 'consent']),
      },
    );

  if (done) {
    return (
      <PublicPageFrame title={t('onlineConsult.askTitle')} width={720}>
        <Alert type="success" showIcon title={t('onlineConsult.sent')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph>
          {t('onlineConsult.reference')}：
          <Typography.Text strong copyable data-testid="thread-reference">
            {done.reference}
          </Typography.Text>
        </Typography.Paragraph>
        {done.mobileCode === 'sent' && (
          <Alert
            type="info"
            showIcon
            title={t('onlineConsult.codeSent', { mobile: sentTo })}
            style={{ marginBottom: 16 }}
            data-testid="code-sent"
          />
        )}
        {done.mobileCode === 'limit_reached' && (
          <Alert
            type="warning"
            showIcon
            title={t('onlineConsult.codeLimit')}
            style={{ marginBottom: 16 }}
            data-testid="code-limit"
          />
        )}
        <Typography.Paragraph type="secondary">
          {t('onlineConsult.deleteAfter', { date: done.deleteAfter, days: done.retentionDays })}
        </Typography.Paragraph>
        <Button
          type="primary"
          onClick={() => void navigate(`/consult/thread#ref=${done.reference}`)}
          data-testid="open-thread"
        >
          {t('onlineConsult.openThread')}
        </Button>
      </PublicPageFrame>
    );
  }

  const hasInstant = instant.data && (instant.data.entries.length > 0 || instant.data.lifecycle);
  return (
    <PublicPageFrame title={t('onlineConsult.askTitle')} width={720}>
      <Typography.Paragraph type="secondary">{t('onlineConsult.askIntro')}</Typography.Paragraph>
      {create.isError && (
        <Alert type="error" showIcon title={errorText(create.error, t)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ question, notifySms: false, attach: false, consent: false }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.question !== undefined) {
            setQuestion(changed.question);
            sessionStorage.setItem(DRAFT_KEY, changed.question);
          }
        }}
        data-testid="ask-form"
      >
        <Form.Item
          name="question"
          label={t('onlineConsult.question')}
          extra={t('onlineConsult.maskNote')}
          rules={[{ required: true, whitespace: true, message: t('onlineConsult.required') }, { max: 1000 }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={t('onlineConsult.questionPlaceholder')}
            data-testid="ask-question"
          />
        </Form.Item>
        {instant.isFetching && !instant.data && <Spin size="small" />}
        {instant.isError && (
          <Alert type="warning" showIcon title={errorText(instant.error, t)} style={{ marginBottom: 12 }} />
        )}
        {instant.data && debounced.trim().length >= 2 && <InstantAnswers data={instant.data} />}
        <Divider />
        <Form.Item
          name="mobile"
          label={t('onlineConsult.mobile')}
          rules={[
            {
              validator: async (_, v: string | undefined) => {
                if (v) {
                  const m = parseMobile(v);
                  if (!m.ok) throw new Error(m.error.message[lang]);
                } else if (form.getFieldValue('notifySms')) throw new Error(t('onlineConsult.mobileForSms'));
              },
            },
          ]}
          dependencies={['notifySms']}
        >
          <Input inputMode="tel" autoComplete="tel" maxLength={16} data-testid="ask-mobile" />
        </Form.Item>
        <Form.Item name="notifySms" valuePropName="checked">
          <Checkbox data-testid="ask-notify">{t('onlineConsult.notifySms')}</Checkbox>
        </Form.Item>
        {notify && !form.getFieldValue('mobile') && (
          <Typography.Text type="secondary">{t('onlineConsult.mobileForSms')}</Typography.Text>
        )}
        {attached && (
          <Form.Item name="attach" valuePropName="checked">
            <Checkbox data-testid="ask-attach">
              {t('onlineConsult.attach', { total: attached.total, asOf: attached.asOf })}
            </Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: async (_, v: boolean) => {
                if (!v) throw new Error(t('onlineConsult.consentRequired'));
              },
            },
          ]}
        >
          <Checkbox data-testid="ask-consent">
            {t('onlineConsult.consent')}{' '}
            <Link to="/privacy" target="_blank">
              {t('onlineConsult.privacyLink')}
            </Link>
          </Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} block data-testid="ask-send">
          {hasInstant ? t('onlineConsult.send') : t('onlineConsult.sendFirst')}
        </Button>
      </Form>
      <div style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Link to="/assess">{t('onlineConsult.backToAssess')}</Link>
        <Link to="/consult/thread">{t('onlineConsult.threadTitle')}</Link>
      </div>
    </PublicPageFrame>
  );
}
