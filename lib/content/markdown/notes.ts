// Notes: a quotation whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or
// `[!CAUTION]` (GitHub's form, which staff see rendered in pull requests too) is shown as a
// coloured note. The Grav importer writes markdown-notices lines (`! …`) this way.

import type { Blockquote, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export const NOTE_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/i;

export const remarkNotes: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'blockquote', (node: Blockquote) => {
    const first = node.children[0];
    if (first?.type !== 'paragraph' || first.children[0]?.type !== 'text') return;
    const text = first.children[0];
    const marker = MARKER.exec(text.value);
    if (!marker) return;
    text.value = text.value.slice(marker[0].length);
    if (!text.value) first.children.shift();
    if (first.children.length === 0) node.children.shift();
    node.data = { ...node.data, hName: 'aside', hProperties: { className: ['note', `note-${marker[1].toLowerCase()}`] } };
  });
};
