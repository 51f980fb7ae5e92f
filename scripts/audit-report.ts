// Reads the JSON of `npm audit --json` (npm 7 and later) into a verdict: which advisories of high or
// critical severity affect the installed packages, or why no verdict could be had.

export type AuditVerdict =
  | { kind: 'checked'; counts: Record<string, number>; blocking: AuditFinding[] }
  | { kind: 'unavailable'; reason: string };

export interface AuditFinding {
  name: string;
  severity: string;
  advisories: string[];
}

const BLOCKING = new Set(['high', 'critical']);

interface AuditJson {
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { name?: string; severity?: string; via?: Array<string | { title?: string; url?: string }> }>;
}

export function readAuditReport(text: string): AuditVerdict {
  let json: AuditJson;
  try {
    json = JSON.parse(text) as AuditJson;
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no JSON: ${text.trim().slice(0, 200) || '(nothing)'}` };
  }
  const counts = json.metadata?.vulnerabilities;
  if (!counts) {
    const reason = json.message || json.error?.summary || json.error?.detail || json.error?.code || 'npm audit returned no report';
    return { kind: 'unavailable', reason };
  }
  const blocking = Object.entries(json.vulnerabilities ?? {})
    .filter(([, v]) => BLOCKING.has(v.severity ?? ''))
    .map(([name, v]) => ({
      name: v.name ?? name,
      severity: v.severity ?? '',
      // `via` holds the advisories themselves, or the names of the vulnerable packages this one depends on.
      advisories: (v.via ?? []).map((via) => (typeof via === 'string' ? `through ${via}` : `${via.title ?? 'advisory'} (${via.url ?? 'no link'})`)),
    }));
  return { kind: 'checked', counts, blocking };
}

/**
 * `npm outdated --json` as lines like `next 16.4.6 → 16.4.7` (installed → newest): empty when
 * nothing is newer, null when npm could not tell (no JSON, or an error report).
 */
export function readOutdated(text: string): string[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || 'error' in json) return null;
  return Object.entries(json as Record<string, { current?: string; latest?: string }>)
    .filter(([, v]) => v.current && v.latest && v.current !== v.latest)
    .map(([name, v]) => `${name} ${v.current} → ${v.latest}`);
}
