import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMS_TEMPLATES } from '@jifen/domain';
import { startFakeAliyunSms, type FakeAliyunSms } from '../../../test/support/fake-aliyun-sms.ts';
import { createAliyunSmsSender, type AliyunSmsConfig } from './aliyun-sms-sender.ts';
import { SmsSendError, type OutgoingSms } from './sms-sender.ts';

/** Issue #12: the real Aliyun SDK against a local fake that checks the V3 signature, template and parameters. */
describe('Aliyun SendSms adapter (the SDK against a local fake)', () => {
  let fake: FakeAliyunSms;
  let config: AliyunSmsConfig;
  const templates = Object.fromEntries(Object.keys(SMS_TEMPLATES).map((k, i) => [k, `SMS_${465000100 + i}`]));
  const message: OutgoingSms = {
    id: '0b4f7f1e-8d0a-4d7b-9a53-7c1f0e2d3a4b',
    mobile: '13812345678',
    text: '居住证积分申请JF-2026-000123已被退回，原因：社保缴费基数与合同不符 (R-3)。',
    template: 'returned_for_correction',
    params: { applicationNo: 'JF-2026-000123', reason: '社保缴费基数与合同不符 (R-3)' },
  };

  beforeAll(async () => {
    fake = await startFakeAliyunSms({ accessKeyId: 'LTAI-test-id', accessKeySecret: 'test-secret-不可外泄' });
    config = {
      accessKeyId: 'LTAI-test-id',
      accessKeySecret: 'test-secret-不可外泄',
      signName: '上海积分',
      endpoint: fake.endpoint,
      protocol: 'http',
      templates,
      timeoutMs: 3000,
    };
  });
  afterAll(async () => fake?.close());

  async function refusal(p: Promise<void>): Promise<SmsSendError> {
    const error = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SmsSendError);
    return error as SmsSendError;
  }

  it("sends through the SDK: the signature verifies, the template code is the kind's, the parameters are the template's, OutId is the outbox id", async () => {
    await createAliyunSmsSender(config).send(message);
    const got = fake.received.at(-1)!;
    expect(got).toEqual({
      phoneNumbers: '13812345678',
      signName: '上海积分',
      templateCode: templates.returned_for_correction,
      templateParam: message.params,
      outId: message.id,
      signatureOk: true,
    });
  });

  it("maps the provider's answers: throttled is transient; a bad number, a bad SMS signature or a bad request signature is permanent", async () => {
    const sender = createAliyunSmsSender(config);
    const cases: [FakeAliyunSms['queue'][number] | 'wrong_secret', string, boolean][] = [
      ['throttled', 'isv.BUSINESS_LIMIT_CONTROL', true],
      ['bad_number', 'isv.MOBILE_NUMBER_ILLEGAL', false],
      ['bad_sign_name', 'isv.SMS_SIGNATURE_ILLEGAL', false],
      ['wrong_secret', 'SignatureDoesNotMatch', false],
    ];
    for (const [answer, code, transient] of cases) {
      const s =
        answer === 'wrong_secret' ? createAliyunSmsSender({ ...config, accessKeySecret: 'a-guessed-secret' }) : sender;
      if (answer !== 'wrong_secret') fake.queue.push(answer);
      const e = await refusal(s.send(message));
      expect([e.code, e.transient], answer).toEqual([code, transient]);
    }
    expect(fake.received.at(-1)!.signatureOk).toBe(false);
  });

  it('refuses a kind without a template code, and counts an unreachable provider as transient', async () => {
    const none = await refusal(createAliyunSmsSender({ ...config, templates: {} }).send(message));
    expect([none.code, none.transient]).toEqual(['JIFEN.NO_TEMPLATE', false]);
    const down = await refusal(createAliyunSmsSender({ ...config, endpoint: '127.0.0.1:1' }).send(message));
    expect(down.transient).toBe(true);
  });
});
