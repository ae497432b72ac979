import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Dashboard } from './dashboard';

/** `firstView`: settles once the opening view's code and data are in (preloadOpeningView). */
export function App({ client, firstView }: { client: QueryClient; firstView: Promise<void> }) {
  return (
    <QueryClientProvider client={client}>
      <Dashboard firstView={firstView} />
    </QueryClientProvider>
  );
}
