import type { ApplicationSummary } from '../../applications/application-types.ts';

const FINAL = ['approved', 'rejected', 'withdrawn'];

export interface PointsSummary {
  /** The newest approved application: its total is the holder's points (L-1: valid as long as the permit). */
  approved: ApplicationSummary | null;
  /** The newest application still in progress, if any. */
  current: ApplicationSummary | null;
}

/** From the holder's applications (newest first, as the API lists them). */
export function summarizePoints(applications: readonly ApplicationSummary[]): PointsSummary {
  const newestFirst = [...applications].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const approved =
    [...applications]
      .filter((a) => a.state === 'approved' && a.total != null)
      .sort((a, b) => (b.noticeIssuedOn ?? b.updatedAt).localeCompare(a.noticeIssuedOn ?? a.updatedAt))[0] ?? null;
  const current = newestFirst.find((a) => !FINAL.includes(a.state)) ?? null;
  return { approved, current };
}
