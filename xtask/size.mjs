// Prints `name raw gzip brotli` (bytes) for each file named on the command line: gzip at
// level 9 and brotli at quality 11, as a CDN would serve them. Used by `cargo xtask size`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

for (const file of process.argv.slice(2)) {
  const data = readFileSync(file);
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length;
  console.log(`${basename(file)} ${data.length} ${gzip} ${brotli}`);
}
