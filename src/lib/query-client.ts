import { QueryClient } from '@tanstack/react-query';

/**
 * The datasets are static files: once loaded they never go stale, and a failure is shown, not
 * retried in a loop; a component that mounts later does not fetch a failed file again (its
 * "Retry" does).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        retry: false,
        retryOnMount: false,
        refetchOnWindowFocus: false,
      },
    },
  });
}
