import { describe, expect, it } from 'vitest';
import { scopeText, type Me } from './me';

const unit = (code: string, name: string, nameEn: string) => ({
  id: 1,
  code,
  name,
  nameEn,
  level: 'PROVINCE' as const,
  validFrom: '2000-01-01',
  validTo: null,
});

describe('scopeText', () => {
  const me: Me = {
    username: 'u',
    name: 'U',
    roles: ['PROVINCE_MANAGER'],
    national: false,
    units: [unit('12', 'Tỉnh Lai Châu', 'Lai Châu Province'), unit('06', 'Tỉnh Bắc Kạn', 'Bắc Kạn Province')],
  };

  it("names the scope units in the user's language with their codes", () => {
    expect(scopeText(me, 'vi', 'Toàn quốc')).toBe('Tỉnh Lai Châu (12), Tỉnh Bắc Kạn (06)');
    expect(scopeText(me, 'en', 'Nationwide')).toBe('Lai Châu Province (12), Bắc Kạn Province (06)');
  });

  it('says the whole country for a national user', () => {
    expect(scopeText({ ...me, roles: ['ADMIN'], national: true, units: [] }, 'vi', 'Toàn quốc')).toBe(
      'Toàn quốc',
    );
  });
});
