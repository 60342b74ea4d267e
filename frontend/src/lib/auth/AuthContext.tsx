import { createContext, useContext } from 'react';
import type { SignedInUser } from './claims';

export type Auth = {
  user: SignedInUser | null;
  signIn: (returnTo?: string) => void;
  signOut: () => void;
};

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthContext');
  return auth;
}

/** For pages inside the signed-in shell. */
export function useUser(): SignedInUser {
  const { user } = useAuth();
  if (!user) throw new Error('no signed-in user');
  return user;
}
