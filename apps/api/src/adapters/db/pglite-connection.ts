import { EventEmitter } from 'node:events';
import { protocol, type PGlite } from '@electric-sql/pglite';

const { serialize } = protocol;
type Message = { name: string };

/**
 * node-postgres's connection to an embedded PGlite, as PGlite's own adapter
 * (`@electric-sql/pglite/node-postgres`) makes it, with one difference
 * (issue 20): the messages of an extended-protocol statement (parse, bind,
 * describe, execute, close) are held until its Sync or Flush and handed to
 * PGlite in one call, as they would travel on a socket to PostgreSQL.
 * PGlite's adapter makes one call per message: one pass of PostgreSQL's main
 * loop, one reply parsed, one file-system sync and a promise each, which cost
 * more than running a hot read itself (the holder home's statement: ~130 µs
 * in one call, ~300 µs in five). PostgreSQL reads the messages in the same
 * order either way and answers them in the same order, so node-postgres sees
 * the same replies; an error still skips to the Sync as the protocol says.
 */
export class BatchingPgliteConnection extends EventEmitter {
  // What node-postgres's Client reads or writes on its connection.
  _connecting = false;
  stream = { destroy: () => this.end() };
  parsedStatements: Record<string, string> = {};
  submittedNamedStatements: Record<string, string> = {};

  readonly #lite: PGlite;
  #pending: Uint8Array[] = [];
  #queue: Promise<unknown>;
  #hasMessageListener = false;

  constructor(lite: PGlite) {
    super();
    this.#lite = lite;
    this.#queue = lite.waitReady;
    this.on('newListener', (event) => {
      if (event === 'message') this.#hasMessageListener = true;
    });
  }

  async connect(): Promise<void> {
    this._connecting = true;
    await this.#lite.waitReady;
    process.nextTick(() => this.emit('readyForQuery'));
  }

  // One in-process connection: no TLS, start-up, password or cancel exchange.
  requestSsl(): void {}
  startup(): void {}
  cancel(): void {}
  password(): void {}
  ref(): void {}
  unref(): void {}

  sendSASLInitialResponseMessage(mechanism: string, initialResponse: string): void {
    this.#send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse));
  }
  sendSCRAMClientFinalMessage(additionalData: string): void {
    this.#send(serialize.sendSCRAMClientFinalMessage(additionalData));
  }
  query(text: string): void {
    this.#send(serialize.query(text));
  }

  // The extended protocol: held until Sync or Flush.
  parse(q: Parameters<typeof serialize.parse>[0]): void {
    this.#pending.push(serialize.parse(q));
  }
  bind(config: Parameters<typeof serialize.bind>[0]): void {
    this.#pending.push(serialize.bind(config));
  }
  describe(msg: Parameters<typeof serialize.describe>[0]): void {
    this.#pending.push(serialize.describe(msg));
  }
  execute(config: Parameters<typeof serialize.execute>[0]): void {
    this.#pending.push(serialize.execute(config));
  }
  close(msg: Parameters<typeof serialize.close>[0]): void {
    this.#pending.push(serialize.close(msg));
  }
  flush(): void {
    this.#send(serialize.flush());
  }
  sync(): void {
    this.#send(serialize.sync());
  }

  sendCopyFromChunk(chunk: Parameters<typeof serialize.copyData>[0]): void {
    this.#send(serialize.copyData(chunk));
  }
  endCopyFrom(): void {
    this.#send(serialize.copyDone());
  }
  sendCopyFail(message: string): void {
    this.#send(serialize.copyFail(message));
  }

  end(): void {
    this.#queue = this.#queue.then(() => {
      this.emit('end');
    });
    for (const event of this.eventNames()) if (event !== 'newListener') this.removeAllListeners(event);
    this.#hasMessageListener = false;
  }

  /** Sends what is held with `last` after it, in one call, after everything sent before; replies become events. */
  #send(last: Uint8Array): void {
    const bytes = this.#pending.length === 0 ? last : concat([...this.#pending, last]);
    this.#pending = [];
    this.#queue = this.#queue
      .then(() => this.#lite.execProtocolStream(bytes, { throwOnError: false }))
      .then((replies: Message[]) => {
        for (const m of replies) {
          if (this.#hasMessageListener) this.emit('message', m);
          this.emit(m.name === 'error' ? 'errorMessage' : m.name, m);
        }
      })
      .catch((error: unknown) => {
        this.emit('error', error);
      });
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
