import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CompactList } from '../../components/compact-list.tsx';
import { LoadFailed } from '../../components/load-failed.tsx';
import { useChecklist } from './applications-api.ts';
import { localized } from './localized.ts';

/** what the HR specialist brings to the district talent centre (M-1..M-4). */
export function ChecklistCard({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const checklist = useChecklist(applicationId, true);
  return (
    <Card title={t('application.checklistTitle')} data-testid="materials-checklist" style={{ marginBottom: 16 }}>
      {checklist.isError ? (
        <LoadFailed error={checklist.error} onRetry={() => void checklist.refetch()} />
      ) : (
        <>
          {checklist.data && (
            <Typography.Paragraph data-testid="checklist-where">
              <Tag color="purple">{checklist.data.ruleId}</Tag>
              {checklist.data.inPerson
                ? t('application.inPerson', { where: localized(checklist.data.where) })
                : localized(checklist.data.where)}
            </Typography.Paragraph>
          )}
          <CompactList
            loading={checklist.isPending}
            items={(checklist.data?.items ?? []).map((item) => ({
              key: item.id,
              'data-testid': `material-${item.ruleId}`,
              title: (
                <span>
                  <Tag color="blue">{item.ruleId}</Tag>
                  {localized(item.name)}
                  {item.original && <Tag style={{ marginLeft: 8 }}>{t('application.original')}</Tag>}
                  {item.copy && <Tag>{t('application.copy')}</Tag>}
                  {item.sealOnCopy && <Tag color="red">{t('application.seal')}</Tag>}
                </span>
              ),
              description: localized(item.requirement),
            }))}
          />
        </>
      )}
    </Card>
  );
}
