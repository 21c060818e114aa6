import type { TFunction } from 'i18next';
import { CLIENT_ERROR_CODES, isApiError } from './api-error.ts';

/**
 * What to show for a failed call: the API's own message (already in the
 * user's language), or our text when no API answer could be read.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.code === CLIENT_ERROR_CODES.network) return t('errors.network');
    if (error.code === CLIENT_ERROR_CODES.badResponse) return t('errors.badResponse', { status: error.status });
    return error.message;
  }
  return t('errors.unexpected');
}
