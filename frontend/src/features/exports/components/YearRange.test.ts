import { describe, expect, it } from 'vitest';
import { exportRange, moveEnd } from './YearRange';

describe('exportRange', () => {
  it("defaults each end to the page's year and puts the ends in order", () => {
    expect(exportRange(2023)).toEqual({ from: 2023, to: 2023 });
    expect(exportRange(2023, 2021)).toEqual({ from: 2021, to: 2023 });
    expect(exportRange(2023, undefined, 2025)).toEqual({ from: 2023, to: 2025 });
    expect(exportRange(2023, 2025, 2022)).toEqual({ from: 2022, to: 2025 });
  });
});

describe('moveEnd', () => {
  it('moves one end and the other along when it would be passed', () => {
    expect(moveEnd({ from: 2021, to: 2023 }, { from: 2022 })).toEqual({ from: 2022, to: 2023 });
    expect(moveEnd({ from: 2021, to: 2023 }, { from: 2024 })).toEqual({ from: 2024, to: 2024 });
    expect(moveEnd({ from: 2022, to: 2023 }, { to: 2021 })).toEqual({ from: 2021, to: 2021 });
    expect(moveEnd({ from: 2022, to: 2023 }, { to: 2025 })).toEqual({ from: 2022, to: 2025 });
  });
});
