import { msg } from '@jifen/messages';
import { fail } from '../../../errors.ts';

/**
 * The line of uploaded tables waiting for a reader thread, fair per owner
 * (an employer, issue 18): each owner has its own queue of at most
 * `queuedReads` files, and a free reader takes the oldest file of the
 * owner with the fewest reads running and, among those, the one whose last
 * read started longest ago. Three slow files of one employer therefore delay that
 * employer only; another employer's file is read as soon as one reader is
 * free, and the refusal as busy goes to the owner who filled its own queue.
 * `queuedTotal` bounds the files held in memory by all owners together.
 */
export interface QueueLimits {
  /** Tables read at the same time. */
  concurrentReads: number;
  /** Tables one owner may have waiting; more are refused as busy. */
  queuedReads: number;
  /** Tables all owners together may have waiting. */
  queuedTotal: number;
}

let running = 0;
/** Reads running per owner. */
const runningOf = new Map<string, number>();
/** When each owner with files running or waiting last started a read (a counter, not a clock). */
const lastStart = new Map<string, number>();
let starts = 0;
/** Owners with files waiting, in turn order; each with its waiting files, oldest first. */
const turns = new Map<string, (() => void)[]>();
let waitingTotal = 0;

const busy = (mine: boolean) =>
  mine
    ? fail('SERVICE.UNAVAILABLE', msg('holderData.ownQueueFull'))
    : fail('SERVICE.UNAVAILABLE', msg('holderData.queueFull'));

function begin(owner: string): void {
  running++;
  runningOf.set(owner, (runningOf.get(owner) ?? 0) + 1);
  lastStart.set(owner, ++starts);
}

function end(owner: string): void {
  running--;
  const left = (runningOf.get(owner) ?? 1) - 1;
  if (left > 0) runningOf.set(owner, left);
  else runningOf.delete(owner);
  if (left <= 0 && !turns.has(owner)) lastStart.delete(owner);
}

function startNext(): void {
  const rank = (owner: string) => [runningOf.get(owner) ?? 0, lastStart.get(owner) ?? 0] as const;
  let chosen: string | undefined;
  for (const owner of turns.keys()) {
    if (chosen === undefined) chosen = owner;
    else {
      const [r, l] = rank(owner);
      const [cr, cl] = rank(chosen);
      if (r < cr || (r === cr && l < cl)) chosen = owner;
    }
  }
  if (chosen === undefined) return;
  const owner = chosen;
  const files = turns.get(owner)!;
  const start = files.shift()!;
  waitingTotal--;
  if (files.length === 0) turns.delete(owner);
  // The freed slot is handed over here, before the waiter resumes, so no newcomer takes it in between.
  begin(owner);
  start();
}

/** Waits for a reader slot for `owner`'s file; the returned function frees it. */
export async function readerSlot(owner: string, limits: QueueLimits): Promise<() => void> {
  if (running >= limits.concurrentReads || waitingTotal > 0) {
    const mine = turns.get(owner) ?? [];
    if (mine.length >= limits.queuedReads) throw busy(true);
    if (waitingTotal >= limits.queuedTotal) throw busy(false);
    await new Promise<void>((resolve) => {
      mine.push(resolve);
      turns.set(owner, mine);
      waitingTotal++;
    });
  } else begin(owner);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    end(owner);
    startNext();
  };
}
