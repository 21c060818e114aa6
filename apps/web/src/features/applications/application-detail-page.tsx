import { useState } from 'react';
import { Alert, Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { PageLoading } from '../../components/page-loading.tsx';
import { LoadFailed } from '../../components/load-failed.tsx';
import { formatDate } from '../../components/format-date.ts';
import type { CheckResult } from './application-types.ts';
import { useApplication } from './applications-api.ts';
import { ApplicationActions } from './application-actions.tsx';
import { CheckResults } from './check-results.tsx';
import { EventsTimeline } from './events-timeline.tsx';
import { ApplicationStateTag, SlaTag } from './state-tags.tsx';
import { PrintNoticeButton } from './print-notice-button.tsx';
import { localized } from './localized.ts';
import { NextStepCard } from './next-step-card.tsx';
import { useApplicationPreview } from './preview-api.ts';
import './messages.ts';
import { lazyPart } from '../../app/recovery/lazy-part.tsx';

// Parts only some roles or states show load when shown (issue 20).
const ChecklistCard = lazyPart(() => import('./checklist-card.tsx').then((m) => m.ChecklistCard));
const VisitBooking = lazyPart(() => import('./visit-booking.tsx').then((m) => m.VisitBooking));
const ConfirmationPreviewCard = lazyPart(() =>
  import('./confirmation-preview.tsx').then((m) => m.ConfirmationPreviewCard),
);
const MaterialsCard = lazyPart(() => import('../review/materials-card.tsx').then((m) => m.MaterialsCard));
const ReviewCard = lazyPart(() => import('../review/review-card.tsx').then((m) => m.ReviewCard));
const RevokeNoticeButton = lazyPart(() =>
  import('../review/revoke-notice-button.tsx').then((m) => m.RevokeNoticeButton),
);
import { PageTitle } from '../../components/page-title.tsx';

/** The states in which the holder confirms and HR reviews before submitting: the confirmation shows the engine (issue 17). */
const BEFORE_SUBMISSION: readonly string[] = ['draft', 'holder_confirmed', 'returned'];

/** One application: state, allowed actions, checks with rule IDs and fixes, SLA, events; R-2 checklist and visit. */
export default function ApplicationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: user } = useSession();
  const application = useApplication(id);
  const [refused, setRefused] = useState<CheckResult[]>([]);
  // Issue 17: before submission the confirmation shows the engine's lines and total (shared with the card below).
  const beforeSubmission = application.data ? BEFORE_SUBMISSION.includes(application.data.state) : false;
  const preview = useApplicationPreview(id, beforeSubmission);
  if (application.isPending) return <PageLoading />;
  if (application.isError) return <LoadFailed error={application.error} onRetry={() => void application.refetch()} />;
  const a = application.data;
  const changedEmployer = a.kind === 'renewal_changed_employer';
  const none = t('common.none');
  return (
    <>
      <PageTitle>
        <Link to="/applications">{t('application.back')}</Link> ·{' '}
        <span data-testid="application-number">{a.number}</span> · {t(`application.kind.${a.kind}`)} · {a.holder.name}
      </PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <NextStepCard application={a} canAct={user?.role === 'hr'} />
          {a.timeline?.blocker && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="timeline-blocker"
              data-rule={a.timeline.blocker.ruleId}
              title={
                <>
                  <Tag>{a.timeline.blocker.ruleId}</Tag>
                  {t('applicationNextStep.blockedTitle')}
                </>
              }
              description={localized(a.timeline.blocker.message)}
            />
          )}
          <Card style={{ marginBottom: 16 }} data-testid="application-summary">
            <Descriptions column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('application.stateLabel')}>
                <ApplicationStateTag state={a.state} />
              </Descriptions.Item>
              <Descriptions.Item label={t('applicationFields.total')}>
                <span data-testid="application-total">
                  {a.total != null
                    ? a.total
                    : beforeSubmission && preview.data && !preview.data.unavailable
                      ? t('confirmPreview.summaryTotal', { total: preview.data.total })
                      : t('applicationFields.noTotal')}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('holder.employer')}>{a.employer.name}</Descriptions.Item>
              <Descriptions.Item label={t('application.createdAt')}>{formatDate(a.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('application.updatedAt')}>{formatDate(a.updatedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('application.slaDue')}>
                <span data-testid="sla-due">
                  {formatDate(a.sla?.dueDate ?? a.slaDue) ||
                    (a.pending.some((p) => p.kind === 'calendar') ? t('application.slaPending') : none)}
                </span>{' '}
                <SlaTag status={a.sla?.status} />
              </Descriptions.Item>
              {a.timeline?.permitPeriod && (
                <Descriptions.Item label={t('applicationFields.permitPeriod')}>
                  <span data-testid="permit-period">{`${a.timeline.permitPeriod.issuedOn} ~ ${a.timeline.permitPeriod.expiresOn}`}</span>
                </Descriptions.Item>
              )}
            </Descriptions>
            {/* P-2: what the application waits for; it is never blocked by it. */}
            {a.pending.map((p) => (
              <Alert
                key={`${p.kind}-${p.year}`}
                type="info"
                showIcon
                style={{ marginTop: 12 }}
                data-testid={`pending-${p.kind}`}
                title={t('application.pendingTitle')}
                description={localized(p.message)}
              />
            ))}
            {user?.role !== 'holder' || a.allowedActions.length > 0 ? (
              <ApplicationActions application={a} onChecksFailed={setRefused} />
            ) : null}
            {a.state === 'approved' && (
              <Space style={{ marginTop: 16 }} wrap>
                <PrintNoticeButton applicationId={a.id} />
                {(user?.role === 'reviewer' || user?.role === 'admin') && <RevokeNoticeButton applicationId={a.id} />}
              </Space>
            )}
          </Card>
          {beforeSubmission && (
            <ConfirmationPreviewCard
              applicationId={a.id}
              editClaimsLink={user?.role === 'holder' && a.state === 'draft'}
            />
          )}
          {refused.length > 0 && (
            <Card style={{ marginBottom: 16 }} data-testid="submit-refused">
              <CheckResults
                checks={refused}
                title={t('application.refusedTitle', { state: t(`application.state.${a.state}`) })}
              />
            </Card>
          )}
          {a.checks.length > 0 && (
            <Card style={{ marginBottom: 16 }}>
              <CheckResults checks={a.checks} title={t('application.checksTitle')} />
            </Card>
          )}
          {/* Issue #12: materials item by item at the counter, then the review every role reads (R-3, C-5). */}
          {a.state === 'awaiting_visit' && (user?.role === 'clerk' || user?.role === 'reviewer') && (
            <MaterialsCard application={a} />
          )}
          {a.state !== 'draft' && a.state !== 'holder_confirmed' && <ReviewCard application={a} />}
          {changedEmployer && <ChecklistCard applicationId={a.id} />}
          {changedEmployer && user?.role === 'hr' && a.state === 'awaiting_visit' && <VisitBooking application={a} />}
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('application.eventsTitle')}>
            <EventsTimeline events={a.events} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
