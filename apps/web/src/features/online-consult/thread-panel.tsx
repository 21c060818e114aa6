import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { WorkbenchThread } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { clearDraft, readDraft, writeDraft } from '../../components/session-draft.ts';
import { useSession } from '../auth/session-api.ts';
import { useConsultants, useSavedReplies, useWorkbenchAction } from './online-consult-api.ts';
import { MessageList, STATUS_COLOR } from './thread-page.tsx';
import { GoalTag } from './goal-tag.tsx';
import { ruleIdsIn } from './rule-ids.ts';
import './messages.ts';

export interface EntryDraft {
  title: string;
  body: string;
  ruleIds: string[];
}

/** One question on the workbench: the attached assessment (never the holder's records), the messages, and claim / answer / hand over / close. */
export function ThreadPanel({
  thread,
  onToKnowledge,
}: {
  thread: WorkbenchThread;
  onToKnowledge: (d: EntryDraft) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { data: me } = useSession();
  const action = useWorkbenchAction();
  const replies = useSavedReplies();
  const consultants = useConsultants();
  const draftKey = `consult-answer.${thread.id}`;
  const [answer, setAnswer] = useState(() => readDraft<{ text: string }>(draftKey).text ?? '');
  const [reply, setReply] = useState<string | undefined>();
  const [handTo, setHandTo] = useState<string>('');
  const setText = (v: string) => {
    setAnswer(v);
    writeDraft(draftKey, { text: v });
  };
  const mineOrFree = !thread.claimedBy || thread.claimedBy.id === me?.id;
  const lastAnswer = [...thread.messages].reverse().find((m) => m.author === 'consultant');
  const a = thread.assessment;

  return (
    <Card
      data-testid="workbench-thread"
      title={
        <Space wrap>
          <Typography.Text code>{thread.reference}</Typography.Text>
          <Tag color={STATUS_COLOR[thread.status]} data-testid="workbench-thread-status">
            {t(`onlineConsult.status.${thread.status}`)}
          </Tag>
          <GoalTag thread={thread} />
        </Space>
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('onlineConsult.question_')}>
          <span style={{ whiteSpace: 'pre-wrap' }} data-testid="workbench-question">
            {thread.question}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('onlineConsult.askedAt')}>
          {formatDate(thread.createdAt)} ·{' '}
          {thread.signedIn ? t('onlineConsult.signedIn') : t('onlineConsult.anonymous')}
          {thread.mobile ? ` · ${thread.mobile}${thread.notifySms ? t('onlineConsult.wantsSms') : ''}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('onlineConsult.claimedBy')}>
          {thread.claimedBy?.name ?? t('onlineConsult.unclaimed')}
        </Descriptions.Item>
        <Descriptions.Item label={t('onlineConsult.attachedAssessment')}>
          {a ? (
            <span data-testid="workbench-assessment">
              {t('onlineConsult.assessmentLine', {
                total: a.total,
                standard: a.standardScore,
                asOf: a.asOf,
                policy: a.policyId,
              })}{' '}
              ·{' '}
              <Link to="/assess" target="_blank">
                {t('onlineConsult.openAssessment')}
              </Link>
            </span>
          ) : (
            <Typography.Text type="secondary">{t('onlineConsult.noAssessment')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('onlineConsult.messages')}</Typography.Title>
      <MessageList messages={thread.messages} />
      {action.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(action.error, t)}
          style={{ margin: '8px 0' }}
          data-testid="workbench-error"
        />
      )}
      <Flex vertical gap={8} style={{ marginTop: 12 }}>
        <Space wrap>
          {!thread.claimedBy && thread.status !== 'closed' && (
            <Button
              onClick={() => action.mutate({ id: thread.id, action: 'claim' })}
              loading={action.isPending}
              data-testid="workbench-claim"
            >
              {t('onlineConsult.claim')}
            </Button>
          )}
          <Select
            style={{ minWidth: 260 }}
            placeholder={t('onlineConsult.savedReplies')}
            value={reply}
            onChange={setReply}
            options={(replies.data ?? []).map((r) => ({
              value: r.id,
              label: `${r.title[lang]} (${r.ruleIds.join(', ')})`,
            }))}
            data-testid="saved-reply-select"
          />
          <Button
            disabled={!reply}
            onClick={() => {
              const r = replies.data?.find((x) => x.id === reply);
              if (r) setText(answer ? `${answer}\n${r.body[thread.language]}` : r.body[thread.language]);
            }}
            data-testid="saved-reply-insert"
          >
            {t('onlineConsult.insert')}
          </Button>
        </Space>
        <Input.TextArea
          rows={5}
          maxLength={4000}
          showCount
          value={answer}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('onlineConsult.answerPlaceholder')}
          data-testid="answer-text"
        />
        {ruleIdsIn(answer).length > 0 && (
          <span>
            {t('onlineConsult.rules')}:{' '}
            {ruleIdsIn(answer).map((id) => (
              <Tag key={id} color="blue">
                {id}
              </Tag>
            ))}
          </span>
        )}
        <Space wrap>
          <Button
            type="primary"
            disabled={answer.trim() === '' || !mineOrFree}
            loading={action.isPending}
            onClick={() =>
              action.mutate(
                { id: thread.id, action: 'answer', body: { body: answer, ruleIds: ruleIdsIn(answer) } },
                {
                  onSuccess: () => {
                    setAnswer('');
                    clearDraft(draftKey);
                  },
                },
              )
            }
            data-testid="answer-send"
          >
            {t('onlineConsult.sendAnswer')}
          </Button>
          {thread.status !== 'closed' && mineOrFree && (
            <>
              <Select
                style={{ minWidth: 200 }}
                value={handTo}
                onChange={setHandTo}
                aria-label={t('onlineConsult.handOverTo')}
                options={[
                  { value: '', label: t('onlineConsult.handOverToQueue') },
                  ...(consultants.data ?? [])
                    .filter((c) => c.id !== me?.id)
                    .map((c) => ({ value: c.id, label: c.name })),
                ]}
                data-testid="handover-to"
              />
              <Button
                onClick={() =>
                  action.mutate({ id: thread.id, action: 'hand-over', body: handTo ? { toUserId: handTo } : {} })
                }
                data-testid="handover"
              >
                {t('onlineConsult.handOver')}
              </Button>
              <Button onClick={() => action.mutate({ id: thread.id, action: 'close' })} data-testid="workbench-close">
                {t('onlineConsult.close')}
              </Button>
            </>
          )}
          {lastAnswer && (
            <Button
              type="link"
              onClick={() =>
                onToKnowledge({
                  title: thread.question.slice(0, 120),
                  body: lastAnswer.body,
                  ruleIds: lastAnswer.ruleIds,
                })
              }
              data-testid="to-knowledge"
            >
              {t('onlineConsult.toKnowledge')}
            </Button>
          )}
        </Space>
      </Flex>
    </Card>
  );
}
