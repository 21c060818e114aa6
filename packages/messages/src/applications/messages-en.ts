import type { Translation } from '../types.ts';
import type { applicationsZh } from './messages-zh.ts';

/** applications in English, key for key as the Chinese. */
export const applicationsEn: Translation<typeof applicationsZh> = {
  scanAsMultipart: 'Upload the scan of the signed confirmation as multipart/form-data',
  scanType: 'Upload the scan of the signed confirmation (PDF, PNG or JPEG)',
  scanTypeShort: 'PDF, PNG or JPEG only',
  holderConfirmsInApp: '{{name}} has an account and confirms in person after signing in',
  signedOnRange:
    'The signing date must be between the day the application was created ({{created}}) and today ({{today}})',
  noPaperConfirmation: 'This application has no paper confirmation',
  employerNotYetVerified: 'The employer is not yet verified by the district talent centre',
  reviewDueDatePending:
    'Review due date pending: the {{year}} working-day calendar is not published yet (P-2). The review goes on; the due date is computed and sent as soon as it is published.',
  baseMultiplePending:
    "Base-multiple checks (C-2, S-9) pending: Shanghai's {{year}} average wage is not published yet (P-2). They are computed and sent as soon as it is.",
  idempotencyKeyAlreadyUsed:
    'This Idempotency-Key was already used for a different application (another holder or kind); use a new key for a new application',
  noEmployer:
    'No employer is on record for you. A points application goes through an employer; an individual cannot apply alone (R-4). Ask the HR specialist of your current employer to register you as their employee; then you or they can start the renewal.',
  employerNotVerifiedNoApplication:
    'Your employer is not yet verified by the district talent centre, so no points application can be made yet (R-4). Ask your HR specialist to complete the verification, then start the renewal.',
  holderStartsRenewalOnly:
    "A holder can start only a renewal (jifen must hold an approved points application of yours); a first application is started by your employer's HR specialist (R-4).",
  chooseRenewal: 'Choose a renewal',
  shouldBeKind: 'Should be {{kind}}',
  fix: {
    socialInsurance:
      'Pay employee social insurance in Shanghai normally: insured in the month of application and at least {{siMinMonthsLastYear}} of the last {{siWindowMonths}} months paid (back-payments do not count), then submit again',
    taxWithInsurer:
      'The company paying social insurance must declare the income tax, and only one company a month; correct the declarations of the months listed, then submit again',
    falseMaterialBar:
      'No application within the {{falseMaterialBarYears}}-year bar after a false-material record; apply after it ends',
    criminalRecord:
      'A serious criminal record disqualifies the applicant; with a general criminal record, apply again from the day its {{generalCrimeYears}} years end (named above)',
    seriousCrime: 'A serious criminal record disqualifies the applicant',
    contactCentre: 'This check failed and blocks submission; contact the district talent service centre',
  },
  ruleNotMet: '{{ruleId}} not met',
  checksFailed: 'The automatic checks failed ({{ids}}); the application was not submitted',
  openExists:
    'This holder already has an open application ({{shown}}); continue with it, or withdraw it before creating another',
  periodApproved:
    'Points for this permit period were already approved (application {{shown}}); apply again after the permit is endorsed',
};
