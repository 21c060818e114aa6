import type { Translation } from '../types.ts';
import type { noticesZh } from './messages-zh.ts';

/** notices in English, key for key as the Chinese. */
export const noticesEn: Translation<typeof noticesZh> = {
  notApproved: 'The application is not approved (state: {{state}}); the points notice cannot be printed yet',
  revokedNoPrint:
    'Points notice {{noticeNo}} has been revoked and can no longer be printed; please contact the district talent service centre',
  noneIssued: 'No points notice has been issued for this application, so there is nothing to revoke',
  applicationNotVisible: 'The application does not exist or you may not see it',
};
