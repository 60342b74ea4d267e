// Runtime configuration, read from /config.json beside index.html, so one build serves any deployment
// (make run, the e2e suite and docker compose each write their own).
export type AppConfig = {
  apiBaseUrl: string;
  authority: string;
  clientId: string;
};

let current: AppConfig | undefined;

export function isAppConfig(value: unknown): value is AppConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.apiBaseUrl === 'string' && typeof v.authority === 'string' && typeof v.clientId === 'string'
  );
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const body: unknown = await response.json();
  if (!isAppConfig(body)) throw new Error('config.json needs apiBaseUrl, authority and clientId');
  current = { ...body, apiBaseUrl: body.apiBaseUrl.replace(/\/+$/, '') };
  return current;
}

export function setConfig(config: AppConfig): void {
  current = config;
}

export function config(): AppConfig {
  if (!current) throw new Error('configuration not loaded');
  return current;
}
