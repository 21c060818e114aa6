import { readFileSync } from 'node:fs';

/** Linux reports a thread's CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture it runs on. */
const MS_PER_TICK = 1000 / 100;

/** This thread's CPU time in ms, from /proc (fields 14 and 15 of its stat, after the parenthesised name). */
function threadCpuFromProc(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'latin1');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}

/** The process's CPU time in ms: where /proc is missing, counting other threads too (a higher, safe reading). */
const processCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const threadCpu = (() => {
  try {
    threadCpuFromProc();
    return threadCpuFromProc;
  } catch {
    return processCpu;
  }
})();

/**
 * Measures the longest stretch of work this thread did without letting the
 * event loop turn, in milliseconds of the thread's own CPU time.
 *
 * monitorEventLoopDelay measures wall time: on a loaded machine (CI runs four
 * suites on two cores) a thread that only waits for a core shows the same
 * delay as one that holds the loop, and a landing run saw 531 and 653 ms with
 * no work of jifen's in them. CPU time grows only while the thread runs, so
 * this reading is what the code does, whatever else the machine runs; a
 * regression to holding the loop (the 1.4 s, 8.9 s and 22 s these tests were
 * written against) still shows in full.
 */
export function loopStallMeter(everyMs = 10): { stop: () => number } {
  let last = threadCpu();
  let most = 0;
  const tick = () => {
    const now = threadCpu();
    most = Math.max(most, now - last);
    last = now;
  };
  const timer = setInterval(tick, everyMs);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return most;
    },
  };
}
