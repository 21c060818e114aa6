import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './document-title.ts';
import { ButtonLink } from './button-link.tsx';

export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.forbidden'));
  return (
    <Result
      status="403"
      title={
        // A plain <h1>: this page is in the entry chunk, which must not carry antd's Typography.
        <h1 style={{ margin: 0, font: 'inherit' }}>403</h1>
      }
      subTitle={t('errors.forbidden')}
      extra={
        <ButtonLink to="/" type="primary">
          {t('common.backHome')}
        </ButtonLink>
      }
    />
  );
}
