import { useState } from 'react';
import { Button, Flex } from 'antd';
import { Alert, TextInput } from './ui.tsx';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AssessmentInput } from '@jifen/domain';
import { api } from '../../api/client.ts';
import { errorText } from '../../api/error-text.ts';
import { useSession } from '../auth/session-api.ts';
import { ButtonLink } from '../../components/button-link.tsx';

/** Print (the print stylesheet gives the report), share link (fragment only), save to the holder's account, ask a consultant. */
export function ActionsBar({
  shareFragment,
  input,
  asOf,
  onReset,
}: {
  shareFragment: string;
  input: AssessmentInput | null;
  asOf: string;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [shared, setShared] = useState<'copied' | 'manual' | null>(null);
  const link = `${window.location.origin}/assess#${shareFragment}`;
  const save = useMutation({
    mutationFn: (body: { input: AssessmentInput; asOf: string }) =>
      api.post<{ assessment: { policy: { id: string } } }>('/api/v1/me/assessments', body),
  });
  const share = async () => {
    window.history.replaceState(null, '', `#${shareFragment}`);
    try {
      await navigator.clipboard.writeText(link);
      setShared('copied');
    } catch {
      setShared('manual');
    }
  };
  return (
    <div className="no-print" data-testid="actions">
      <Flex wrap gap={8}>
        <Button type="primary" onClick={() => window.print()} data-testid="print">
          {t('assess.actions.print')}
        </Button>
        <Button onClick={() => void share()} data-testid="share">
          {t('assess.actions.share')}
        </Button>
        {session.data?.role === 'holder' && (
          <Button
            disabled={!input || save.isPending}
            onClick={() => input && save.mutate({ input, asOf })}
            data-testid="save"
          >
            {t('assess.actions.save')}
          </Button>
        )}
        <ButtonLink to={`/consult#${shareFragment}`} data-testid="consult-link">
          {t('assess.actions.consult')}
        </ButtonLink>
        <ButtonLink to={`/consult/ask#${shareFragment}`} data-testid="ask-online-link">
          {t('nav.askOnline')}
        </ButtonLink>
        <Button type="text" onClick={onReset} data-testid="reset">
          {t('assess.actions.reset')}
        </Button>
      </Flex>
      {shared === 'copied' && (
        <Alert
          type="success"
          showIcon
          title={t('assess.actions.shareCopied')}
          style={{ marginTop: 8 }}
          data-testid="share-copied"
        />
      )}
      {shared === 'manual' && (
        <Alert
          type="info"
          style={{ marginTop: 8 }}
          title={t('assess.actions.shareManual')}
          description={<TextInput readOnly value={link} data-testid="share-link" onFocus={(e) => e.target.select()} />}
          data-testid="share-copied"
        />
      )}
      {save.isSuccess && (
        <Alert
          type="success"
          showIcon
          title={t('assess.actions.saved', { id: save.data.assessment.policy.id })}
          style={{ marginTop: 8 }}
          data-testid="saved"
        />
      )}
      {save.isError && <Alert type="error" showIcon title={errorText(save.error, t)} style={{ marginTop: 8 }} />}
    </div>
  );
}
