import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeIo, runCli, type CliIo } from '../cli.ts';

// Most cases run the CLI in-process with captured output (a child process
// per case costs seconds of tsx start-up); the last block runs the bin file
// as a user does, to prove the wiring and the exit codes end to end.
const bin = fileURLToPath(new URL('../../bin/jifen.mjs', import.meta.url));

async function jifen(args: string[], input?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    ctx: { ...nodeIo.ctx, readStdin: async () => input ?? '' },
  };
  const code = await runCli(args, io);
  const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');
  return { code, out: text(out), err: text(err) };
}

function jifenProcess(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const graduate = JSON.stringify({
  age: 30,
  education: 'benke_bachelor',
  socialInsurance: {
    kind: 'summary',
    qualifyingMonths: 48,
    insuredThisMonth: true,
    monthsPaidInWindow: 12,
    baseMultipleTier: null,
  },
});

describe('jifen (human output, exit 0)', () => {
  it.each([
    [
      ['lifecycle', '--expiry', '2026-07-31', '--as-of', '2026-06-30'],
      ['有效', 'Valid', '2026-07-01', '1 days left'],
    ],
    [
      ['lifecycle', '--expiry', '2026-07-31', '--as-of', '2026-09-30'],
      ['积分已清零', 'Points cleared', '2026-10-29', '[L-5]'],
    ],
    [
      ['lifecycle', '--expiry', '2024-07-31', '--as-of', '2024-08-15'],
      ['sh-2018', '连续 / continuous'],
    ],
    [
      ['workdays', 'add', '2025-09-25', '20'],
      ['2025-10-29', '[D-2]'],
    ],
    [
      ['workdays', 'count', '2026-02-10', '2026-03-16'],
      ['working days', ': 20'],
    ],
    [
      ['id', '120223198902021249', '--as-of', '2026-03-01'],
      ['1202**********1249', '1989-02-02', '女 / female'],
    ],
    [
      ['uscc', '911101066976941872'],
      ['911101066976941872', '有效', 'valid'],
    ],
    [
      ['assess', '-', '--as-of', '2026-03-01'],
      ['合计 Total: 132', 'meets the standard score', '[S-3]'],
    ],
    [['--help'], ['jifen lifecycle', 'jifen assess', 'Exit codes']],
    [['workdays', 'add', '--help'], ['jifen workdays add <YYYY-MM-DD> <n>']],
  ])('jifen %j', async (args, expected) => {
    const r = await jifen(args, args[0] === 'assess' ? graduate : undefined);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    for (const text of expected) expect(r.out).toContain(text);
  });

  it('never prints a full resident ID (PI-1)', async () => {
    const r = await jifen(['id', '120223198902021249', '--json', '--as-of', '2026-03-01']);
    expect(r.out).not.toContain('120223198902021249');
    expect(JSON.parse(r.out)).toMatchObject({ masked: '1202**********1249', sex: 'female', birthDate: '1989-02-02' });
  });
});

describe('jifen --json', () => {
  it('lifecycle gives the full status with policy id and hash (P-3)', async () => {
    const r = await jifen(['lifecycle', '--expiry', '2026-07-31', '--as-of', '2026-08-01', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as { state: string; n: number; policy: { id: string; hash: string } };
    expect(s).toMatchObject({ state: 'grace', n: 1 });
    expect(s.policy.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('assess gives the assessment object', async () => {
    const r = await jifen(['assess', '-', '--as-of', '2026-03-01', '--json'], graduate);
    expect(JSON.parse(r.out)).toMatchObject({ total: 132, meetsStandard: true, policyId: 'sh-2026' });
  });
});

describe('bad input: exit 2 with the reason in Chinese and English', () => {
  it.each([
    [['lifecycle', '--as-of', '2026-08-01'], 'CLI.USAGE', '--expiry'],
    [['lifecycle', '--expiry', '2026-02-30', '--as-of', '2026-08-01'], 'DATE.INVALID', '2026-02-30'],
    [['lifecycle', '--expiry', '2026-07-31', '--as-of', '2017-06-01'], 'POLICY.NO_VERSION', '2017-06-01'],
    [['lifecycle', '--expiry', '2026-07-31', '--policy', 'sh-1999'], 'POLICY.UNKNOWN_ID', 'sh-1999'],
    [['workdays', 'add', '2026-12-20', '20'], 'CALENDAR.YEAR_MISSING', '2027'],
    [['workdays', 'add', '2026-12-01', 'many'], 'CLI.USAGE', 'integer'],
    [['id', '120223198902021248'], 'ID.CHECKSUM', 'should be 9'],
    [['uscc', '91110000101623741A'], 'USCC.CHECKSUM', 'manual verification'],
    [['assess', '-'], 'CLI.INPUT_INVALID', 'education'],
    [['assess', '/no/such/file.json'], 'CLI.USAGE', '/no/such/file.json'],
    [['frobnicate'], 'CLI.UNKNOWN_COMMAND', 'frobnicate'],
  ])('jifen %j -> %s', async (args, code, named) => {
    const r = await jifen(args, args[0] === 'assess' ? '{"age": 30}' : undefined);
    expect(r.code).toBe(2);
    expect(r.err).toContain(code);
    expect(r.err).toContain(named);
    expect(r.err).toMatch(/[\u4e00-\u9fff]/);
  });

  it('S-2: a birth date after the evaluation date is refused naming birthDate (exit 2), never 30 points', async () => {
    const r = await jifen(
      ['assess', '-', '--as-of', '2026-03-01'],
      JSON.stringify({
        birthDate: '2026-03-02',
        education: 'benke',
        socialInsurance: {
          kind: 'summary',
          qualifyingMonths: 12,
          insuredThisMonth: true,
          monthsPaidInWindow: 12,
          baseMultipleTier: null,
        },
      }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('VALIDATION.BIRTH_DATE');
    expect(r.err).toContain('birthDate');
  });

  it('with --json the error is also printed as JSON on stdout', async () => {
    const r = await jifen(['workdays', 'count', '2026-01-01', 'tomorrow', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ error: { code: 'DATE.INVALID' } });
  });

  it('with no arguments prints the help and exits 2', async () => {
    const r = await jifen([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('Usage');
  });
});

describe('the bin file, as a user runs it', () => {
  it('prints the assessment and exits 0', () => {
    const r = jifenProcess(['assess', '-', '--as-of', '2026-03-01'], graduate);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('合计 Total: 132');
  });

  it('exits 2 with the reason in both languages on bad input', () => {
    const r = jifenProcess(['id', '120223198902021248']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ID.CHECKSUM');
    expect(r.err).toMatch(/[\u4e00-\u9fff]/);
  });
});
