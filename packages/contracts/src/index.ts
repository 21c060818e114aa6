// zod request/response schemas of the HTTP API, shared by apps/api and apps/web.
export * from './i18n.ts';
export * from './common.ts';
export * from './reference.ts';
export * from './auth.ts';
export * from './employers.ts';
export * from './holders.ts';
export * from './users.ts';
export * from './audit.ts';
export * from './assessments.ts';
export * from './consultations.ts';
export * from './permits.ts';
export * from './holder-data.ts';
export * from './applications.ts';
export * from './visits.ts';
export * from './notifications.ts';
export * from './policy-admin.ts';
export * from './holder-activation.ts';
