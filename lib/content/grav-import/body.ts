// Grav's Markdown extras in a post body, converted where the site has an equivalent and reported
// where it has not: markdown-notices lines, `[plugin:…](…)` links, shortcodes other than galleries.

import { GALLERY_SHORTCODE } from '../shortcodes/owl-carousel';
import { externalLink } from './media';
import type { Notes } from './notes';

// markdown-notices: `!` yellow, `!!` red, `!!!` blue, `!!!!` green; the site's notes (GitHub's form).
const NOTICE_KINDS = ['WARNING', 'CAUTION', 'NOTE', 'TIP'] as const;

/** Outside fenced and indented code: the lines a converter may touch. */
function codeLines(lines: string[]): boolean[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return true;
    }
    if (marker) {
      fence = marker;
      return true;
    }
    return /^( {4}|\t)/.test(line);
  });
}

/** `! text` paragraphs become `> [!WARNING]` notes (and `!!` CAUTION, `!!!` NOTE, `!!!!` TIP). */
export function convertNotices(body: string, notes: Notes): string {
  const lines = body.split('\n');
  const code = codeLines(lines);
  const out: string[] = [];
  let open: string | null = null;
  for (const [i, line] of lines.entries()) {
    const match = code[i] ? null : /^ {0,3}(!{1,4}) (.*)$/.exec(line);
    if (match) {
      const kind = NOTICE_KINDS[match[1].length - 1];
      if (open !== kind) {
        if (out.length && out[out.length - 1].trim() !== '') out.push('');
        out.push(`> [!${kind}]`);
        notes.change(`notice line${match[1].length > 1 ? ` (${match[1]})` : ''} written as a ${kind.toLowerCase()} note`);
      }
      out.push(`> ${match[2]}`);
      open = kind;
      continue;
    }
    // markdown-notices takes the whole paragraph: its next lines belong to the note.
    if (open && line.trim() !== '') {
      out.push(`> ${line}`);
      continue;
    }
    open = null;
    out.push(line);
  }
  return out.join('\n');
}

/** `[plugin:youtube](url)` and the like: the site embeds nothing from other sites, so a link. */
export function convertPluginLinks(body: string, notes: Notes): string {
  return body.replace(/\[plugin:([a-z0-9_-]+)\]\(([^)\s]+)\)/gi, (_whole, plugin: string, url: string) =>
    /^(?:[a-z]+:)?\/\//i.test(url) ? externalLink(url, '', `[plugin:${plugin}]`, notes) : (notes.person(`[plugin:${plugin}](${url}) has no equivalent: removed`), ''),
  );
}

/**
 * Shortcodes other than the gallery: paired ones whose content is a link become that link, other
 * paired ones keep their content; tags standing alone (or never closed) are removed. Each is reported.
 */
export function convertShortcodes(body: string, notes: Notes): string {
  const lines = body.split('\n');
  const code = codeLines(lines);
  const inCode = (offset: number) => code[body.slice(0, offset).split('\n').length - 1];
  const names = new Set<string>();
  for (const match of body.matchAll(/\[\/?([a-z][a-z0-9_-]*)(?=[\s=\]/])/gi)) {
    if (!inCode(match.index) && match[1].toLowerCase() !== GALLERY_SHORTCODE && !/^plugin$/i.test(match[1])) names.add(match[1]);
  }
  let result = body;
  for (const name of names) {
    const escaped = name.replace(/[-]/g, '\\-');
    // A link's text or label (`[Grav][grav]`, `[grav]: https://…`, `[x](…)`) is not a shortcode.
    const isLink = (tag: string, offset: number) => /^[([:]/.test(result[offset + tag.length] ?? '') || result[offset - 1] === ']';
    const open = new RegExp(String.raw`\[${escaped}(?:[\s=][^\]]*)?\]`, 'gi');
    const paired = new RegExp(String.raw`\[${escaped}(?:[\s=][^\]]*)?\]([\s\S]*?)\[/${escaped}\]`, 'gi');
    if (paired.test(result)) {
      result = result.replace(paired, (whole, inner: string, offset: number) => {
        if (isLink(whole.slice(0, whole.indexOf(']') + 1), offset)) return whole;
        const url = inner.trim();
        if (/^(?:https?:)?\/\/\S+$/i.test(url)) return externalLink(url, '', `[${name}]`, notes);
        notes.person(`shortcode [${name}] has no equivalent: its tags are removed and its content kept`);
        return inner;
      });
    }
    // Tags standing alone: only those written as shortcodes (`[name="…"]`, `[name a=b]`, `[name /]`).
    result = result.replace(open, (tag, offset: number) => {
      if (isLink(tag, offset) || !/^\[[^\]\s=]+(?:=|\s+\S+=|\s*\/\])/.test(tag)) return tag;
      notes.person(`shortcode ${tag.slice(0, 80)} has no equivalent: removed`);
      return '';
    });
    result = result.replace(new RegExp(String.raw`\[/${escaped}\]`, 'gi'), (tag) => {
      notes.person(`closing ${tag} without an opening tag: removed`);
      return '';
    });
  }
  return result;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
const decodeEntities = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_m, name: string) => ENTITIES[name]);
const INLINE_MARKS: Record<string, string> = { b: '**', strong: '**', i: '*', em: '*', del: '~~', s: '~~', strike: '~~' };

/**
 * Raw HTML, which the site does not show: `<pre>` blocks become fenced code, bold, italic and
 * struck-out tags become Markdown, other inline tags are dropped and their text kept. What is
 * left (tables, forms, scripts) is reported for a person.
 */
export function convertRawHtml(body: string, notes: Notes): string {
  let result = body.replace(/^<pre>(?:\s*<code[^>]*>)?\n?([\s\S]*?)(?:<\/code>\s*)?<\/pre>[ \t]*$/gim, (_whole, code: string) => {
    notes.change('an HTML <pre> block written as a code block');
    const text = decodeEntities(code.replace(/\n$/, ''));
    const fence = /```/.test(text) ? '~~~~' : '```';
    return `${fence}\n${text}\n${fence}`;
  });
  const lines = result.split('\n');
  const code = codeLines(lines);
  result = lines
    .map((line, i) => {
      if (code[i]) return line;
      return line
        .replace(/<(b|strong|i|em|del|s|strike)>([^<]*)<\/\1>/gi, (_m, tag: string, text: string) => `${INLINE_MARKS[tag.toLowerCase()]}${text}${INLINE_MARKS[tag.toLowerCase()]}`)
        .replace(/<\/?(u|mark|sub|sup|time|var|cite|abbr|kbd|small|big|ins|span|font|q|dfn|samp)\b[^>]*>/gi, (tag) => {
          notes.change(`HTML tag ${tag.replace(/\s.*>/, '>').replace('/', '')} dropped, its text kept`);
          return '';
        })
        .replace(/<br\s*\/?>/gi, '\\\n');
    })
    .join('\n');
  const finalLines = result.split('\n');
  const finalCode = codeLines(finalLines);
  const left = finalLines.filter((line, i) => !finalCode[i] && /^\s*<(?!!--)[a-z][^>]*>/i.test(line));
  for (const line of left) notes.person(`raw HTML the site does not show: ${line.trim().slice(0, 80)}`);
  return result;
}
