// Who is signed in, read from the access token the API itself trusts: realm roles and the administrative scope.
export type SignedInUser = {
  username: string;
  name: string;
  roles: string[];
  /** Statistics-office codes of the units the user may see (`gnbv_units`); empty for national users. */
  units: string[];
};

export const ROLES = ['ADMIN', 'PROVINCE_MANAGER', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER', 'VIEWER'] as const;

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string' && value !== '') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

export function userFromAccessToken(token: string): SignedInUser {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const claims = decodeSegment(payload) as Record<string, unknown>;
  const realmAccess = (claims.realm_access ?? {}) as Record<string, unknown>;
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : '';
  const name = typeof claims.name === 'string' && claims.name !== '' ? claims.name : username;
  const roles = strings(realmAccess.roles).filter((r) => (ROLES as readonly string[]).includes(r));
  return { username, name, roles, units: strings(claims.gnbv_units) };
}

export function isNational(user: SignedInUser): boolean {
  return user.roles.includes('ADMIN') && user.units.length === 0;
}

/** The unit a page starts from: the user's first scope unit, or the whole country for national users. */
export function homeUnit(user: SignedInUser): string {
  return user.units[0] ?? 'VN';
}
