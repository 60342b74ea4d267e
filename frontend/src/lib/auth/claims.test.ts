import { describe, expect, it } from 'vitest';
import { homeUnit, isNational, userFromAccessToken } from './claims';

function token(claims: object): string {
  const encode = (o: object) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;
}

describe('userFromAccessToken', () => {
  it('reads the name, the realm roles the product knows and the unit scope', () => {
    const user = userFromAccessToken(
      token({
        preferred_username: 'laichau.manager',
        name: 'Quản lý tỉnh Lai Châu',
        realm_access: { roles: ['PROVINCE_MANAGER', 'offline_access', 'default-roles-gnbv'] },
        gnbv_units: ['12'],
      }),
    );
    expect(user).toEqual({
      username: 'laichau.manager',
      name: 'Quản lý tỉnh Lai Châu',
      roles: ['PROVINCE_MANAGER'],
      units: ['12'],
    });
    expect(homeUnit(user)).toBe('12');
    expect(isNational(user)).toBe(false);
  });

  it('takes a national administrator without units to the whole country', () => {
    const user = userFromAccessToken(
      token({ preferred_username: 'admin', realm_access: { roles: ['ADMIN'] } }),
    );
    expect(user.name).toBe('admin');
    expect(homeUnit(user)).toBe('VN');
    expect(isNational(user)).toBe(true);
  });

  it('accepts a single unit given as a string', () => {
    expect(userFromAccessToken(token({ gnbv_units: '109' })).units).toEqual(['109']);
  });
});
