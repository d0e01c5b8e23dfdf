// Loaded with `node --import`: prints the URL of every module Node loads to stderr, one per line,
// prefixed with "loaded: ", so a test can see what a command pulled in.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      import { writeSync } from 'node:fs';
      export async function load(url, context, next) {
        writeSync(2, 'loaded: ' + url + '\\n');
        return next(url, context);
      }
    `),
);
