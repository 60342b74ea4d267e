// Where the suite finds the stack (scripts/e2e.sh sets these; the defaults are its ports).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const env = {
  baseUrl: process.env.E2E_BASE_URL ?? 'http://localhost:4174',
  apiUrl: process.env.E2E_API_URL ?? 'http://localhost:8091',
  realmUrl: process.env.E2E_REALM_URL ?? 'http://localhost:8201/realms/gnbv',
  artifacts: process.env.E2E_ARTIFACTS ?? path.join(root, '.data/e2e'),
  // The pages as a 1366×768 laptop shows them, committed and shown in the README (Dashboard).
  screenshots: process.env.E2E_SCREENSHOTS ?? path.join(root, 'docs/screenshots'),
  // The dashboard's speed, measured by speed.test.mjs, replaces its marked section there on every run.
  benchmarks: process.env.E2E_BENCHMARKS ?? path.join(root, 'docs/benchmarks.md'),
  // The master realm's bootstrap admin (scripts/keycloak.sh), for tests that change a realm setting and restore it.
  kcAdmin: {
    username: process.env.E2E_KC_ADMIN ?? 'admin',
    password: process.env.E2E_KC_ADMIN_PASSWORD ?? 'admin',
  },
  chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
  password: 'gnbv-demo',
};
