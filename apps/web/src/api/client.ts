import { createHttpClient } from './http-client.ts';
import { currentLanguage } from '../i18n/i18n.ts';

/** The app's single API client; the language follows the UI's choice. */
export const api = createHttpClient({ getLanguage: currentLanguage });
