import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile, policy, withPolicy } from './csp.mjs';

const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head) =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body></body></html>`;
const policyOf = (html) =>
  html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];

describe('the content security policy', () => {
  it('is sent as a header by the _headers file the build writes, with the headers README names', () => {
    const html = page('<script>mark()</script><script type="module" src="./app.js"></script>');
    const headers = headersFile(html);
    expect(headers).toContain(`Content-Security-Policy: ${policyOf(withPolicy(html))}\n`);
    // For the page only: a briefing file copied beside it keeps its own policy.
    const rules = Object.fromEntries(
      headers.split(/^(?=\/)/m).map((rule) => [rule.split('\n')[0], rule]),
    );
    expect(rules['/*']).not.toContain('Content-Security-Policy');
    expect(rules['/']).toContain('Content-Security-Policy');
    expect(rules['/index.html']).toContain('Content-Security-Policy');
    const readme = readFileSync('README.md', 'utf8');
    for (const line of headers
      .split('\n')
      .filter((l) => l.startsWith('  ') && !l.includes('Policy: default-src')))
      expect(readme).toContain(line);
  });

  it('allows a page with no inline code nothing inline, and comes right after the charset', () => {
    const html = withPolicy(page('<script type="module" src="./app.js"></script>'));
    expect(policyOf(html)).toBe(policy());
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('allows each inline script and style by its hash, not a JSON data block', () => {
    const html = withPolicy(
      page(
        '<script type="module">run()</script><style>b{}</style>' +
          '<script type="application/json" id="briefing-deck">{}</script>',
      ),
    );
    const policy = policyOf(html);
    expect(policy).toContain(`script-src 'self' ${hash('run()')};`);
    expect(policy).toContain(`style-src 'self' ${hash('b{}')};`);
    expect(policy).not.toContain(hash('{}'));
    expect(policy).not.toMatch(/unsafe/);
  });
});
