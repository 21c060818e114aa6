/**
 * The SMS gateway seam. A real provider implements `send`; it receives the
 * outbox id as its idempotency key so that a retry after a crash between
 * the provider's acceptance and our commit is deduplicated by the provider.
 */
export interface OutgoingSms {
  /** The outbox row's id: the idempotency key of the delivery. */
  id: string;
  mobile: string;
  /** The whole text (the log sender writes it; a provider with registered templates sends template + params). */
  text: string;
  /** The message kind: an SMS_TEMPLATES id of the domain (approved, returned_for_correction, ...). */
  template: string;
  /** The template's parameters, exactly those it declares. */
  params: Readonly<Record<string, string>>;
}

export interface SmsSender {
  readonly name: string;
  send(message: OutgoingSms): Promise<void>;
}

/**
 * A provider's refusal. `transient` (throttled, timeouts, the provider's
 * own faults) is retried with backoff; anything else (a bad number, a
 * rejected template or signature) fails at once for an administrator to see.
 */
export class SmsSendError extends Error {
  readonly code: string;
  readonly transient: boolean;
  constructor(code: string, message: string, transient: boolean) {
    super(`${code}: ${message}`);
    this.name = 'SmsSendError';
    this.code = code;
    this.transient = transient;
  }
}

/** Writes each SMS to a log line; the default until a provider is configured. */
export function createLogSmsSender(write: (line: string) => void): SmsSender {
  return {
    name: 'log',
    async send(m) {
      write(
        JSON.stringify({
          sms: 'delivered',
          outboxId: m.id,
          to: `${m.mobile.slice(0, 3)}****${m.mobile.slice(-4)}`,
          template: m.template,
          text: m.text,
        }),
      );
    },
  };
}
