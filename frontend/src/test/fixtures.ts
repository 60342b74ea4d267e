// Small API answers in the contract's shapes, for component tests.
const zero = {
  mediumTermPlanVnd: 0,
  assignedVnd: 0,
  allocatedVnd: 0,
  disbursedVnd: 0,
  carriedInVnd: 0,
  carriedOutVnd: 0,
  returnedVnd: 0,
  proposedVnd: 0,
  mobilizedVnd: 0,
  availableVnd: 0,
  disbursementRate: null,
  unallocatedVnd: null,
  carriedInNextYearVnd: null,
  carryOverGapVnd: null,
  undisbursedVnd: null,
  disbursementRateOfAllocated: null,
};

export const programs = {
  items: [
    {
      id: 2,
      code: 'GNBV-2021-2025',
      nameVi: 'Giai đoạn 2021-2025',
      startYear: 2021,
      endYear: 2025,
      version: 0,
      createdAt: '',
      updatedAt: '',
    },
  ],
};

const laiChau = { id: 8, code: '12', name: 'Tỉnh Lai Châu', level: 'PROVINCE' };
const phongTho = { id: 138, code: '109', name: 'Huyện Phong Thổ', level: 'DISTRICT' };

export const summary = {
  program: 'GNBV-2021-2025',
  unit: laiChau,
  asOf: '2025-06-30',
  componentLevel: 'PROJECT',
  scope: 'SUBTREE',
  groupBy: [],
  rows: [
    {
      ...zero,
      component: { id: 21, code: 'DA2', kind: 'PROJECT', nameVi: 'Đa dạng hóa sinh kế' },
      fiscalYear: 2022,
      assignedVnd: 6_629_000_000,
      availableVnd: 6_629_000_000,
      disbursedVnd: 1_957_000_000,
      carriedOutVnd: 4_672_000_000,
      disbursementRate: 0.2952179816,
      undisbursedVnd: 4_672_000_000,
      reported: { assignedVnd: 6_629_000_000 },
      computed: { assignedVnd: 6_600_000_000 },
      difference: { assignedVnd: 29_000_000 },
    },
  ],
  totals: [
    {
      ...zero,
      fiscalYear: 2022,
      assignedVnd: 6_629_000_000,
      disbursedVnd: 1_957_000_000,
      disbursementRate: 0.2952179816,
    },
  ],
  reform: { mappedUnits: 0, partialHandling: 'EXCLUDED', partialUnits: [] },
};

export const children = {
  program: 'GNBV-2021-2025',
  unit: laiChau,
  asOf: '2025-06-30',
  fiscalYear: 2022,
  children: [
    { ...zero, unit: { id: 137, code: '108', name: 'Huyện Sìn Hồ', level: 'DISTRICT' } },
    {
      ...zero,
      unit: phongTho,
      availableVnd: 6_629_000_000,
      disbursedVnd: 1_957_000_000,
      disbursementRate: 0.2952179816,
    },
  ],
  own: zero,
  total: zero,
  reform: { mappedUnits: 0, partialHandling: 'EXCLUDED', partialUnits: [] },
};

export const outOfScope = {
  type: 'about:blank',
  title: 'Forbidden',
  status: 403,
  detail: 'Outside your administrative scope',
  code: 'OUT_OF_SCOPE',
};
