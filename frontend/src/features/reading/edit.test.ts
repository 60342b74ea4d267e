import { describe, expect, it } from 'vitest';
import { editableFields, fieldsFromForm } from './edit';

describe('editing a proposal', () => {
  it("offers the dataset's row fields and any other the proposal carries", () => {
    expect(editableFields('funding-lines', { unit: '109' })).toContain('amountVnd');
    expect(editableFields('indicator-values', { unit: '109', year: 2022 })).toEqual([
      'program',
      'component',
      'unit',
      'indicator',
      'category',
      'period',
      'kind',
      'value',
      'year',
    ]);
  });

  it('sends the whole row: trimmed text, empty as null, whole numbers as numbers, other text as typed', () => {
    const row = fieldsFromForm(
      { program: 'GNBV-2021-2025', unit: '109', year: 2022, amountVnd: 1 },
      { unit: ' 110 ', year: '2023', amountVnd: '1957500000', implementingBody: '', originYear: '20x1' },
    );
    expect(row).toEqual({
      program: 'GNBV-2021-2025',
      unit: '110',
      year: 2023,
      amountVnd: 1957500000,
      implementingBody: null,
      originYear: '20x1',
    });
  });
});
