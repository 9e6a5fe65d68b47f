// Locates a Firefox to drive. Puppeteer cannot download browsers here, so we
// use the system's, and say exactly how to get one when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/local/bin/firefox'];
/** The add-on's strict_min_version: the first Firefox with the CSS Custom Highlight API. */
export const MIN_FIREFOX_MAJOR = 140;

const HOW_TO_INSTALL =
  'Install it (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`) ' +
  'or point FIREFOX_PATH at a Firefox binary.';

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(`No Firefox found for the Firefox tests. ${HOW_TO_INSTALL}`);
}

/** Major version from `firefox --version` ("Mozilla Firefox 153.7.0esr"), checked against the add-on's minimum. */
export function checkFirefoxVersion(path: string): number {
  const output = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const major = Number(/Firefox\s+(\d+)\./.exec(output)?.[1]);
  if (!Number.isFinite(major)) throw new Error(`Cannot read a version from \`${path} --version\`: ${output.trim()}`);
  if (major < MIN_FIREFOX_MAJOR) {
    throw new Error(`${path} is Firefox ${major}; Siyaq needs ${MIN_FIREFOX_MAJOR} or later. ${HOW_TO_INSTALL}`);
  }
  return major;
}
