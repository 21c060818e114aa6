import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button } from 'antd';
import { i18n } from '../i18n/i18n.ts';
import { isChunkLoadFailure } from './recovery/lazy-with-retry.ts';
import './recovery/messages.ts';

interface State {
  error: Error | null;
}

/**
 * A rendering bug shows a way out instead of a blank page. A chunk that
 * could not be loaded (network, 429) is not a bug: it says so and offers a
 * reload, which is what heals it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled error in the UI', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const t = i18n.t.bind(i18n);
    // An Alert, not antd's Result: it is part of every page's first load already (Result with its illustrations
    // added 10 KB gzipped to each, issue 20), and this fallback must show without loading anything more.
    const chunk = isChunkLoadFailure(this.state.error);
    return (
      <Alert
        type={chunk ? 'warning' : 'error'}
        showIcon
        style={{ margin: 32 }}
        title={chunk ? t('recovery.chunkTitle') : t('errors.boundaryTitle')}
        description={chunk ? t('recovery.chunkHint') : t('errors.boundaryHint')}
        action={
          chunk ? (
            <Button type="primary" onClick={() => window.location.reload()} data-testid="chunk-reload">
              {t('recovery.reload')}
            </Button>
          ) : (
            <Button type="primary" onClick={() => window.location.assign('/')}>
              {t('common.backHome')}
            </Button>
          )
        }
      />
    );
  }
}
