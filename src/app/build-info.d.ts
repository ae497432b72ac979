/** The day (UTC, YYYY-MM-DD) the build that serves this page ran: `define` in vite.config.ts. */
declare const __DATA_BUILT__: string;
