import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderPage } from '@/test/render';
import { JobProgress } from './JobProgress';

afterEach(() => vi.unstubAllGlobals());

const report = {
  jobId: 'j1',
  dataset: 'funding-lines',
  mode: 'upsert',
  dryRun: false,
  rejected: false,
  rowsRead: 2,
  rowsValid: 2,
  inserted: 2,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  errorCount: 0,
  errors: [],
  warnings: [],
  durationMs: 40,
};
const job = (state: string, extra: object) => ({
  id: 'j1',
  dataset: 'funding-lines',
  format: 'CSV',
  mode: 'upsert',
  dryRun: false,
  state,
  owner: { username: 'laichau.manager' },
  createdAt: '2026-12-06T00:00:00Z',
  bytes: 120,
  progress: { rowsRead: 2, rowsValidated: 2, rowsWritten: 2 },
  report: { ...report, ...extra },
});

describe('JobProgress', () => {
  it('says the figures are written while their findings run, and shows the report only when the job ended', async () => {
    fakeApi({ '/api/v1/upload-jobs/j1': () => ({ body: job('RUNNING', { findingsPending: true }) }) });
    await renderPage(<JobProgress jobId="j1" />, { path: '/', route: '/' });
    expect(await screen.findByTestId('upload-findings-running')).toBeTruthy();
    expect(screen.queryByTestId('upload-outcome')).toBeNull();
  });

  it('counts every finding the upload changed and says how many are listed', async () => {
    const warning = { code: 'DISBURSED_OVER_AVAILABLE', change: 'OPENED', findingId: 7, severity: 'ERROR' };
    const listed = { ...warning, message: 'opened: disbursed ≤ carried in + assigned', rows: [2] };
    fakeApi({
      '/api/v1/upload-jobs/j1': () => ({
        body: job('SUCCEEDED', { warnings: [listed], warningCount: 1440 }),
      }),
    });
    await renderPage(<JobProgress jobId="j1" />, { path: '/', route: '/' });
    const table = await screen.findByTestId('upload-warnings');
    expect(table.querySelector('caption')?.textContent).toBe('Cảnh báo (1.440; 1 đầu tiên ở dưới)');
  });

  it('says when the findings of written figures are still to come', async () => {
    fakeApi({ '/api/v1/upload-jobs/j1': () => ({ body: job('SUCCEEDED', { findingsPending: true }) }) });
    await renderPage(<JobProgress jobId="j1" />, { path: '/', route: '/' });
    expect(await screen.findByTestId('upload-outcome')).toBeTruthy();
    expect(screen.getByTestId('upload-findings-pending').textContent).toMatch(/tính lại trong vài phút/);
    expect(screen.queryByTestId('upload-findings-running')).toBeNull();
  });
});
