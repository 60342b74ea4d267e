import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { User } from 'oidc-client-ts';
import { App } from './app/App';
import { currentAccessToken, setAccessToken } from './app/token';
import { createApiClient } from './lib/api/client';
import { createUserManager, returnToOf } from './lib/auth/oidc';
import { loadConfig } from './lib/config';
import { initI18n } from './lib/i18n';
import './app/styles.css';

async function start(root: HTMLElement) {
  const cfg = await loadConfig();
  const manager = createUserManager(cfg);
  // The hidden frame of a silent renewal only hands the answer back to the app that opened it.
  if (window.location.pathname === '/auth/silent') {
    await manager.signinSilentCallback();
    return;
  }
  await initI18n();
  let user: User | null = null;
  let signInError: unknown;
  if (window.location.pathname === '/auth/callback') {
    try {
      user = await manager.signinRedirectCallback();
      window.history.replaceState(null, '', returnToOf(user));
    } catch (e) {
      signInError = e;
      window.history.replaceState(null, '', '/');
    }
  } else {
    user = await manager.getUser();
    if (user?.expired) user = await manager.signinSilent().catch(() => manager.removeUser().then(() => null));
  }
  setAccessToken(user?.access_token);
  createApiClient(cfg.apiBaseUrl, currentAccessToken, () => {
    void manager.removeUser();
  });
  createRoot(root).render(
    <StrictMode>
      <App manager={manager} initialUser={user} signInError={signInError} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root)
  start(root).catch((e: unknown) => {
    root.textContent = `GNBV Tracker: ${e instanceof Error ? e.message : String(e)}`;
  });
