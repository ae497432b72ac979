// The single-file build writes dist-file/index.html; the file a person carries has a name that
// says what it is. A copy goes beside the hosted build's index.html (when `npm run build` has
// written one), where its "Download briefing file" fetches it to write a deck into.
import { copyFileSync, existsSync, renameSync, statSync } from 'node:fs';

const target = 'dist-file/pak-afghan-briefing.html';
renameSync('dist-file/index.html', target);
console.log(`${target}: ${(statSync(target).size / 1_000_000).toFixed(2)} MB`);
if (existsSync('dist/index.html')) {
  copyFileSync(target, 'dist/pak-afghan-briefing.html');
  console.log('copied to dist/pak-afghan-briefing.html');
}
