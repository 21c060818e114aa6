import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterSummary } from '@jifen/contracts';
import type { RosterFilters } from './roster-api.ts';
import { ExpiryCalendar } from './expiry-calendar.tsx';

const STATES = ['permit_lapsed', 'points_cleared', 'grace', 'renewal_window', 'valid'] as const;
const COLOURS: Record<(typeof STATES)[number], string> = {
  permit_lapsed: '#c41d7f',
  points_cleared: '#cf1322',
  grace: '#d46b08',
  renewal_window: '#d48806',
  valid: '#389e0d',
};

/** Counts by state (click one to filter the list) and the expiry calendar of the next 90 days. */
export function RosterDashboard({
  summary,
  onFilter,
}: {
  summary: RosterSummary;
  onFilter: (f: Partial<RosterFilters>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]} data-testid="roster-dashboard">
      <Col xs={24} xl={10}>
        <Row gutter={[12, 12]}>
          <Col span={12}>
            <Card size="small" data-testid="count-total">
              <Statistic title={t('roster.total')} value={summary.total} />
            </Card>
          </Col>
          {STATES.map((s) => (
            <Col span={12} key={s}>
              <Card size="small" hoverable onClick={() => onFilter({ state: s })} data-testid={`count-${s}`}>
                <Statistic
                  title={t(`roster.states.${s}`)}
                  value={summary.byState[s]}
                  styles={{ content: { color: COLOURS[s] } }}
                />
              </Card>
            </Col>
          ))}
          <Col span={12}>
            <Card size="small" data-testid="count-no-permit">
              <Statistic title={t('roster.noPermit')} value={summary.noPermit} />
            </Card>
          </Col>
        </Row>
      </Col>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('roster.calendarTitle')}>
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('roster.calendarHint')}
          </Typography.Paragraph>
          <ExpiryCalendar
            asOf={summary.asOf}
            expiries={summary.expiries}
            onPick={(date) => onFilter({ expiresOn: date })}
          />
        </Card>
      </Col>
    </Row>
  );
}
