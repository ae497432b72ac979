// The Content-Security-Policy each build declares in its <meta http-equiv>: it allows the page's
// own inline scripts and styles by their sha256 hashes, computed here from the page as written out
// (the hosted page's head script and its baked view's stylesheet, scripts/bake.mjs; the single
// file's inlined script and stylesheet, after vite-plugin-singlefile), and nothing else inline.
import { createHash } from 'node:crypto';

const OSM_TILES = 'https://tile.openstreetmap.org';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for a page whose inline scripts and styles have these texts. */
export function policy({ scripts = [], styles = [] } = {}) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts.map(sha256)].join(' '),
    ["style-src 'self'", ...styles.map(sha256)].join(' '),
    // The map's optional OpenStreetMap basemap (off by default); exports draw on data: and blob:.
    `img-src 'self' data: blob: ${OSM_TILES}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

// An element's text ends at the first closing tag, as the HTML parser reads it.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style/gi;

/** The policy for this page: its inline scripts and styles allowed by hash. */
export function policyFor(html) {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    // A data block (type="application/json") is not run, and a script with src has no text.
    .filter(([, attrs]) => !/\bsrc=/i.test(attrs) && !/\btype="application\/json"/i.test(attrs))
    .map(([, , text]) => text);
  const styles = [...html.matchAll(INLINE_STYLE)].map(([, text]) => text);
  return policy({ scripts, styles });
}

/** The page with its policy right after its charset, ahead of every script and style. */
export function withPolicy(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html))
    throw new Error('content security policy: the page has no <meta charset>');
  return html.replace(charset, (found) => `${found}\n    ${meta}`);
}

/**
 * A Vite plugin: writes the policy into every HTML page of the build. Placed after
 * vite-plugin-singlefile (both `enforce: 'post'`, generateBundle `order: 'post'`), it sees the
 * page with everything inlined.
 */
export function contentSecurityPolicy() {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type === 'asset' && asset.fileName.endsWith('.html')) {
            asset.source = withPolicy(String(asset.source));
          }
        }
      },
    },
  };
}

/**
 * The headers a static host should send with the hosted build, as a `_headers` file (Netlify,
 * Cloudflare Pages): the page's policy, for the page only (a briefing file copied beside it has
 * its own policy in its own page), and a few more for everything (README, "Security headers").
 */
export function headersFile(html) {
  const page = `  Content-Security-Policy: ${policyFor(html)}\n`;
  return `/*
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=()
  Cross-Origin-Opener-Policy: same-origin
/
${page}/index.html
${page}/assets/*
  Cache-Control: public, max-age=31536000, immutable
/sw.js
  Cache-Control: no-cache
`;
}
