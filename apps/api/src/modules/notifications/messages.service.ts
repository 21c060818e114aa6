/**
 * The messages jifen sends (SMS through the outbox, in-app notifications):
 * the one way other modules write them (issue 17, one owner per table).
 */
export {
  insertAnswerNotification,
  insertAnswerSms,
  insertInviteSms,
  insertNotifications,
  insertPlainNotification,
  insertPlainSms,
  insertReminderMessages,
  insertWorkflowMessage,
  insertWorkflowNotification,
  requeueSms,
  type InviteSms,
  type NewNotification,
  type ReminderMessageWording,
} from './messages.repository.ts';
export { claimDueSms, markDelivered, markFailedAttempt, type DueSms } from './outbox.repository.ts';
