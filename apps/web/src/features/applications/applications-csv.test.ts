import { describe, expect, it } from 'vitest';
import { applicationsToCsv } from './applications-csv.ts';
import { anApplication } from '../../test-support/factories.ts';

const row = anApplication({
  kind: 'renewal_same_employer',
  holder: { id: 'h1', name: '李, "明"' },
  employer: { id: 'e1', name: 'acme' },
  createdAt: '2026-01-02T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
});

describe('applicationsToCsv', () => {
  it('quotes commas and quotes, starts with a BOM and ends lines with CRLF', () => {
    const csv = applicationsToCsv(
      [row],
      [
        { header: 'name', value: (a) => a.holder.name },
        { header: 'state', value: (a) => a.state },
      ],
    );
    expect(csv).toBe('\uFEFFname,state\r\n"李, ""明""",draft\r\n');
  });
});
