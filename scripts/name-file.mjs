// The single-file build writes dist-file/index.html; the file a person carries has a name that
// says what it is.
import { renameSync, statSync } from 'node:fs';

const target = 'dist-file/pak-afghan-briefing.html';
renameSync('dist-file/index.html', target);
console.log(`${target}: ${(statSync(target).size / 1_000_000).toFixed(2)} MB`);
