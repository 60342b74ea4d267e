import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AppConfig } from '../config';

/**
 * Sign-in with Keycloak (authorization code + PKCE, public client gnbv-spa). Tokens live in sessionStorage (gone
 * with the tab) and are renewed before they expire with the refresh token Keycloak issues, or, failing that, by a
 * silent sign-in in a hidden frame at /auth/silent.
 */
export function createUserManager(cfg: AppConfig, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: cfg.authority,
    client_id: cfg.clientId,
    redirect_uri: `${origin}/auth/callback`,
    silent_redirect_uri: `${origin}/auth/silent`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export type ReturnState = { returnTo?: string };

export function returnToOf(user: User): string {
  const state = user.state as ReturnState | undefined;
  const target = state?.returnTo;
  // Only a path of this app: never an absolute URL smuggled through the state.
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}
