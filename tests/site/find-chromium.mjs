import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Debian and other distributions put Chromium; `PCAQ_CHROMIUM` overrides. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The path of a Chromium executable, or undefined when this machine has none. */
export function findChromium(env = process.env) {
  const candidates = [
    env.PCAQ_CHROMIUM,
    ...(env.PATH ?? '').split(delimiter).flatMap((dir) => (dir ? NAMES.map((name) => join(dir, name)) : [])),
    '/usr/bin/chromium',
  ];
  return candidates.find((path) => path && isExecutable(path));
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
