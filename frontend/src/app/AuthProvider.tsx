import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { User, UserManager } from 'oidc-client-ts';
import { AuthContext, type Auth } from '@/lib/auth/AuthContext';
import { userFromAccessToken } from '@/lib/auth/claims';
import { setAccessToken } from './token';

/** Keeps the signed-in user in step with oidc-client-ts (renewals, sign-out in another tab). */
export function AuthProvider({
  manager,
  initialUser,
  children,
}: {
  manager: UserManager;
  initialUser: User | null;
  children: React.ReactNode;
}) {
  const [oidcUser, setOidcUser] = useState<User | null>(initialUser);
  const queryClient = useQueryClient();
  useEffect(() => {
    const loaded = (u: User) => {
      setAccessToken(u.access_token);
      setOidcUser(u);
    };
    const unloaded = () => {
      setAccessToken(undefined);
      setOidcUser(null);
      queryClient.clear();
    };
    manager.events.addUserLoaded(loaded);
    manager.events.addUserUnloaded(unloaded);
    manager.events.addUserSignedOut(unloaded);
    return () => {
      manager.events.removeUserLoaded(loaded);
      manager.events.removeUserUnloaded(unloaded);
      manager.events.removeUserSignedOut(unloaded);
    };
  }, [manager, queryClient]);

  const signIn = useCallback(
    (returnTo = window.location.pathname + window.location.search) =>
      void manager.signinRedirect({ state: { returnTo } }),
    [manager],
  );
  const signOut = useCallback(() => {
    queryClient.clear();
    setAccessToken(undefined);
    void manager.signoutRedirect();
  }, [manager, queryClient]);

  const auth = useMemo<Auth>(
    () => ({ user: oidcUser ? userFromAccessToken(oidcUser.access_token) : null, signIn, signOut }),
    [oidcUser, signIn, signOut],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
