import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './document-title.ts';
import { ButtonLink } from './button-link.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFound'));
  return (
    <Result
      status="404"
      title={
        // A plain <h1>: this page is in the entry chunk, which must not carry antd's Typography.
        <h1 style={{ margin: 0, font: 'inherit' }}>404</h1>
      }
      subTitle={t('errors.notFound')}
      extra={
        <ButtonLink to="/" type="primary">
          {t('common.backHome')}
        </ButtonLink>
      }
    />
  );
}
