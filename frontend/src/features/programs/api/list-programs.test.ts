import { describe, expect, it } from 'vitest';
import { currentProgram, type Program } from './list-programs';

const program = (code: string, startYear: number, endYear: number) =>
  ({
    id: startYear,
    code,
    nameVi: code,
    startYear,
    endYear,
    version: 0,
    createdAt: '',
    updatedAt: '',
  }) as Program;
const phases = [
  program('P-2016-2020', 2016, 2020),
  program('P-2021-2025', 2021, 2025),
  program('P-2026-2030', 2026, 2030),
];

describe('currentProgram', () => {
  it('opens on the phase of the last closed fiscal year', () => {
    expect(currentProgram(phases, new Date('2026-12-03'))?.code).toBe('P-2021-2025');
    expect(currentProgram(phases, new Date('2027-03-01'))?.code).toBe('P-2026-2030');
    expect(currentProgram(phases, new Date('2024-06-01'))?.code).toBe('P-2021-2025');
  });

  it('falls back to the latest phase that has started', () => {
    expect(currentProgram(phases.slice(2), new Date('2026-02-01'))?.code).toBe('P-2026-2030');
    expect(currentProgram([], new Date('2026-02-01'))).toBeUndefined();
  });
});
