/**
 * The audit actions' labels (`@jifen/messages/audit`): an entry of their own,
 * since the contracts load in the web and the audit page is the only one that
 * shows these labels; the whole server catalog never comes with them. Same
 * keys as the whole catalog's (`auditActions.auth.login`), checked by the
 * same test.
 */
import { auditActionsMessages } from './auditActions/messages.ts';
import { makeMsg } from './make-msg.ts';
import type { Leaves } from './types.ts';

const auditZh = { auditActions: auditActionsMessages.zh } as const;

/** Every audit action label's key: `auditActions.application.noticePrinted`, ... */
export type AuditActionLabelKey = Leaves<typeof auditZh>;

/** An audit action's label in both languages, by its catalog key. */
export const auditActionLabel = makeMsg(auditZh, { auditActions: auditActionsMessages.en });
