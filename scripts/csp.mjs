// The Content-Security-Policy each build declares in its <meta http-equiv>. The hosted build has
// no inline script or style, so its policy is HOSTED_POLICY as written; the single file inlines
// its script and stylesheet, and its policy allows exactly those by their sha256 hashes, computed
// here from the page as written out (after vite-plugin-singlefile has inlined everything).
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

/** The hosted build's policy: the same as its meta element, and the header to send (README). */
export const HOSTED_POLICY = policy();

// An element's text ends at the first closing tag, as the HTML parser reads it.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style/gi;

/** The page with its policy right after its charset, ahead of every script and style. */
export function withPolicy(html) {
  const scripts = [...html.matchAll(INLINE_SCRIPT)]
    // A data block (type="application/json") is not run, and a script with src has no text.
    .filter(([, attrs]) => !/\bsrc=/i.test(attrs) && !/\btype="application\/json"/i.test(attrs))
    .map(([, , text]) => text);
  const styles = [...html.matchAll(INLINE_STYLE)].map(([, text]) => text);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy({ scripts, styles })}">`;
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
