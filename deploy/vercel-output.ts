// Reading Vercel's Build Output API folder (.vercel/output, written by scripts/vercel-build.sh):
// its routes and its functions with the files each ships. For deploy/vercel-output.test.ts and the
// `vercel` benchmark suite.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const OUTPUT = '.vercel/output';
export const PICTURE = /\.(?:jpe?g|png|webp|avif|gif)$/i;

export interface Route {
  src?: string;
  dest?: string;
  middlewarePath?: string;
  status?: number;
}

export function vercelConfig(): { routes: Route[] } {
  return JSON.parse(readFileSync(path.join(OUTPUT, 'config.json'), 'utf8')) as { routes: Route[] };
}

/** Every function folder (the ones that are not links to another), with the files it ships and their size. */
export function functions(): Array<{ name: string; files: string[]; bytes: number }> {
  const found: Array<{ name: string; files: string[]; bytes: number }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.name.endsWith('.func') && !lstatSync(full).isSymbolicLink()) {
        const vc = JSON.parse(readFileSync(path.join(full, '.vc-config.json'), 'utf8')) as { filePathMap?: Record<string, string> };
        // Files inside the folder, and the project files it maps in (Vercel's builder links those rather than copying them).
        const inside = readdirSync(full, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
        const mapped = Object.values(vc.filePathMap ?? {}).map((file) => path.resolve(file));
        const files = [...inside, ...mapped];
        found.push({ name: path.relative(path.join(OUTPUT, 'functions'), full), files, bytes: files.reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0) });
      } else if (entry.isDirectory() && !entry.name.endsWith('.func')) {
        walk(full);
      }
    }
  };
  walk(path.join(OUTPUT, 'functions'));
  return found;
}
