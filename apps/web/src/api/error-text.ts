import type { TFunction } from 'i18next';
import { CLIENT_ERROR_CODES, isApiError } from './api-error.ts';
import '../app/recovery/messages.ts';

/**
 * What to show for a failed call: the API's own message (already in the
 * user's language), our text when no API answer could be read, and the
 * wait time for a 429.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    // A 429 (from the API or a proxy, JSON or not) always names the wait, in the user's language.
    if (error.isRateLimited) {
      const seconds = error.retryAfterSeconds;
      return seconds === undefined
        ? t('recovery.rateLimitedNoWait')
        : t('recovery.rateLimited', { seconds: Math.max(1, seconds) });
    }
    if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
    if (error.code === CLIENT_ERROR_CODES.badResponse) return t('errors.badResponse', { status: error.status });
    return error.message;
  }
  return t('errors.unexpected');
}
