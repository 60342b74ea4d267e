import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes only what needs quoting and keeps numbers exact', () => {
    expect(
      toCsv(
        ['unit', 'amount_vnd', 'note'],
        [
          ['109', 1957500000, 'Trung tâm "DVNN", huyện'],
          ['110', 0, null],
          ['111', 12, 'hai\ndòng'],
        ],
      ),
    ).toBe(
      'unit,amount_vnd,note\r\n109,1957500000,"Trung tâm ""DVNN"", huyện"\r\n110,0,\r\n111,12,"hai\ndòng"\r\n',
    );
  });
});
