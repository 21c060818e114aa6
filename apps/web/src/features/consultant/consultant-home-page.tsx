import { Alert, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { RoleTag } from '../../components/role-tag.tsx';
import { scopeLine } from '../../components/user-scope.ts';

/** The consultant's home: who they serve. The consultation queue arrives in a later release. */
export default function ConsultantHomePage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  if (!user) return null;
  return (
    <>
      <Typography.Title level={3}>{t('consultant.title')}</Typography.Title>
      <Card style={{ maxWidth: 720, marginBottom: 16 }} data-testid="consultant-scope">
        <Descriptions column={1}>
          <Descriptions.Item label={t('common.name')}>{user.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('common.role')}><RoleTag role={user.role} /></Descriptions.Item>
          <Descriptions.Item label={t('common.scope')}>{scopeLine(user, t('scope.citywide'))}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Alert type="info" showIcon style={{ maxWidth: 720 }} title={t('consultant.queueLater')} description={t('consultant.queueHint')} />
    </>
  );
}
