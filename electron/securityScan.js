// Runs @doyensec/electronegativity over electron/ and fails on what matters. The tool exits 0 even on
// HIGH findings, so its CSV is parsed here. Findings reviewed and accepted are listed with the reason.
// Usage: node electron/securityScan.js   (fetches the tool with npx; it then runs offline)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** check → why it is acceptable here */
export const REVIEWED = {
  PRELOAD_JS_CHECK: 'the preload exposes only send/onMessage/platform over contextBridge (test/electron/bundles.test.ts)',
  OPEN_EXTERNAL_JS_CHECK: 'only https: URLs, from links the user clicks, go to shell.openExternal (electron/app/hardening.ts)',
  CSP_GLOBAL_CHECK: 'the CSP is a literal constant the scanner cannot follow through a function call (electron/app/constants.ts)',
};

/** @param {string} csv @returns {{ check: string, severity: string, confidence: string, where: string }[]} */
export function parseFindings(csv) {
  const findings = [];
  for (const line of csv.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const m = /^([A-Z_]+_CHECK),"(\w+)","(\w+)","([^"]*)","([^"]*)"/.exec(line);
    if (m) findings.push({ check: m[1], severity: m[2], confidence: m[3], where: `${m[4]}:${m[5]}` });
    else {
      // Some rows come out mangled (a sample spanning lines); the wiki URL still names the check.
      const url = /wiki\/([A-Z_]+_CHECK)\s*$/.exec(line);
      if (url) findings.push({ check: url[1], severity: 'UNKNOWN', confidence: 'UNKNOWN', where: '?' });
    }
  }
  return findings;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(mkdtempSync(join(tmpdir(), 'layerloom-egy-')), 'report.csv');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  // Read when scanning, not on import: the parser is tested where npm dropped the electron package.
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const r = spawnSync(npx, ['-y', '@doyensec/electronegativity', '-i', join(root, 'electron'), '-r', '-v', 'false', '-e', electronVersion, '-o', out], { encoding: 'utf8' });
  if (!existsSync(out)) {
    console.error(`electronegativity did not run (exit ${r.status}): ${r.stderr || r.error}`);
    process.exit(2);
  }
  const findings = parseFindings(readFileSync(out, 'utf8'));
  const problems = findings.filter((f) => !(f.check in REVIEWED) || f.severity === 'HIGH' || f.severity === 'CRITICAL');
  for (const f of findings) console.log(`${problems.includes(f) ? 'FAIL' : 'ok  '} ${f.check} ${f.severity}/${f.confidence} ${f.where}${f.check in REVIEWED ? ` — reviewed: ${REVIEWED[f.check]}` : ''}`);
  console.log(`electronegativity: ${findings.length} findings, ${problems.length} not accepted`);
  process.exit(problems.length ? 1 : 0);
}
