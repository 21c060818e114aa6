import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReplayResponse } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { useReplay } from './policy-admin-api.ts';

type Mismatch = ReplayResponse['mismatches'][number];

const json = (value: unknown) => (
  <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>
    {JSON.stringify(value)}
  </Typography.Text>
);

/** P-3: every stored decision recomputed from its stored inputs under its recorded version; mismatches listed. */
export function ReplayTab() {
  const { t } = useTranslation();
  const replay = useReplay();
  const result = replay.data;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('policyAdmin.replay.intro')}</Typography.Paragraph>
      <Button
        type="primary"
        loading={replay.isPending}
        onClick={() => replay.mutate()}
        style={{ alignSelf: 'flex-start' }}
        data-testid="replay-run"
      >
        {t('policyAdmin.replay.run')}
      </Button>
      {replay.isError && <Alert type="error" showIcon title={errorText(replay.error, t)} />}
      {result && (
        <>
          <Row gutter={16}>
            {(
              [
                ['checked', result.checked],
                ['matched', result.matched],
                ['withoutInput', result.withoutInput],
              ] as const
            ).map(([key, value]) => (
              <Col key={key} xs={24} md={8}>
                <Card size="small">
                  <Statistic title={t(`policyAdmin.replay.${key}`)} value={value} data-testid={`replay-${key}`} />
                </Card>
              </Col>
            ))}
          </Row>
          {result.mismatches.length === 0 ? (
            <Alert
              type="success"
              showIcon
              title={t('policyAdmin.replay.allMatch', { count: result.checked })}
              data-testid="replay-ok"
            />
          ) : (
            <Card title={t('policyAdmin.replay.mismatches', { count: result.mismatches.length })} size="small">
              <Table<Mismatch>
                rowKey={(m) => `${m.subjectType}-${m.subjectId}`}
                size="small"
                data-testid="replay-mismatches"
                dataSource={result.mismatches}
                scroll={{ x: 'max-content' }}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                columns={[
                  {
                    title: t('policyAdmin.replay.subjectType'),
                    dataIndex: 'subjectType',
                    render: (s: Mismatch['subjectType']) => t(`policyAdmin.replay.subjects.${s}`),
                    filters: (['application', 'saved_assessment'] as const).map((s) => ({
                      text: t(`policyAdmin.replay.subjects.${s}`),
                      value: s,
                    })),
                    onFilter: (value, m) => m.subjectType === value,
                  },
                  {
                    title: t('policyAdmin.replay.subjectId'),
                    dataIndex: 'subjectId',
                    render: (v: string) => <Typography.Text copyable>{v}</Typography.Text>,
                  },
                  {
                    title: t('policyAdmin.replay.policyId'),
                    dataIndex: 'policyId',
                    sorter: (a, b) => a.policyId.localeCompare(b.policyId),
                  },
                  { title: t('policyAdmin.replay.problem'), dataIndex: 'problem' },
                  { title: t('policyAdmin.replay.stored'), dataIndex: 'stored', render: json },
                  { title: t('policyAdmin.replay.replayed'), dataIndex: 'replayed', render: json },
                ]}
              />
            </Card>
          )}
        </>
      )}
    </Flex>
  );
}
