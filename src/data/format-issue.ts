import type * as z from 'zod/mini';

/** A field path as people read it: `records[3].balance`, `unhcrSeries.records[4].refugees`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** `trade.json › records[3].balance: message`, or `trade.json: message` for the whole file. */
export function formatIssue(file: string, path: string, message: string): string {
  return path === '' ? `${file}: ${message}` : `${file} › ${path}: ${message}`;
}

// zod prefixes most messages with "Invalid input: "; the path already says where, so drop it.
const tidy = (message: string) => message.replace(/^Invalid input: /, '');

/** One human message per zod issue, naming the file and the field path. */
export function formatZodError(file: string, error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
      return formatIssue(file, path, `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}`);
    }
    return formatIssue(file, path, tidy(issue.message));
  });
}
