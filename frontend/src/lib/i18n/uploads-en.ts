import type { uploadsVi } from './uploads-vi';

// English messages of the upload page; the same keys as uploads-vi.ts (the type says so).
export const uploadsEn: typeof uploadsVi = {
  title: 'Upload figures',
  intro:
    'Choose a CSV file (the canonical format, see the README), check it first, then write it. One bad row anywhere and no row is written.',
  dataset: 'Dataset',
  datasets: {
    'funding-lines': 'Funding lines',
    'indicator-values': 'Indicator values',
    'local-projects': 'Local projects',
  },
  file: 'CSV file',
  check: 'Check (write nothing)',
  commit: 'Write',
  sending: 'Sending…',
  refusal: 'Refused',
  rejected: 'The file was refused; no row was written',
  dryRunOk: 'Check passed: ready to write',
  written: 'Written',
  findingsRunning: "Figures written; looking for what doesn't add up…",
  findingsPending:
    "The figures are written, but what doesn't add up is not known yet; the server computes it again within minutes (see Findings).",
  counts:
    'Read {{read}} rows, {{valid}} valid; {{inserted}} new, {{updated}} updated, {{unchanged}} unchanged, {{deleted}} deleted.',
  errors: 'Row errors ({{total}})',
  warnings: 'Warnings ({{total}}; the first {{listed}} below)',
  warningsAll: 'Warnings ({{total}})',
  change: 'Change',
  rule: 'Rule',
  severity: 'Severity',
  rows: 'Rows',
  changes: { OPENED: 'New', REOPENED: 'Reopened', RESOLVED: 'Resolved' },
  severities: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' },
  row: 'Row',
  field: 'Column',
  code: 'Code',
  message: 'Message',
  job: 'Upload job: {{state}}',
  jobStates: {
    QUEUED: 'queued',
    RUNNING: 'running',
    SUCCEEDED: 'done',
    REJECTED: 'rejected',
    FAILED: 'failed, nothing written',
  },
  progress: '{{read}} rows read, {{validated}} validated, {{written}} written ({{size}}).',
};
