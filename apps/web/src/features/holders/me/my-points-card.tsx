import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import type { HolderDetail } from '../../../api/contract-types.ts';
import { formatDate } from '../../../components/format-date.ts';
import { useApplications } from '../../applications/applications-api.ts';
import { summarizePoints } from './my-points.ts';
import '../../applications/confirmation-messages.ts';
import '../../applications/messages.ts';

interface SavedAssessment {
  total: number;
  asOf: string;
  createdAt: string;
}

const VALID_STATES = ['valid', 'renewal_window'];

/**
 * The holder's points on their home (issue #10: the total was only in the
 * notice PDF): the approved total, how long it is valid (L-1: exactly as
 * long as the permit), the application in progress and the latest saved
 * self-assessment.
 */
export function MyPointsCard({ holder }: { holder: HolderDetail }) {
  const { t } = useTranslation();
  const applications = useApplications();
  const saved = useQuery({
    queryKey: ['me', 'assessments'],
    queryFn: async () => (await api.get<{ assessments: SavedAssessment[] }>('/api/v1/me/assessments')).assessments,
  });
  const { approved, current } = summarizePoints(applications.data ?? []);
  const latest = [...(saved.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  // Issue 17: the points' own end (the cycle's permit period), not the permit's latest endorsement.
  const expiresOn = holder.points?.expiresOn ?? holder.permit?.expiresOn;
  const stillValid = approved && expiresOn && holder.lifecycle?.state && VALID_STATES.includes(holder.lifecycle.state);
  return (
    <Card title={t('myPoints.title')} style={{ maxWidth: 760, marginBottom: 16 }} data-testid="my-points">
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12}>
          <Statistic
            title={t('myPoints.approvedTotal')}
            value={approved?.total ?? t('myPoints.noApproved')}
            suffix={approved ? ` / 120` : undefined}
            styles={approved ? undefined : { content: { fontSize: 16 } }}
            data-testid="my-points-total"
          />
          {approved && (
            <Typography.Text type="secondary">
              <Link to={`/applications/${approved.id}`}>
                {t('myPoints.approvedOn', {
                  number: approved.number,
                  date: formatDate(approved.noticeIssuedOn ?? approved.updatedAt),
                })}
              </Link>
            </Typography.Text>
          )}
        </Col>
        <Col xs={24} sm={12}>
          <Statistic
            title={t('myPoints.validUntil')}
            value={stillValid ? t('myPoints.validUntilValue', { date: expiresOn }) : t('common.none')}
            styles={{ content: { fontSize: 16 } }}
            data-testid="my-points-valid-until"
          />
        </Col>
        <Col xs={24} sm={12}>
          <Typography.Text type="secondary">{t('myPoints.current')}</Typography.Text>
          <div data-testid="my-points-current">
            {current ? (
              <Link to={`/applications/${current.id}`}>
                {t('myPoints.currentValue', { number: current.number, state: t(`application.state.${current.state}`) })}
              </Link>
            ) : (
              t('myPoints.noCurrent')
            )}
          </div>
        </Col>
        <Col xs={24} sm={12}>
          <Typography.Text type="secondary">{t('myPoints.selfAssessment')}</Typography.Text>
          <div data-testid="my-points-assessment">
            {latest ? (
              t('myPoints.selfAssessmentValue', { total: latest.total, date: formatDate(latest.asOf) })
            ) : (
              <Link to="/assess">{t('myPoints.noSelfAssessment')}</Link>
            )}
          </div>
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('myPoints.standard')}
      </Typography.Text>
    </Card>
  );
}
