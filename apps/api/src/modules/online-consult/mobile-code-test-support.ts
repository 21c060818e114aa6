import type { Harness } from '../../../test/support/harness.ts';

/** Test support: the code texted to a thread's number, read from its SMS (as the asker would). */
export async function mobileCodeOf(h: Pick<Harness, 'db'>, threadId: string): Promise<string> {
  const sms = await h.db.one<{ text_zh: string }>(
    "SELECT text_zh FROM outbox WHERE consultation_thread_id = $1 AND template = 'consult_mobile_code'",
    [threadId],
  );
  return /验证码为 (\d{6})/.exec(sms.text_zh)![1]!;
}
