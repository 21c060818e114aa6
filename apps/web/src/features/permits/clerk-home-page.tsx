import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseResidentId } from '@jifen/domain';
import { useSession } from '../auth/session-api.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { PermitHistory } from './permit-history.tsx';
import { usePermitLookup, type EndorseResult, type NewPermitResult } from './permits-api.ts';
import { NewPermitForm } from './new-permit-form.tsx';
import { EndorsementForm } from './endorsement-form.tsx';
import { successNotes } from './endorsement-outcome.ts';
import './messages.ts';
import { PageTitle } from '../../components/page-title.tsx';

/**
 * The community affairs acceptance centre (社区事务受理服务中心): look a holder
 * up by resident ID (I-1 checked in the browser), see the permit, its
 * lifecycle and history, and record an endorsement (签注, L-7).
 */
export default function ClerkHomePage() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const [residentId, setResidentId] = useState<string | null>(null);
  const [result, setResult] = useState<EndorseResult | null>(null);
  const [issued, setIssued] = useState<NewPermitResult | null>(null);
  const lookup = usePermitLookup(residentId);
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  const found = lookup.data;
  const current = found?.history.current ?? null;
  const lapsed = found?.history.lifecycle?.state === 'permit_lapsed';
  return (
    <>
      <PageTitle>{user?.centre?.name ?? t('clerk.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }} data-testid="clerk-centre">
        <Typography.Paragraph type="secondary">{t('endorsement.intro')}</Typography.Paragraph>
        <Form
          layout="inline"
          onFinish={({ id }: { id: string }) => {
            setResult(null);
            setIssued(null);
            setResidentId(id.trim().toUpperCase());
          }}
          data-testid="lookup-form"
        >
          <Form.Item
            name="id"
            label={t('endorsement.residentId')}
            validateTrigger="onBlur"
            rules={[
              { required: true, message: t('endorsement.residentIdRequired') },
              {
                validator: (_, v: string | undefined) => {
                  if (!v) return Promise.resolve();
                  const parsed = parseResidentId(v);
                  return parsed.ok ? Promise.resolve() : Promise.reject(new Error(parsed.error.message[lang]));
                },
              },
            ]}
          >
            <Input maxLength={18} style={{ width: 240 }} autoComplete="off" data-testid="lookup-id" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={lookup.isFetching} data-testid="lookup-submit">
            {t('endorsement.lookup')}
          </Button>
        </Form>
      </Card>
      {lookup.isError && <LoadFailed error={lookup.error} />}
      {found && (
        <>
          <Card style={{ marginBottom: 16 }} data-testid="lookup-holder">
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('holder.name')}>{found.holder.name}</Descriptions.Item>
              <Descriptions.Item label={t('holder.idNumber')}>{found.holder.residentId}</Descriptions.Item>
              <Descriptions.Item label={t('holder.employer')}>
                {found.holder.employer?.name ?? t('common.none')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {result && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="endorse-result"
              title={t('endorsement.endorsed', { date: result.endorsement.newExpiresOn })}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {successNotes(result).map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              }
            />
          )}
          {issued && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="new-permit-result"
              title={t('clerkNew.done', { date: issued.history.current?.expiresOn ?? '' })}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {issued.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              }
            />
          )}
          {/* L-5 (issue 17): a lapsed permit, or none, is issued anew; any other is endorsed (L-7). */}
          {current && !result && !issued && !lapsed && (
            <EndorsementForm key={current.expiresOn} holderId={found.holder.id} permit={current} onDone={setResult} />
          )}
          {(lapsed || !current) && !issued && <NewPermitForm holderId={found.holder.id} onDone={setIssued} />}
          <PermitHistory history={issued?.history ?? result?.history ?? found.history} />
        </>
      )}
    </>
  );
}
