import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaterialCheckView } from '@jifen/contracts';
import { localized } from '../applications/localized.ts';
import './messages.ts';

/** M-5: the items a returned check found missing, each named. */
export function MaterialProblems({ problems }: { problems: MaterialCheckView['problems'] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      header={t('workbench.materials.problemsTitle')}
      dataSource={problems}
      renderItem={(p) => <List.Item data-testid={`materials-problem-${p.item}`}>{localized(p.message)}</List.Item>}
    />
  );
}
