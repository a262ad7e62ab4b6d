#!/usr/bin/env node
/**
 * Before the e2e lanes and the playground: find the browsers they drive, or install them the way
 * this machine allows, or stop at once with one message saying what to run.
 *
 *   node scripts/ensure-browsers.mjs chromium firefox
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own (its cache); missing, it is
 * installed from Debian's `chromium` package when running as root with apt-get, else with
 * `npx playwright install chromium` (which needs its download site). Firefox ESR: FIREFOX_PATH,
 * else /usr/bin/firefox-esr; missing, Debian's `firefox-esr` package when running as root.
 * The lookups are the ones tests/e2e/harness.ts and tests/firefox/harness.ts make.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function playwrightChromium() {
  try {
    const path = require('playwright-core').chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const BROWSERS = {
  chromium: {
    env: 'CHROMIUM_PATH',
    find: () => ['/usr/bin/chromium'].find(existsSync) ?? playwrightChromium(),
    debian: 'chromium',
    fallback: ['npx', ['playwright', 'install', 'chromium']],
    help: 'sudo apt-get install chromium (Debian/Ubuntu), or npx playwright install chromium, or set CHROMIUM_PATH',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    find: () => ['/usr/bin/firefox-esr'].find(existsSync),
    debian: 'firefox-esr',
    fallback: undefined,
    help: 'sudo apt-get install firefox-esr (Debian/Ubuntu), or set FIREFOX_PATH to a Firefox ESR',
  },
};

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
const canApt = () =>
  process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

function ensure(name) {
  const browser = BROWSERS[name];
  if (!browser) throw new Error(`unknown browser "${name}" (chromium, firefox)`);
  const given = process.env[browser.env];
  if (given) {
    if (existsSync(given)) return true;
    console.error(
      `${browser.env}=${given}, but there is no such file. Fix it or unset it; or run: ${browser.help}`,
    );
    return false;
  }
  if (browser.find()) return true;
  console.error(`No ${name} for the tests; installing it…`);
  if (canApt()) {
    process.env.DEBIAN_FRONTEND = 'noninteractive';
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', browser.debian]) &&
      browser.find()
    )
      return true;
  } else if (browser.fallback && run(...browser.fallback) && browser.find()) return true;
  console.error(
    `\nCannot run the ${name} tests: no ${name} found, and none could be installed here.\nRun: ${browser.help}\n`,
  );
  return false;
}

const names = process.argv.slice(2);
process.exitCode = names.map(ensure).every(Boolean) ? 0 : 1;
