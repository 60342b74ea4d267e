// The suite checks the pages against the API's own answers (never against numbers typed into the test): tokens
// come from the realm's test-only client gnbv-test (password grant), as the backend's real-Keycloak tests do.
import { env } from './env.mjs';

export async function token(username) {
  const response = await fetch(`${env.realmUrl}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'gnbv-test',
      username,
      password: env.password,
    }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

export async function apiGet(username, pathAndQuery) {
  const response = await fetch(`${env.apiUrl}${pathAndQuery}`, {
    headers: { Authorization: `Bearer ${await token(username)}` },
  });
  if (!response.ok) throw new Error(`GET ${pathAndQuery}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

export async function apiPut(username, pathAndQuery, body, headers) {
  const response = await fetch(`${env.apiUrl}${pathAndQuery}`, {
    method: 'PUT',
    body,
    headers: { Authorization: `Bearer ${await token(username)}`, ...headers },
  });
  if (!response.ok) throw new Error(`PUT ${pathAndQuery}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

export async function apiPost(username, pathAndQuery, json) {
  const response = await fetch(`${env.apiUrl}${pathAndQuery}`, {
    method: 'POST',
    body: JSON.stringify(json),
    headers: { Authorization: `Bearer ${await token(username)}`, 'Content-Type': 'application/json' },
  });
  if (!response.ok) throw new Error(`POST ${pathAndQuery}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Deletes a report with its ETag (its figures go with it); the deletion's answer, or undefined when it is gone. */
export async function apiDeleteReport(username, id) {
  const url = `${env.apiUrl}/api/v1/reports/${id}`;
  const auth = { Authorization: `Bearer ${await token(username)}` };
  const found = await fetch(url, { headers: auth });
  if (found.status === 404) return undefined;
  const response = await fetch(url, {
    method: 'DELETE',
    headers: { ...auth, 'If-Match': found.headers.get('etag') },
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`DELETE report ${id}: HTTP ${response.status} ${body}`);
  return JSON.parse(body);
}
