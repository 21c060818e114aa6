import { Alert, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { RoleTag } from '../../components/role-tag.tsx';
import { scopeLine } from '../../components/user-scope.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useConsultationQueue } from './consultation-api.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { ButtonLink } from '../../components/button-link.tsx';
import './messages.ts';

/** The consultant's home: who they serve, and how many new requests wait in the call-back queue (PI-3). */
export default function ConsultantHomePage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const fresh = useConsultationQueue('new');
  if (!user) return null;
  return (
    <>
      <PageTitle>{t('consultant.title')}</PageTitle>
      <Card style={{ maxWidth: 720, marginBottom: 16 }} data-testid="consultant-scope">
        <Descriptions column={1}>
          <Descriptions.Item label={t('common.name')}>{user.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('common.role')}>
            <RoleTag role={user.role} />
          </Descriptions.Item>
          <Descriptions.Item label={t('common.scope')}>{scopeLine(user, t('scope.citywide'))}</Descriptions.Item>
        </Descriptions>
      </Card>
      {fresh.isError ? (
        <LoadFailed error={fresh.error} onRetry={() => void fresh.refetch()} />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ maxWidth: 720 }}
          data-testid="consultant-queue-summary"
          title={t('consultant.queueTitle')}
          description={
            <>
              <Typography.Paragraph>{t('consultant.queueHint')}</Typography.Paragraph>
              {fresh.data && (
                <Typography.Paragraph strong data-testid="consultant-new-count">
                  {t('consultant.newCount', { count: fresh.data.length })}
                </Typography.Paragraph>
              )}
              <ButtonLink to="/consultations" type="primary">
                {t('consultant.openQueue')}
              </ButtonLink>
            </>
          }
        />
      )}
    </>
  );
}
