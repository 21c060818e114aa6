import { useState } from 'react';
import { Alert, Button, Descriptions, Empty, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ThreadMessage, ThreadStatus } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import { RuleTags } from './instant-answers.tsx';
import { MobileCode } from './mobile-code.tsx';
import { useFollowUp, useThread, useWithdrawThread } from './online-consult-api.ts';
import './messages.ts';

const REF = /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;
export const STATUS_COLOR: Record<ThreadStatus, string> = { waiting: 'orange', answered: 'green', closed: 'default' };

export function MessageList({ messages }: { messages: ThreadMessage[] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={messages}
      data-testid="thread-messages"
      renderItem={(m) => (
        <List.Item key={m.seq} data-testid={`message-${m.author}`}>
          <div style={{ width: '100%' }}>
            <Typography.Text strong>
              {m.author === 'person'
                ? t('onlineConsult.you')
                : m.author === 'consultant'
                  ? `${t('onlineConsult.consultant')} ${m.authorName ?? ''}`
                  : t('onlineConsult.system')}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">{formatDate(m.at)}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }} data-testid="message-body">
              {m.body}
            </Typography.Paragraph>
            {m.ruleIds.length > 0 && <RuleTags ids={m.ruleIds} />}
          </div>
        </List.Item>
      )}
    />
  );
}

/** Issue #14: the person's thread by reference code (in the fragment only); new answers appear without reload; withdraw deletes it (PI-3). */
export default function OnlineThreadPage() {
  const { t } = useTranslation();
  const initial = /ref=([^&]+)/.exec(window.location.hash)?.[1] ?? '';
  const [typed, setTyped] = useState(initial);
  const [reference, setReference] = useState<string | null>(REF.test(initial) ? initial : null);
  const thread = useThread(reference);
  const withdraw = useWithdrawThread();
  const follow = useFollowUp(reference ?? '');
  const [followText, setFollowText] = useState('');
  const code = typed.trim().toUpperCase();
  const data = thread.data;
  const answered = data ? data.messages.some((m) => m.author === 'consultant') : false;

  return (
    <PublicPageFrame title={t('onlineConsult.threadTitle')} width={720}>
      <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
        <Input
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder="XXXXX-XXXXX"
          aria-label={t('onlineConsult.reference')}
          data-testid="thread-code"
          style={{ fontFamily: 'monospace' }}
        />
        <Button
          type="primary"
          disabled={!REF.test(code)}
          onClick={() => {
            window.history.replaceState(null, '', `#ref=${code}`);
            setReference(code);
          }}
          data-testid="thread-lookup"
        >
          {t('onlineConsult.lookup')}
        </Button>
      </Space.Compact>
      {withdraw.isSuccess && (
        <Alert
          type="success"
          showIcon
          title={t('onlineConsult.withdrawn')}
          data-testid="thread-withdrawn"
          style={{ marginBottom: 16 }}
        />
      )}
      {thread.isError && <Alert type="error" showIcon title={errorText(thread.error, t)} />}
      {data === null && !withdraw.isSuccess && (
        <Alert type="warning" showIcon title={t('onlineConsult.notFound')} data-testid="thread-not-found" />
      )}
      {data && (
        <div data-testid="thread">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('onlineConsult.reference')}>
              <Typography.Text code>{data.reference}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('onlineConsult.lifecycleState')}>
              <Tag color={STATUS_COLOR[data.status]} data-testid="thread-status">
                {t(`onlineConsult.status.${data.status}`)}
              </Tag>
              <Typography.Text type="secondary">{t('onlineConsult.liveHint')}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('onlineConsult.question_')}>
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="thread-question">
                {data.question}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('onlineConsult.askedAt')}>{formatDate(data.createdAt)}</Descriptions.Item>
            {data.mobile && (
              <Descriptions.Item label={t('onlineConsult.mobile')}>
                {data.mobile}
                {data.notifySms
                  ? ` · ${data.mobileVerified ? t('onlineConsult.smsOn') : t('onlineConsult.codeNotVerified')}`
                  : ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          <MobileCode thread={data} />
          <Typography.Title level={5}>{t('onlineConsult.messages')}</Typography.Title>
          {data.messages.length === 0 ? (
            <Empty description={t('onlineConsult.noAnswerYet')} data-testid="thread-no-answer" />
          ) : (
            <MessageList messages={data.messages} />
          )}
          {!answered && data.messages.length > 0 && (
            <Typography.Paragraph type="secondary">{t('onlineConsult.noAnswerYet')}</Typography.Paragraph>
          )}
          <Space.Compact style={{ width: '100%', margin: '12px 0' }}>
            <Input.TextArea
              value={followText}
              onChange={(e) => setFollowText(e.target.value)}
              maxLength={2000}
              autoSize={{ minRows: 1, maxRows: 4 }}
              placeholder={t('onlineConsult.followUp')}
              data-testid="follow-text"
            />
            <Button
              disabled={followText.trim() === ''}
              loading={follow.isPending}
              onClick={() => follow.mutate(followText, { onSuccess: () => setFollowText('') })}
              data-testid="follow-send"
            >
              {t('onlineConsult.followUpSend')}
            </Button>
          </Space.Compact>
          {follow.isError && (
            <Alert type="error" showIcon title={errorText(follow.error, t)} style={{ marginBottom: 8 }} />
          )}
          <Typography.Paragraph type="secondary">
            {t('onlineConsult.deleteBy', { date: data.deleteAfter })}
          </Typography.Paragraph>
          <Popconfirm
            title={t('onlineConsult.withdrawConfirm')}
            okText={t('onlineConsult.withdraw')}
            cancelText={t('onlineConsult.cancel')}
            okButtonProps={{
              danger: true,
              ...({ 'data-testid': 'thread-withdraw-confirm' } as Record<string, string>),
            }}
            onConfirm={() => withdraw.mutate(data.reference)}
          >
            <Button danger loading={withdraw.isPending} data-testid="thread-withdraw">
              {t('onlineConsult.withdraw')}
            </Button>
          </Popconfirm>
          {withdraw.isError && (
            <Alert type="error" showIcon title={errorText(withdraw.error, t)} style={{ marginTop: 8 }} />
          )}
        </div>
      )}
      <div style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <Link to="/consult/ask">{t('onlineConsult.askAnother')}</Link>
        <Link to="/assess">{t('onlineConsult.backToAssess')}</Link>
      </div>
    </PublicPageFrame>
  );
}
