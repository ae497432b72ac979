import { QueryClient } from '@tanstack/react-query';

/** The datasets are static files: once loaded they never go stale, and a failure is shown, not retried in a loop. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: Infinity, retry: false, refetchOnWindowFocus: false },
    },
  });
}
