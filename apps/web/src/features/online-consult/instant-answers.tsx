import { Alert, Card, Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstantAnswersResponse } from '@jifen/contracts';
import './messages.ts';

export function RuleTags({ ids }: { ids: readonly string[] }) {
  return (
    <Flex wrap gap={4} component="span">
      {ids.map((id) => (
        <Tag key={id} color="blue" data-testid="rule-tag">
          {id}
        </Tag>
      ))}
    </Flex>
  );
}

/** The instant answers: L-8 computed for a date in the question, then the knowledge base's entries, best first. */
export function InstantAnswers({ data }: { data: InstantAnswersResponse }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const l = data.lifecycle;
  return (
    <div data-testid="instant-answers">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('onlineConsult.instantTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('onlineConsult.instantHint')}</Typography.Paragraph>
      {l && (
        <Card
          size="small"
          style={{ marginBottom: 12 }}
          data-testid="instant-lifecycle"
          title={t('onlineConsult.lifecycleTitle', { asOf: data.asOf })}
        >
          <Typography.Paragraph>
            {t('onlineConsult.lifecycleBasis', { text: l.basis.text, expiry: l.expiry })}
          </Typography.Paragraph>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('onlineConsult.lifecycleState')}>
              <Tag
                color={
                  l.state === 'valid'
                    ? 'green'
                    : l.state === 'renewal_window'
                      ? 'blue'
                      : l.state === 'grace'
                        ? 'orange'
                        : 'red'
                }
                data-testid="instant-state"
              >
                {l.stateLabel[lang]}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('onlineConsult.lifecycleNext')}>
              {l.nextDeadline ? (
                <span data-testid="instant-deadline">
                  {l.nextDeadline.label[lang]} <Tag>{l.nextDeadline.ruleId}</Tag>{' '}
                  {l.daysLeft !== null && t('onlineConsult.lifecycleDaysLeft', { days: l.daysLeft })}
                </span>
              ) : (
                t('onlineConsult.lifecycleNone')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('onlineConsult.holdingYears')}>
              {l.holdingYears.reason[lang]} <Tag>{l.holdingYears.ruleId}</Tag>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text strong style={{ display: 'block', margin: '12px 0 8px' }}>
            {t('onlineConsult.timeline')}
          </Typography.Text>
          <Timeline
            data-testid="instant-timeline"
            items={l.timeline.map((e) => ({
              key: e.kind,
              color: e.date <= data.asOf ? 'gray' : 'blue',
              content: (
                // The engine's label already starts with the date (issue 22: it was printed twice).
                <span data-testid={`timeline-${e.ruleId}`}>
                  {e.label[lang]} <Tag color="blue">{e.ruleId}</Tag>
                </span>
              ),
            }))}
          />
        </Card>
      )}
      {data.entries.length === 0 && !l && (
        <Alert type="info" showIcon title={t('onlineConsult.instantNone')} data-testid="instant-none" />
      )}
      {data.entries.map((e, i) => (
        <Card
          key={e.id}
          size="small"
          style={{ marginBottom: 8 }}
          data-testid={`instant-entry-${i}`}
          title={e.title[lang]}
          extra={<RuleTags ids={e.ruleIds} />}
        >
          <Typography.Paragraph style={{ marginBottom: 0 }}>{e.body[lang]}</Typography.Paragraph>
        </Card>
      ))}
    </div>
  );
}
