import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { components } from './schema';

export type Me = components['schemas']['Me'];

/** Who the API says is signed in: name, roles and scope units named in Vietnamese and English. */
export const useMe = () =>
  useQuery({
    queryKey: ['me'],
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/me', { signal })),
    staleTime: Infinity,
  });

/** The scope for the header: the units by name in the user's language with their codes, or the whole country. */
export function scopeText(me: Me, language: string, national: string): string {
  if (me.national && me.units.length === 0) return national;
  return me.units.map((u) => `${language === 'en' ? u.nameEn : u.name} (${u.code})`).join(', ');
}
