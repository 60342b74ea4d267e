/** The periods a phase is read by: each of its years, then the phase as a whole (`2021/2025`). */
export function phasePeriods(program: { startYear: number; endYear: number }): string[] {
  const years: string[] = [];
  for (let y = program.startYear; y <= program.endYear; y += 1) years.push(String(y));
  return [...years, `${program.startYear}/${program.endYear}`];
}
