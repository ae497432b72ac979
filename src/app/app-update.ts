import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';

/*
 * The hosted build's service worker (vite-plugin-pwa, registerType "prompt"): after one visit the
 * dashboard and its data open offline. A new deployment is installed beside the running one and
 * waits: the page offers it (UpdateNotice), and it is applied only when the person reloads with
 * its button. The single file has no service worker: its build points `virtual:pwa-register` at
 * no-pwa-register.ts.
 */

let waiting = false;
const listeners = new Set<() => void>();

const applyUpdate = registerSW({
  onNeedRefresh() {
    waiting = true;
    for (const listener of listeners) listener();
  },
});

/** True once a newer version is installed and waiting for the person to reload. */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => waiting,
  );
}

/** Activates the waiting version and reloads the page with it. */
export const reloadWithUpdate = () => void applyUpdate(true);
