// Builds the web editor's two scripts into public/admin/ (not in git): Sveltia CMS as npm ships it,
// and cms/admin.ts (the site's post format, gallery block and date field) bundled for the browser.
// `npm run build`, `npm run serve`, `npm run cms` and the end-to-end build run it before `next build`.
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'public/admin');
const require = createRequire(import.meta.url);

// The CMS's interface fonts, which its stylesheet loads from cdn.jsdelivr.net: served from this site
// instead (same files, from npm), so the editor works on a closed network and its policy names no CDN.
const FONTS: Record<string, string> = {
  'source-sans-3:vf@5.3.0/latin-wght-normal.woff2': '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'noto-mono@5.3.0/latin-400-normal.woff2': '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  'material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2': '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};
const FONT_CDN = 'https://cdn.jsdelivr.net/fontsource/fonts/';

/**
 * `script` with `find`, which must occur exactly once, replaced: a new version of the CMS that no
 * longer has the text stops the build, saying `what` to look at, instead of shipping unpatched.
 */
function replaceOnce(script: string, find: string, replacement: string, what: string): string {
  const count = script.split(find).length - 1;
  if (count !== 1) throw new Error(`sveltia-cms.js has ${count === 0 ? 'no' : count} ${find}: ${what} (scripts/build-admin.ts)`);
  return script.replace(find, () => replacement);
}

async function selfHostedFonts(script: string): Promise<string> {
  await mkdir(path.join(out, 'fonts'), { recursive: true });
  let patched = script;
  for (const [cdnPath, file] of Object.entries(FONTS)) {
    const name = path.basename(file);
    patched = replaceOnce(patched, FONT_CDN + cdnPath, `/admin/fonts/${name}`, 'update FONTS to the fonts of this version');
    await copyFile(require.resolve(file), path.join(out, 'fonts', name));
  }
  if (patched.includes(FONT_CDN)) throw new Error(`sveltia-cms.js loads a font from ${FONT_CDN} that scripts/build-admin.ts does not serve: add it to FONTS`);
  return patched;
}

// Modules the CMS imports at run time from unpkg.com, served from this site instead (its own npm
// dependencies): Immutable for the date field, exifr to read a picked photo's date, Turndown to
// turn pasted formatted text (from Word, from a web page) into Markdown. Others it may ask for (the
// map field's Leaflet, SVG optimising, HEIC photos) are not used here and are simply not found.
const RUNTIME_MODULES: Record<string, string> = {
  immutable: 'dist/immutable.es.js',
  exifr: 'dist/lite.esm.mjs',
  turndown: 'lib/turndown.browser.es.js',
};
const MODULE_CDN = '`https://unpkg.com/${e}`';

async function selfHostedModules(script: string): Promise<string> {
  const patched = replaceOnce(script, MODULE_CDN, '`/admin/vendor/${e}`', 'see how this version builds module addresses');
  for (const [name, file] of Object.entries(RUNTIME_MODULES)) {
    // The address carries the version the CMS was built against, e.g. immutable@5.1.9.
    const version = new RegExp(`(?:"${name}"|[,{]${name}):\`\\^?([0-9.]+)\``).exec(script)?.[1];
    if (!version) throw new Error(`sveltia-cms.js does not name a version of ${name}: update RUNTIME_MODULES in scripts/build-admin.ts`);
    const target = path.join(out, 'vendor', `${name}@${version}`, file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(require.resolve(`${name}/package.json`).replace(/package\.json$/, file), target);
  }
  return patched;
}

// The CMS trims what a custom format writes and adds a line break; cms/post-format.ts decides the
// file's text itself, so a post saved unchanged stays byte for byte the same (with or without a
// final line break, as staff's older files have it).
const TRIMMED_OUTPUT = 'if(i)return`${(await i(e)).trim()}\\n`';

function exactFileText(script: string): string {
  return replaceOnce(script, TRIMMED_OUTPUT, 'if(i)return await i(e)', 'see how this version writes custom formats');
}

// A CMS bug: once a post is checked (on Save), the language tabs read the check's result of every
// language, and one the post has no version in yet (most posts are English only) has none, so the
// editor fails and shows no message, e.g. for an impossible date. Read "no result" as "nothing wrong".
const LOCALE_VALIDITY = 'Object.values(R(l)[t]).some(({valid:e})=>!e)';

function validatesUntranslatedPosts(script: string): string {
  return replaceOnce(script, LOCALE_VALIDITY, 'Object.values(R(l)[t]??{}).some(({valid:e})=>!e)', 'see whether the bug is fixed in this version');
}

/** Where the CMS fetches the strings of its interface languages (unpkg.com, for its version). */
const LOCALES_CDN = '`${iP}@${rP}/locales`';

export async function buildAdmin(): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // The package exports only its ES module entry; the classic script sits beside it in dist/.
  const pkg = path.join(path.dirname(require.resolve('@sveltia/cms')), '..');
  const script = await readFile(path.join(pkg, 'dist/sveltia-cms.js'), 'utf8');
  const patched = validatesUntranslatedPosts(exactFileText(await selfHostedModules(await selfHostedFonts(script))));
  await writeFile(path.join(out, 'sveltia-cms.js'), replaceOnce(patched, LOCALES_CDN, '`/admin/locales`', 'see where this version loads its interface languages'));
  // React, for field types of our own (the date field); the CMS loads it from beside its script.
  await mkdir(path.join(out, 'chunks'), { recursive: true });
  await copyFile(path.join(pkg, 'dist/chunks/react-dom.js'), path.join(out, 'chunks/react-dom.js'));
  // The interface languages (Russian for staff), which the CMS would fetch from unpkg.com.
  await cp(path.join(pkg, 'locales'), path.join(out, 'locales'), { recursive: true });
  await build({
    entryPoints: [path.join(root, 'cms/admin.ts')],
    outfile: path.join(out, 'cms.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    // Only what the editor's configuration reads; nothing secret is ever put here.
    define: {
      'process.env': JSON.stringify({
        SITE_REPOSITORY_URL: process.env.SITE_REPOSITORY_URL,
        CMS_AUTH_URL: process.env.CMS_AUTH_URL,
        SITE_URL: process.env.SITE_URL,
      }),
    },
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildAdmin();
}
