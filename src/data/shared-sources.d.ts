/** The source documents in ../shared/sources/ (scripts/shared-sources.mjs), for tests only. */
declare module 'virtual:shared-sources' {
  /** Whether the folder was found. */
  export const found: boolean;
  /** File name → text. */
  export const files: Record<string, string>;
}
