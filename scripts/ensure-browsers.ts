// Finds the browsers the real-browser tests and `npm start` drive, and
// provides them when none is there, so that `npm ci && npm test` works on a
// fresh machine:
//   1. CHROME_PATH / FIREFOX_PATH, then the system's browser on PATH, then one
//      downloaded earlier (Playwright's cache for Chromium, Puppeteer's for Firefox);
//   2. else, on Debian as root: apt-get install chromium + fonts-noto-core
//      (Arabic), or firefox-esr;
//   3. else the usual download (`playwright-core install chromium`, Puppeteer's
//      `browsers install firefox@stable`) when the network allows;
//   4. else stop with a message saying exactly what to run.
// The test harness uses the finders alone: it never installs anything.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Browser, detectBrowserPlatform, getInstalledBrowsers, install, resolveBuildId } from '@puppeteer/browsers';
import { chromium } from 'playwright-core';

import { readArgs, usageError } from './cli';

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const FIREFOX_NAMES = ['firefox-esr', 'firefox'];
/** Where `browsers install firefox` puts Firefox; the harness looks there too. */
export const FIREFOX_CACHE = join(homedir(), '.cache', 'siyaq-browsers');
const ARABIC_FONT_DIR = '/usr/share/fonts/truetype/noto';

type Kind = 'chromium' | 'firefox';

/** A program of that name on PATH, as `command -v` would find it. */
function onPath(names: string[]): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

function fromEnv(variable: 'CHROME_PATH' | 'FIREFOX_PATH'): string | undefined {
  const path = process.env[variable];
  if (!path) return undefined;
  if (!existsSync(path)) throw new Error(`${variable} is set to ${path}, but no file is there.`);
  return path;
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined; // a platform Playwright has no build for
  }
}

async function cachedFirefox(): Promise<string | undefined> {
  if (!existsSync(FIREFOX_CACHE)) return undefined;
  const installed = await getInstalledBrowsers({ cacheDir: FIREFOX_CACHE });
  return installed.find((b) => b.browser === Browser.FIREFOX && existsSync(b.executablePath))?.executablePath;
}

/** The Chromium to drive, or undefined when there is none. */
export function locateChromium(): string | undefined {
  return fromEnv('CHROME_PATH') ?? onPath(CHROMIUM_NAMES) ?? playwrightChromium();
}

/** The Firefox to drive, or undefined when there is none. */
export async function locateFirefox(): Promise<string | undefined> {
  return fromEnv('FIREFOX_PATH') ?? onPath(FIREFOX_NAMES) ?? (await cachedFirefox());
}

interface System {
  debian: boolean;
  ubuntu: boolean;
  root: boolean;
}

function system(): System {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)`, 'm').exec(release)?.[1] ?? '';
  const family = `${field('ID')} ${field('ID_LIKE')}`.split(/\s+/);
  const ubuntu = family.includes('ubuntu');
  return { ubuntu, debian: family.includes('debian') && !ubuntu, root: process.getuid?.() === 0 };
}

/** What a person has to run, for the message when Siyaq cannot provide the browser itself. */
function howToInstall(kind: Kind, sys: System): string {
  const sudo = sys.root ? '' : 'sudo ';
  const apt = (pkgs: string) => `${sudo}apt-get update && ${sudo}apt-get install -y ${pkgs}`;
  if (kind === 'chromium') {
    const ways = [
      ...(sys.debian ? [apt('chromium fonts-noto-core')] : []),
      `npx playwright-core install${sys.ubuntu ? ' --with-deps' : ''} --no-shell chromium`,
    ];
    return `Run \`${ways.join('` or `')}\`, or set CHROME_PATH to a Chrome or Chromium binary.`;
  }
  const ways = [...(sys.debian ? [apt('firefox-esr')] : []), `npx @puppeteer/browsers install firefox@stable --path ${FIREFOX_CACHE}`];
  return `Run \`${ways.join('` or `')}\`, or set FIREFOX_PATH to a Firefox binary (140 or later).`;
}

/** The last line of a tool's error output that names an error. */
function lastError(text: string | null): string {
  const lines = (text ?? '').split('\n').map((line) => line.trim());
  return lines.findLast((line) => /error/i.test(line)) ?? lines.findLast(Boolean) ?? '';
}

function say(message: string): void {
  console.error(`ensure-browsers: ${message}`);
}

function aptInstall(packages: string[]): boolean {
  say(`installing ${packages.join(' ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Other apt runs (another test command, unattended upgrades) hold the lock for a while.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const run = (args: string[]) => spawnSync('apt-get', [...lock, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  return run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
}

function hasArabicFont(): boolean {
  return existsSync(ARABIC_FONT_DIR) && readdirSync(ARABIC_FONT_DIR).some((file) => file.includes('Arabic'));
}

/** The Chromium to drive; installs one (and an Arabic font) when there is none. */
export function ensureChromium(): string {
  const sys = system();
  const found = locateChromium();
  if (found) {
    if (sys.debian && sys.root && !hasArabicFont()) aptInstall(['fonts-noto-core']);
    return found;
  }
  if (sys.debian && sys.root && aptInstall(['chromium', 'fonts-noto-core'])) {
    const path = locateChromium();
    if (path) return path;
  }
  say('no Chromium found; downloading Playwright’s Chromium…');
  const withDeps = sys.ubuntu && sys.root ? ['--with-deps'] : [];
  const bin = join(import.meta.dirname, '..', 'node_modules', '.bin', 'playwright-core');
  const download = spawnSync(bin, ['install', ...withDeps, '--no-shell', 'chromium'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const path = download.status === 0 ? locateChromium() : undefined;
  if (path) return path;
  // Playwright retries and prints a stack per attempt; its last line says why.
  say(`download failed: ${lastError(download.stderr) || `exit code ${download.status}`}`);
  throw new Error(`No Chromium found, and none could be installed here. ${howToInstall('chromium', sys)}`);
}

/** The Firefox to drive; installs one when there is none. */
export async function ensureFirefox(): Promise<string> {
  const sys = system();
  const found = await locateFirefox();
  if (found) return found;
  if (sys.debian && sys.root && aptInstall(['firefox-esr', 'fonts-noto-core'])) {
    const path = await locateFirefox();
    if (path) return path;
  }
  say('no Firefox found; downloading Firefox with Puppeteer’s browsers tool…');
  try {
    const platform = detectBrowserPlatform();
    if (!platform) throw new Error('no Firefox build for this platform');
    const buildId = await resolveBuildId(Browser.FIREFOX, platform, 'stable');
    return (await install({ browser: Browser.FIREFOX, buildId, cacheDir: FIREFOX_CACHE })).executablePath;
  } catch (error) {
    say(`download failed: ${error instanceof Error ? error.message : String(error)}`);
    throw new Error(`No Firefox found, and none could be installed here. ${howToInstall('firefox', sys)}`, { cause: error });
  }
}

/** For the harness: the browser, or an error that says exactly what to run. */
export function findChromium(): string {
  const path = locateChromium();
  if (path) return path;
  throw new Error(`No Chromium found for the real-browser tests. ${howToInstall('chromium', system())}`);
}

export async function findFirefox(): Promise<string> {
  const path = await locateFirefox();
  if (path) return path;
  throw new Error(`No Firefox found for the Firefox tests. ${howToInstall('firefox', system())}`);
}

const HELP = `
usage: tsx scripts/ensure-browsers.ts [chromium] [firefox]

Finds Chromium and/or Firefox for the real-browser tests and \`npm start\`
(CHROME_PATH / FIREFOX_PATH, the system's, or one downloaded earlier), and
installs one when there is none: Debian's chromium + fonts-noto-core or
firefox-esr with apt-get when run as root on Debian, else a download the usual
way for Playwright (Chromium) or Puppeteer (Firefox). Prints each browser's path.
Without arguments: chromium.`;

if (import.meta.main) {
  const spec = { name: 'ensure-browsers', help: HELP, positionals: { min: 0, max: 2 } };
  const { positionals } = readArgs(spec);
  const wanted = positionals.length ? positionals : ['chromium'];
  const bad = wanted.find((kind) => kind !== 'chromium' && kind !== 'firefox');
  if (bad) usageError(spec, `unknown browser ${bad} (chromium or firefox)`);
  try {
    for (const kind of wanted) console.log(`${kind}: ${kind === 'chromium' ? ensureChromium() : await ensureFirefox()}`);
  } catch (error) {
    console.error(`ensure-browsers: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
