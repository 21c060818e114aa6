import { useRef } from 'react';
import { Alert, App as AntdApp, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HolderDetail } from '../../api/contract-types.ts';
import { errorText } from '../../api/error-text.ts';
import { useApplications, useCreateApplication } from './applications-api.ts';
import { summarizePoints } from '../holders/me/my-points.ts';
import './preview-messages.ts';
import './messages.ts';

/**
 * Issue 17 (R-1: "the holder or the employer logs in… and submits"): the
 * holder starts their own renewal, then checks their indicators, confirms,
 * and it goes to their employer's HR, who reviews and submits it.
 * One open application per holder: an open one is linked instead.
 */
export function StartRenewalCard({ holder }: { holder: HolderDetail }) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const navigate = useNavigate();
  const applications = useApplications();
  const create = useCreateApplication();
  // One key per page visit: a double click or a retry never makes a second draft.
  const key = useRef(`holder-renewal-${crypto.randomUUID()}`);
  const { approved, current } = summarizePoints(applications.data ?? []);
  // A first application is HR's to start; the holder renews what was approved.
  if (applications.isPending || (!approved && !current)) return null;
  const start = () =>
    create.mutate(
      { holderId: holder.id, kind: 'renewal_same_employer', idempotencyKey: key.current },
      {
        onSuccess: (res) => void navigate(`/applications/${res.application.id}`),
        onError: (e) => void message.error(errorText(e, t)),
      },
    );
  return (
    <Card title={t('startRenewal.title')} style={{ maxWidth: 760, marginBottom: 16 }} data-testid="start-renewal">
      {current ? (
        <Flex gap={8} wrap align="center">
          <span data-testid="start-renewal-open">
            {t('startRenewal.open', { number: current.number, state: t(`application.state.${current.state}`) })}
          </span>
          <Link to={`/applications/${current.id}`}>{t('startRenewal.openLink')}</Link>
        </Flex>
      ) : !holder.employer ? (
        <Alert type="warning" showIcon data-testid="start-renewal-no-employer" title={t('startRenewal.noEmployer')} />
      ) : (
        <Flex vertical gap={8} align="start">
          <Typography.Text type="secondary">{t('startRenewal.hint')}</Typography.Text>
          {create.isError && (
            <Alert type="error" showIcon title={errorText(create.error, t)} data-testid="start-renewal-error" />
          )}
          <Popconfirm
            title={t('startRenewal.confirm', { employer: holder.employer.name })}
            okText={t('startRenewal.ok')}
            cancelText={t('common.cancel')}
            onConfirm={start}
          >
            <Button type="primary" loading={create.isPending} data-testid="start-renewal-button">
              {t('startRenewal.button')}
            </Button>
          </Popconfirm>
        </Flex>
      )}
    </Card>
  );
}
