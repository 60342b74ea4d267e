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

/**
 * Deletes a report with its ETag (its figures go with it); the deletion's answer, or undefined when it is gone. A
 * report of more figures than one DELETE removes (409 REPORT_TOO_LARGE) is emptied first as the refusal says: a
 * replace upload job of an empty file (`[]`) for each kind of figure it states, each awaited.
 */
export async function apiDeleteReport(username, id) {
  let response = await deleteOnce(username, id);
  if (response === undefined) return undefined;
  if (response.status === 409 && JSON.parse(response.body).code === 'REPORT_TOO_LARGE') {
    const view = await apiGet(username, `/api/v1/reports/${id}`);
    for (const f of view.figures.filter((x) => x.count > 0)) await emptyOf(username, id, DATASETS[f.name]);
    response = await deleteOnce(username, id);
  }
  if (response.status !== 200)
    throw new Error(`DELETE report ${id}: HTTP ${response.status} ${response.body}`);
  return JSON.parse(response.body);
}

const DATASETS = {
  'funding lines': 'funding-lines',
  'indicator values': 'indicator-values',
  'local projects': 'local-projects',
};

async function deleteOnce(username, id) {
  const url = `${env.apiUrl}/api/v1/reports/${id}`;
  const auth = { Authorization: `Bearer ${await token(username)}` };
  const found = await fetch(url, { headers: auth });
  if (found.status === 404) return undefined;
  const response = await fetch(url, {
    method: 'DELETE',
    headers: { ...auth, 'If-Match': found.headers.get('etag') },
  });
  return { status: response.status, body: await response.text() };
}

/** Replaces the report's figures of one dataset by none, in a job; waits until it ends. */
async function emptyOf(username, id, dataset) {
  const query = `dataset=${dataset}&report=${id}&mode=replace`;
  const posted = await fetch(`${env.apiUrl}/api/v1/upload-jobs?${query}`, {
    method: 'POST',
    body: '[]',
    headers: { Authorization: `Bearer ${await token(username)}`, 'Content-Type': 'application/json' },
  });
  if (posted.status !== 202)
    throw new Error(`emptying report ${id}: HTTP ${posted.status} ${await posted.text()}`);
  const job = await posted.json();
  for (;;) {
    const now = await apiGet(username, `/api/v1/upload-jobs/${job.id}`);
    if (now.state === 'SUCCEEDED') return now;
    if (now.state === 'REJECTED' || now.state === 'FAILED') {
      throw new Error(`emptying report ${id}: ${now.state} ${JSON.stringify(now)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
