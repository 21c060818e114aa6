import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsultationItem } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { useRevealMobile, useUpdateConsultation } from './consultation-api.ts';

const STATUS_COLOR = { new: 'blue', called_back: 'green', closed: 'default' } as const;

/** One request in the queue: masked mobile (reveal is audited, PI-1), question, attached assessment, notes, status. */
export function ConsultationCard({ item }: { item: ConsultationItem }) {
  const { t } = useTranslation();
  const update = useUpdateConsultation();
  const reveal = useRevealMobile();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState(() => t('consult.revealReasonDefault'));
  const a = item.assessment;
  return (
    <Card
      size="small"
      data-testid={`consultation-${item.reference}`}
      title={
        <Space wrap>
          <span>{item.name}</span>
          <Tag color={STATUS_COLOR[item.status]} data-testid="queue-status">
            {t(`consult.status.${item.status}`)}
          </Tag>
          <Typography.Text type="secondary" code>
            {item.reference}
          </Typography.Text>
        </Space>
      }
      extra={<Typography.Text type="secondary">{formatDate(item.createdAt)}</Typography.Text>}
    >
      <Flex vertical gap={8}>
        <Space wrap>
          <Typography.Text strong data-testid="queue-mobile">
            {reveal.data?.mobile ?? item.mobile}
          </Typography.Text>
          {!reveal.data && (
            <Space.Compact>
              <Input
                size="small"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-label={t('consult.revealReason')}
                style={{ width: 160 }}
              />
              <Button
                size="small"
                disabled={reason.trim() === ''}
                loading={reveal.isPending}
                onClick={() => reveal.mutate({ id: item.id, reason })}
                data-testid="reveal"
              >
                {t('consult.reveal')}
              </Button>
            </Space.Compact>
          )}
          <Typography.Text type="secondary">
            {t('consult.language', { lang: item.language === 'en' ? 'English' : '中文' })}
          </Typography.Text>
        </Space>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="queue-question">
          {item.question}
        </Typography.Paragraph>
        <Typography.Text type="secondary">
          {a
            ? t('consult.assessment', { total: a.total, asOf: a.asOf, policy: a.policyId })
            : t('consult.noAssessment')}
        </Typography.Text>
        {item.notes.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="queue-notes">
            {item.notes.map((n, i) => (
              <li key={i}>
                <Typography.Text type="secondary">
                  {formatDate(n.at)} {n.by}：
                </Typography.Text>
                {n.text}
              </li>
            ))}
          </ul>
        )}
        <Space.Compact style={{ width: '100%' }}>
          <Input
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('consult.note')}
            maxLength={1000}
            data-testid="note-input"
          />
          <Button
            disabled={note.trim() === ''}
            onClick={() => update.mutate({ id: item.id, patch: { note } }, { onSuccess: () => setNote('') })}
            data-testid="note-add"
          >
            {t('consult.addNote')}
          </Button>
        </Space.Compact>
        <Space wrap>
          {item.status === 'new' && (
            <Button
              type="primary"
              onClick={() => update.mutate({ id: item.id, patch: { status: 'called_back' } })}
              data-testid="mark-called"
            >
              {t('consult.markCalled')}
            </Button>
          )}
          {item.status !== 'closed' && (
            <Button
              onClick={() => update.mutate({ id: item.id, patch: { status: 'closed' } })}
              data-testid="mark-closed"
            >
              {t('consult.close')}
            </Button>
          )}
          {item.status === 'closed' && (
            <Button onClick={() => update.mutate({ id: item.id, patch: { status: 'new' } })}>
              {t('consult.reopen')}
            </Button>
          )}
        </Space>
        {(update.isError || reveal.isError) && (
          <Alert type="error" showIcon title={errorText(update.error ?? reveal.error, t)} />
        )}
      </Flex>
    </Card>
  );
}
