import { App as AntdApp, Button } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text.ts';
import { ClaimsCard } from '../records/claims-card.tsx';
import { useClaims, useConfirmClaims } from '../records/holder-data-api.ts';
import '../records/messages.ts';
import { PageTitle } from '../../../components/page-title.tsx';

/** The holder edits their indicator claims and confirms the version on file (R-3 step 3 follows). */
export default function MyClaimsPage() {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const claims = useClaims();
  const confirm = useConfirmClaims();
  const view = claims.data;
  const canConfirm = view !== undefined && view.version > 0 && !view.confirmed;
  return (
    <>
      <PageTitle>{t('nav.myClaims')}</PageTitle>
      <div style={{ maxWidth: 860 }}>
        <ClaimsCard
          extra={
            <Button
              type="primary"
              icon={<CheckOutlined />}
              disabled={!canConfirm}
              loading={confirm.isPending}
              onClick={() =>
                view &&
                confirm.mutate(view.version, {
                  onSuccess: () => void message.success(t('holderData.claimsConfirmedOk')),
                  onError: (e) => void message.error(errorText(e, t)),
                })
              }
              data-testid="claims-confirm"
            >
              {t('holderData.confirmClaims')}
            </Button>
          }
        />
      </div>
    </>
  );
}
