import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS script without declarations
import { parseFindings, REVIEWED } from '../../electron/securityScan.js';

describe('electronegativity output parsing', () => {
  it('reads findings, including mangled rows, so HIGH ones can fail the scan', () => {
    const csv = [
      'issue, severity, confidence, filename, location, sample, description, url',
      'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","app/mainWindow.ts","43:14","const win = new BrowserWindow({","Review",https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK',
      '"Failed to parse CSP, it may not be valid.",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK',
      '',
    ].join('\n');
    expect(parseFindings(csv)).toEqual([
      { check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', confidence: 'FIRM', where: 'app/mainWindow.ts:43:14' },
      { check: 'CSP_GLOBAL_CHECK', severity: 'UNKNOWN', confidence: 'UNKNOWN', where: '?' },
    ]);
    expect(Object.keys(REVIEWED)).not.toContain('CONTEXT_ISOLATION_JS_CHECK');
  });
});
