// The Firefox the Firefox tests drive. `npm run test:firefox` has already
// provided one (scripts/ensure-browsers.ts); this checks it is new enough.
import { execFileSync } from 'node:child_process';

export { findFirefox } from '../../../scripts/ensure-browsers';

/** The add-on's strict_min_version: the first Firefox with the CSS Custom Highlight API. */
export const MIN_FIREFOX_MAJOR = 140;

const HOW_TO_INSTALL =
  'Install a newer one (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y firefox-esr`) ' +
  'or point FIREFOX_PATH at a Firefox binary.';

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
