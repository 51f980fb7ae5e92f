// The summary: everything above the first line holding only `===` (site.summary.delimiter in Grav).
// Grav splits on the first `<p>===</p>` and removes every such paragraph from the content, so the
// full post is summary + rest without the delimiter. A `===` right under a line of text is a setext
// heading underline in Markdown: the line above becomes a heading and nothing is split. We warn.

export const SUMMARY_DELIMITER = '===';
export const SUMMARY_FALLBACK_LENGTH = 300;

export interface SummarySplit {
  /** Markdown above the delimiter; null when the body has no delimiter. */
  summary: string | null;
  /** The whole body with every delimiter line blanked (line numbers are kept for messages). */
  content: string;
  /** 1-based body lines of `===` that sit directly under text (setext headings). */
  setextLines: number[];
  /** 0-based body line of the delimiter that ends the summary; null when there is none. */
  delimiterIndex: number | null;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function splitSummary(body: string): SummarySplit {
  const lines = body.split('\n');
  let fence: string | null = null;
  let summaryEnd: number | null = null;
  const setextLines: number[] = [];
  const delimiterLines: number[] = [];
  lines.forEach((line, i) => {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (fence === null) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = null;
      return;
    }
    if (fence !== null || line.trimEnd() !== SUMMARY_DELIMITER) return;
    const above = i > 0 ? lines[i - 1] : '';
    if (above.trim() !== '') {
      setextLines.push(i + 1);
      return;
    }
    delimiterLines.push(i);
    summaryEnd ??= i;
  });
  const content = lines.map((line, i) => (delimiterLines.includes(i) ? '' : line)).join('\n');
  return {
    summary: summaryEnd === null ? null : lines.slice(0, summaryEnd).join('\n').trimEnd(),
    content,
    setextLines,
    delimiterIndex: summaryEnd,
  };
}

/** The first `limit` characters of text, cut at a word, with "…" when anything was cut. */
export function truncateText(text: string, limit = SUMMARY_FALLBACK_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = (lastSpace > limit * 0.5 ? cut.slice(0, lastSpace) : clean.slice(0, limit)).replace(/[\s,;:.\-–—]+$/, '');
  return `${head}…`;
}
