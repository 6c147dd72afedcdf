#!/usr/bin/env node
// `npm test`: types, lint (including the layering rules), unit tests, then browser end-to-end tests.
// Prints one closing line "tests: N passed, N failed, N skipped" summed over every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.argv.slice(2);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function step(name, args, env = {}) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name}: ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${args.join(' ')}`);
  const r = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) { ok = false; console.log(`=== ${name} FAILED (exit ${r.status})`); }
}

function vitest(name, config, files = [], env = {}) {
  if (only.length && !only.includes(name)) return;
  const out = join(mkdtempSync(join(tmpdir(), 'layerloom-test-')), 'report.json');
  step(name, ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...files], env);
  if (!existsSync(out)) { totals.failed += 1; ok = false; return; }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A file that failed with no failed test failed outside its tests (a beforeAll, an import): vitest reports the
  // tests it then did not run as skipped. They are failures.
  for (const file of report.testResults) {
    if (file.status !== 'failed' || file.assertionResults.some((a) => a.status === 'failed')) continue;
    const notRun = file.assertionResults.filter((a) => a.status !== 'passed').length;
    totals.failed += Math.max(1, notRun);
    totals.skipped -= notRun;
    console.log(`=== ${name}: ${file.name} failed outside its tests; its ${notRun} tests count as failed`);
  }
}

// External tools (Python with torch, torchvision, PIL, numpy, scikit-learn; chromium), looked for once: test files
// skip what needs a missing one, and the first to need it says so (test/helpers/tools.ts).
if (!only.length || ['unit', 'kernels-plain', 'e2e'].some((n) => only.includes(n))) {
  const probe = spawnSync(npx, ['tsx', join('test', 'helpers', 'tools.ts'), '--probe'], { encoding: 'utf8' });
  if (probe.status === 0) process.env.LAYERLOOM_TOOLS = probe.stdout.trim();
  process.env.LAYERLOOM_TOOL_NOTES = mkdtempSync(join(tmpdir(), 'layerloom-tools-'));
}

// npm drops the optional electron package when its binary download fails (offline); its types go with it.
const electronTypes = existsSync(join('node_modules', 'electron', 'electron.d.ts'));
if (!electronTypes && (!only.length || only.includes('typecheck'))) {
  console.log('\n(typecheck leaves out electron/ and its tests: the electron package is not installed, so its types are missing; '
    + 'reinstall with network access, or with ELECTRON_SKIP_BINARY_DOWNLOAD=1 to keep the package without the binary)');
}
step('typecheck', ['tsc', '-p', electronTypes ? 'tsconfig.json' : 'tsconfig.electron-absent.json', '--noEmit']);
step('lint', ['eslint', '--max-warnings=1000', '.']);
vitest('unit', 'vitest.config.ts');
// The unit run uses the fused multiply-add kernel builds where the engine has relaxed SIMD (Node 20 and up);
// the plain builds, which engines without it load, pass the same backend tests.
vitest('kernels-plain', 'vitest.config.ts', ['test/train/backends'], { LAYERLOOM_FMA: '0' });
vitest('e2e', 'vitest.e2e.config.ts');

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
