import { describe, expect, it } from 'vitest';
import { amountOf, formatConfidence, keyParts } from './keys';
import { keyDecision, readingSpec } from './filters';
import { readParams, writeParams } from '@/lib/url-state';

const normalise = (s: string) => s.replace(/\u00a0/g, ' ');

describe('proposal keys', () => {
  it("lists a funding line's key fields with their code lists, leaving out the empty ones", () => {
    const parts = keyParts('funding-lines', {
      program: 'GNBV-2021-2025',
      component: 'DA2',
      unit: '109',
      year: 2022,
      source: 'CENTRAL',
      capitalType: 'RECURRENT',
      measure: 'DISBURSED',
      implementingBody: null,
      amountVnd: 1957500000,
    });
    expect(parts).toEqual([
      { field: 'unit', value: '109', list: undefined },
      { field: 'component', value: 'DA2', list: undefined },
      { field: 'year', value: '2022', list: undefined },
      { field: 'source', value: 'CENTRAL', list: 'sources' },
      { field: 'capitalType', value: 'RECURRENT', list: 'capitalTypes' },
      { field: 'measure', value: 'DISBURSED', list: 'measures' },
    ]);
  });

  it("lists an indicator value's indicator, period and kind", () => {
    const parts = keyParts('indicator-values', {
      unit: '109',
      indicator: 'POOR_RATE',
      period: '2023',
      kind: 'ACTUAL',
    });
    expect(parts.map((p) => p.field)).toEqual(['unit', 'indicator', 'period', 'kind']);
    expect(parts.at(-1)?.list).toBe('valueKinds');
  });

  it("lists a local project's name, status (by its messages) and households; its budget is the amount", () => {
    const fields = {
      program: 'GNBV-2021-2025',
      component: 'DA2',
      unit: '01990',
      name: 'Dự án nuôi dê sinh sản tại thôn Lũng Chang',
      status: 'PLANNED',
      budgetStateVnd: 500000000,
      budgetPeopleCounterpartVnd: 92300000,
      budgetOtherVnd: 0,
      householdsPoor: 7,
      householdsNearPoor: 12,
      householdsOther: 1,
    };
    const parts = keyParts('local-projects', fields);
    expect(parts.map((p) => p.field)).toEqual([
      'unit',
      'component',
      'name',
      'status',
      'householdsPoor',
      'householdsNearPoor',
      'householdsOther',
    ]);
    expect(parts[3]).toEqual({ field: 'status', value: 'PLANNED', messages: 'reading.projectStatuses' });
    expect(normalise(amountOf('local-projects', fields).main)).toBe('592,3 triệu đồng');
    expect(amountOf('local-projects', { name: 'x' }).main).toBe('–');
  });

  it('writes amounts the Vietnamese way, in millions and in exact đồng', () => {
    const amount = amountOf('funding-lines', { amountVnd: 1957500000 });
    expect(normalise(amount.main)).toBe('1.957,5 triệu đồng');
    expect(normalise(amount.exact ?? '')).toBe('1.957.500.000 đồng');
    expect(amountOf('funding-lines', {}).main).toBe('–');
    expect(amountOf('indicator-values', { value: '29.52' }).main).toBe('29,52');
    expect(formatConfidence(0.855)).toBe('86 %');
  });
});

describe('review page URL state', () => {
  it('reads dataset, status and confidence, dropping what is not valid', () => {
    const values = readParams(
      new URLSearchParams('dataset=funding-lines&status=PENDING&minConfidence=0.8'),
      readingSpec,
    );
    expect(values).toEqual({ dataset: 'funding-lines', status: 'PENDING', minConfidence: 0.8 });
    expect(readParams(new URLSearchParams('dataset=local-projects'), readingSpec)).toEqual({
      dataset: 'local-projects',
    });
    expect(
      readParams(new URLSearchParams('dataset=projects&status=done&minConfidence=1.5'), readingSpec),
    ).toEqual({});
  });

  it('round-trips a view and clears a filter', () => {
    const view = { dataset: 'indicator-values' as const, minConfidence: 0.95 };
    const params = writeParams(new URLSearchParams(), readingSpec, view);
    expect(params.toString()).toBe('dataset=indicator-values&minConfidence=0.95');
    expect(readParams(params, readingSpec)).toEqual(view);
    expect(writeParams(params, readingSpec, { dataset: undefined }).toString()).toBe('minConfidence=0.95');
  });

  it('maps a, r and p to decisions', () => {
    expect(['a', 'R', 'p', 'x'].map(keyDecision)).toEqual(['ACCEPTED', 'REJECTED', 'PENDING', undefined]);
  });
});
