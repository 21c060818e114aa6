/**
 * The SMS gateway seam. A real provider implements `send`; it receives the
 * outbox id as its idempotency key so that a retry after a crash between
 * the provider's acceptance and our commit is deduplicated by the provider.
 */
export interface OutgoingSms {
  /** The outbox row's id: the idempotency key of the delivery. */
  id: string;
  mobile: string;
  text: string;
}

export interface SmsSender {
  readonly name: string;
  send(message: OutgoingSms): Promise<void>;
}

/** Writes each SMS to a log line; the default until a provider is configured. */
export function createLogSmsSender(write: (line: string) => void): SmsSender {
  return {
    name: 'log',
    async send(m) {
      write(JSON.stringify({ sms: 'delivered', outboxId: m.id, to: `${m.mobile.slice(0, 3)}****${m.mobile.slice(-4)}`, text: m.text }));
    },
  };
}
