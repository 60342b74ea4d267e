import { useMemo } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import type { User, UserManager } from 'oidc-client-ts';
import { ApiError } from '@/lib/api/problem';
import { AuthProvider } from './AuthProvider';
import { createRouter } from './router';

function retry(failures: number, error: unknown) {
  // A refusal is an answer; only a network failure or a 5xx is worth a second try.
  if (error instanceof ApiError && error.status > 0 && error.status < 500) return false;
  return failures < 1;
}

export function App({
  manager,
  initialUser,
  signInError,
}: {
  manager: UserManager;
  initialUser: User | null;
  signInError?: unknown;
}) {
  const queryClient = useMemo(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry, staleTime: 60_000, refetchOnWindowFocus: false } },
      }),
    [],
  );
  const router = useMemo(() => createRouter(signInError), [signInError]);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider manager={manager} initialUser={initialUser}>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
