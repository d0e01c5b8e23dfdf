import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Debian and other distributions put Chromium; `PCAQ_CHROMIUM` overrides. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * The path of a Chromium executable, or undefined when this machine has none. `PCAQ_CHROMIUM`,
 * when set, is the only candidate (a path that is not executable means "no browser").
 */
export function findChromium(env = process.env) {
  if (env.PCAQ_CHROMIUM) return isExecutable(env.PCAQ_CHROMIUM) ? env.PCAQ_CHROMIUM : undefined;
  const candidates = [
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
