import { Alert, Button, Modal, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RenewalOutcome } from './roster-api.ts';

const COLOURS = { created: 'green', already_open: 'blue', refused: 'red' } as const;

/** The per-person answer of a bulk renewal: created, already open, or refused with the rule and the fix. */
export function RenewalResults({ results, onClose }: { results: RenewalOutcome[] | null; onClose: () => void }) {
  const { t } = useTranslation();
  const count = (o: RenewalOutcome['outcome']) => results?.filter((r) => r.outcome === o).length ?? 0;
  return (
    <Modal
      open={results !== null}
      onCancel={onClose}
      title={t('roster.renewals.title')}
      width={860}
      footer={
        <Button onClick={onClose} data-testid="renewals-close">
          {t('roster.import.close')}
        </Button>
      }
    >
      <Alert
        type={count('refused') > 0 ? 'warning' : 'success'}
        showIcon
        data-testid="renewals-summary"
        title={t('roster.renewals.summary', {
          created: count('created'),
          open: count('already_open'),
          refused: count('refused'),
        })}
        style={{ marginBottom: 12 }}
      />
      <Table<RenewalOutcome>
        size="small"
        rowKey="holderId"
        data-testid="renewal-results"
        dataSource={results ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('roster.columns.name'), dataIndex: 'name', render: (n: string | null) => n ?? '—' },
          {
            title: t('roster.columns.state'),
            key: 'outcome',
            render: (_, r) => (
              <Tag color={COLOURS[r.outcome]} data-testid="renewal-outcome" data-outcome={r.outcome}>
                {t(`roster.renewals.${r.outcome}`)}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'detail',
            render: (_, r) =>
              r.applicationId ? (
                <Link to={`/applications/${r.applicationId}`}>{r.applicationNumber ?? t('roster.renewals.open')}</Link>
              ) : (
                <span>{[r.ruleId, r.message, r.fix].filter(Boolean).join(' · ')}</span>
              ),
          },
        ]}
      />
    </Modal>
  );
}
