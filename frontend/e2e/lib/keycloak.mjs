// Keycloak's admin REST API, as the bootstrap admin of the master realm (scripts/keycloak.sh: admin/admin), for a
// test that changes a realm setting for itself and restores it afterwards.
import { env } from './env.mjs';

export async function kcAdmin() {
  const base = env.realmUrl.replace(/\/realms\/[^/]+\/?$/, '');
  const realm = env.realmUrl.replace(/\/$/, '').split('/').pop();
  // A token per call: the master realm's tokens live 60 s, less than a test that waits out a token's expiry.
  const adminToken = async () => {
    const response = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: env.kcAdmin.username,
        password: env.kcAdmin.password,
      }),
    });
    if (!response.ok) throw new Error(`Keycloak admin token: HTTP ${response.status}`);
    return (await response.json()).access_token;
  };
  const call = async (method, body) => {
    const r = await fetch(`${base}/admin/realms/${realm}`, {
      method,
      headers: { Authorization: `Bearer ${await adminToken()}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} realm ${realm}: HTTP ${r.status} ${await r.text()}`);
    return r.status === 204 ? undefined : r.json();
  };
  return {
    realm: () => call('GET'),
    /** Only the given settings change (Keycloak merges a partial realm representation). */
    updateRealm: (changes) => call('PUT', changes),
  };
}
