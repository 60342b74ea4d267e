// A finding and a summary in the contract's shapes (from the demo data's Phong Thổ DA7 2023), for component tests.
const laiChau = { id: 8, code: '12', name: 'Tỉnh Lai Châu', level: 'PROVINCE' as const };
const phongTho = { id: 138, code: '109', name: 'Huyện Phong Thổ', level: 'DISTRICT' as const };
const sinHo = { id: 137, code: '108', name: 'Huyện Sìn Hồ', level: 'DISTRICT' as const };

export const finding = {
  id: 9,
  rule: 'TOTAL_VS_PARTS' as const,
  dataset: 'funding-lines' as const,
  severity: 'HIGH' as const,
  status: 'OPEN' as 'OPEN' | 'EXPLAINED' | 'CONFIRMED' | 'RESOLVED',
  unit: phongTho,
  program: 'GNBV-2021-2025',
  indicator: null,
  fiscalYear: 2023,
  period: null,
  subject: { axis: 'COMPONENT', unit: '109', source: 'CENTRAL', measure: 'DISBURSED', component: 'DA7' },
  relation: 'a stated total is at least the sum of its parts',
  expected: 1_098_000_000,
  actual: 1_046_000_000,
  difference: -52_000_000,
  figures: [
    {
      dataset: 'funding-lines' as const,
      id: 237,
      role: 'total',
      value: 1_046_000_000,
      reportId: 2,
      locator: '§III.2.b, l.377',
    },
    {
      dataset: 'funding-lines' as const,
      id: 192,
      role: 'part',
      value: 696_000_000,
      reportId: 2,
      locator: '§III.2.b, l.379',
    },
    {
      dataset: 'funding-lines' as const,
      id: 195,
      role: 'part',
      value: 402_000_000,
      reportId: null,
      locator: null,
    },
  ],
  reportIds: [2],
  note: null as string | null,
  statusBy: null as string | null,
  statusAt: null as string | null,
  detectedAt: '2026-12-03T10:27:44Z',
  updatedAt: '2026-12-03T10:27:44Z',
  version: 0,
};

export const findingSummary = {
  unit: laiChau,
  items: [
    { unit: phongTho, rule: 'TOTAL_VS_PARTS' as const, open: 2, explained: 1, confirmed: 0, resolved: 3 },
    { unit: phongTho, rule: 'MAGNITUDE' as const, open: 1, explained: 0, confirmed: 0, resolved: 0 },
    { unit: laiChau, rule: 'CARRY_OVER_CHAIN' as const, open: 1, explained: 0, confirmed: 0, resolved: 0 },
    { unit: sinHo, rule: 'TOTAL_VS_PARTS' as const, open: 0, explained: 0, confirmed: 2, resolved: 0 },
  ],
};

export const report2 = {
  id: 2,
  title: 'Sơ kết Chương trình, huyện Phong Thổ',
};
