import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text.ts';

/** A query that failed: the API's message and a retry. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.loadFailed')}
      description={errorText(error, t)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      style={{ margin: 16 }}
    />
  );
}
