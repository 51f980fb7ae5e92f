import { describe, expect, it } from 'vitest';
import { readAuditReport, readOutdated } from './audit-report';

const clean = {
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } },
};

const withFindings = {
  auditReportVersion: 2,
  vulnerabilities: {
    next: {
      name: 'next',
      severity: 'critical',
      isDirect: true,
      via: [{ source: 1, name: 'next', title: 'Authorization bypass in middleware', url: 'https://github.com/advisories/GHSA-f82v-jwr5-mffw', severity: 'critical' }],
    },
    postcss: { name: 'postcss', severity: 'moderate', via: [{ title: 'Line return parsing error', url: 'https://github.com/advisories/GHSA-7fh5-64p2-3v2j' }] },
    'some-wrapper': { name: 'some-wrapper', severity: 'high', via: ['next'] },
  },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 1, total: 3 } },
};

describe('readAuditReport', () => {
  it('passes a report with no advisories', () => {
    expect(readAuditReport(JSON.stringify(clean))).toEqual({ kind: 'checked', counts: clean.metadata.vulnerabilities, blocking: [] });
  });

  it('names each high or critical package and its advisories, and lets moderate ones through', () => {
    const verdict = readAuditReport(JSON.stringify(withFindings));
    expect(verdict.kind).toBe('checked');
    if (verdict.kind !== 'checked') return;
    expect(verdict.blocking).toEqual([
      { name: 'next', severity: 'critical', advisories: ['Authorization bypass in middleware (https://github.com/advisories/GHSA-f82v-jwr5-mffw)'] },
      { name: 'some-wrapper', severity: 'high', advisories: ['through next'] },
    ]);
  });

  it('reports an unreachable advisory database as no verdict, with the reason', () => {
    // What npm 11 prints when the registry refuses the bulk advisory request, as on this project's network.
    const refused = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, body: '', error: { summary: '', detail: '' } };
    expect(readAuditReport(JSON.stringify(refused))).toEqual({
      kind: 'unavailable',
      reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
  });

  it('reports output that is not JSON as no verdict', () => {
    expect(readAuditReport('npm error network timeout')).toEqual({ kind: 'unavailable', reason: 'npm audit printed no JSON: npm error network timeout' });
  });
});

describe('readOutdated', () => {
  it('lists packages whose newest release is not the installed one', () => {
    const outdated = {
      '@types/hast': { current: '3.0.4', wanted: '3.0.4', latest: '3.0.5', dependent: 'main' },
      next: { current: '16.4.6', wanted: '16.4.6', latest: '16.4.6', dependent: 'main' },
    };
    expect(readOutdated(JSON.stringify(outdated))).toEqual(['@types/hast 3.0.4 → 3.0.5']);
  });

  it('says nothing is newer when npm lists nothing', () => {
    expect(readOutdated('{}')).toEqual([]);
  });

  it('cannot tell from empty output, text, or an error report', () => {
    expect(readOutdated('')).toBeNull();
    expect(readOutdated('npm error network')).toBeNull();
    expect(readOutdated(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org/next failed' } }))).toBeNull();
  });
});
