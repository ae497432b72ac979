// The single file (vite.file.config.ts) has no service worker: `virtual:pwa-register` is this.
export function registerSW(): (reload?: boolean) => Promise<void> {
  return async () => {};
}
