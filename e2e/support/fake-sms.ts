// The application journeys' server sends SMS through Aliyun's SDK to a local
// stand-in for SendSms (e2e/fake-sms-server.ts), which checks each request's
// signature, template code and parameters as Aliyun would.
import { SMS_MESSAGE_KINDS } from '../../apps/api/src/config.ts';

export const FAKE_SMS_ACCOUNT = { accessKeyId: 'LTAI-e2e-jifen', accessKeySecret: 'e2e-secret-not-real' };

/** The server's settings for the fake: every message kind gets a template code of its own. */
export function fakeSmsEnv(port: number): Record<string, string> {
  const templates = Object.fromEntries(SMS_MESSAGE_KINDS.map((kind, i) => [kind, `SMS_${100000000 + i}`]));
  return {
    SMS_PROVIDER: 'aliyun',
    ALIYUN_SMS_ACCESS_KEY_ID: FAKE_SMS_ACCOUNT.accessKeyId,
    ALIYUN_SMS_ACCESS_KEY_SECRET: FAKE_SMS_ACCOUNT.accessKeySecret,
    ALIYUN_SMS_SIGN_NAME: '积分',
    ALIYUN_SMS_TEMPLATES: JSON.stringify(templates),
    ALIYUN_SMS_ENDPOINT: `127.0.0.1:${port}`,
    ALIYUN_SMS_PROTOCOL: 'http',
  };
}

export interface FakeSmsReceived {
  phoneNumbers: string;
  templateCode: string;
  templateParam: Record<string, string>;
  signatureOk: boolean;
}

/** What the fake provider has received so far. */
export async function fakeSmsReceived(port: number): Promise<FakeSmsReceived[]> {
  const res = await fetch(`http://127.0.0.1:${port}/__received`);
  return (await res.json()) as FakeSmsReceived[];
}
