import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegisterEmployerResponse } from '../../api/contract-types.ts';
import { ButtonLink } from '../../components/button-link.tsx';
import './messages.ts';

/** After registering: the HR account exists, the employer waits for in-person verification. */
export function RegisterSuccess({ result }: { result: RegisterEmployerResponse }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('register.successTitle')}
      subTitle={t('register.successHint', {
        employer: result.employer.name,
        district: result.employer.district.name,
        username: result.hrUser.username,
      })}
      extra={
        <ButtonLink to="/login" type="primary">
          {t('auth.login')}
        </ButtonLink>
      }
      data-testid="register-success"
    />
  );
}
