// The current access token, for the API client (outside React); the AuthProvider keeps it current.
let accessToken: string | undefined;

export function setAccessToken(token: string | undefined): void {
  accessToken = token;
}

export function currentAccessToken(): string | undefined {
  return accessToken;
}
