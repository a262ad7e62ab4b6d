import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { HOST_MATCHES } from './lib/sites/sites';
import { readCatalogues, toMessagesJson } from './lib/i18n/catalogue';
import { MANAGED_SCHEMA_FILE, managedSchemaJson } from './lib/store/managed-schema';
import { noCodeGeneration } from './scripts/vite-no-code-generation';
import { writeLanguageIndex } from './scripts/language-index.ts';

// The policy languages are the folders of lib/engine/languages/: their lists, current at every build.
writeLanguageIndex();

/**
 * Development key: gives every unpacked build the stable id nkmddfonkghloeblfkdmjgppbbahianl
 * (e2e tests and enterprise policy files depend on it). Replace it with the Chrome Web Store
 * item's public key before publishing, so the id stays the same; see README "Extension id".
 */
export const DEV_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4V2lXuDJ3Ti35PGQfX2ROUFDep1V6yFgd1k01sc2/UsqiCdGldcM2Jh3ShFNmONH++GaAdL8YhdGvSx4ncPkH2qy86SbwFI9g7nuEtPRsOdcmtnW6WjLWFrvSJc9bTE3feT0RngRoBltiN69nY6ljfyMdbWs6FCuBu/BjONzBZCY0lywOiDfd9z/HioT+/p2D2zB+FoMLGYzvuK/iFUHrRB5Ndez1SbvM3nY9l5gM2k7wE03JEu6GOCEf43RiBUXPngHfL+0k0pZmdSiZ9SFlN4W005S2b5zNFyJj2k2qvKDX71i5DF1oisDaCqC7LU0KdMaiCxi6Txp4DKyTkCXCwIDAQAB';
export const DEV_EXTENSION_ID = 'nkmddfonkghloeblfkdmjgppbbahianl';

/** Where PRIVACY.md goes in the package (the options page links to it). */
export const PRIVACY_NOTICE_FILE = 'privacy.txt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), noCodeGeneration()],
    resolve: {
      alias: [
        {
          find: /^core-js\/modules\/.*$/,
          replacement: fileURLToPath(new URL('lib/shims/empty-module.js', import.meta.url)),
        },
      ],
    },
  }),
  // AMO's sources archive: what a reviewer needs to rebuild, not what the repository builds.
  zip: { excludeSources: ['dist/**', 'dist-fixtures/**'] },
  hooks: {
    // Generated from the policy schema at every build, so it can never lag behind it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: managedSchemaJson() });
      // PRIVACY.md, shipped as plain text for the options page's link (both browsers show it).
      files.push({
        relativeDest: PRIVACY_NOTICE_FILE,
        absoluteSrc: fileURLToPath(new URL('PRIVACY.md', import.meta.url)),
      });
      // The UI's languages: each locales/<locale>.json becomes the browser's _locales/<locale>.
      for (const [locale, catalogue] of readCatalogues(fileURLToPath(new URL('locales', import.meta.url))))
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(toMessagesJson(catalogue), null, 2),
        });
    },
  },
  manifest: ({ browser }) => ({
    // From locales/<locale>.json, in the browser's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the RE2 engine is injected only into pages whose policy needs it (lib/content/re2-loader.ts).
    permissions: ['storage', 'scripting'],
    host_permissions: [...HOST_MATCHES],
    storage: { managed_schema: MANAGED_SCHEMA_FILE },
    // Only the extension's own packaged scripts run in its pages: nothing inline, remote or eval'd.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'"
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A placeholder: AMO and enterprise policies know the add-on by this id; see README
              // "Extension id" before publishing.
              id: 'ambassador@example.com',
              // 128: the page-world helper runs through scripting.executeScript's MAIN world;
              // 140: the oldest ESR still supported, and the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected or sent (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { key: DEV_EXTENSION_KEY }),
  }),
});
