// The SMS provider of the application journeys' server: the local stand-in
// for Aliyun's SendSms (apps/api/test/support/fake-aliyun-sms.ts), started by
// start-e2e-server.mjs when FAKE_SMS_PORT is set. The journeys read what it
// received at GET /__received.
import { startFakeAliyunSms } from '../apps/api/test/support/fake-aliyun-sms.ts';
import { FAKE_SMS_ACCOUNT } from './support/fake-sms.ts';

const fake = await startFakeAliyunSms({ ...FAKE_SMS_ACCOUNT, port: Number(process.env.FAKE_SMS_PORT) });
console.log(`fake Aliyun SMS listening on ${fake.endpoint}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void fake.close().then(() => process.exit(0)));
