/**
 * External tools some tests need (system Python with torch, torchvision, PIL, numpy, scikit-learn; chromium).
 * A test file asks `missingTools('torch', 'PIL')` and skips only what needs them (`describe.skipIf`). Each missing
 * tool is reported once per `npm test`: scripts/test.js probes everything once and passes the result in
 * LAYERLOOM_TOOLS, with a folder in LAYERLOOM_TOOL_NOTES where the first file to mention a tool leaves a mark.
 * Run directly (`npx vitest run FILE`), this module probes for itself and reports in that process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PYTHON_MODULES = ['torch', 'torchvision', 'PIL', 'numpy', 'sklearn'] as const;
export type Tool = (typeof PYTHON_MODULES)[number] | 'python' | 'chromium';

/** Debian's python3-torch lives in the system Python; a pyenv/venv `python3` on PATH may not see it. */
export const PYTHON = process.env.LAYERLOOM_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How to get each tool. */
export const INSTALL: Record<Tool, string> = {
  python: 'apt-get install python3 (or set LAYERLOOM_PYTHON)',
  torch: 'apt-get install python3-torch',
  torchvision: 'apt-get install python3-torchvision',
  PIL: 'apt-get install python3-pil',
  numpy: 'apt-get install python3-numpy',
  sklearn: 'apt-get install python3-sklearn',
  chromium: 'apt-get install chromium (or set CHROMIUM_PATH)',
};

export type ToolReport = Record<Tool, boolean>;

/** Looks for every tool (one Python process; modules are found, not imported). */
export function probeTools(): ToolReport {
  const modules = spawnSync(PYTHON, ['-c', `import importlib.util, json; print(json.dumps({m: importlib.util.find_spec(m) is not None for m in ${JSON.stringify(PYTHON_MODULES)}}))`], { encoding: 'utf8' });
  let found: Partial<Record<Tool, boolean>> = {};
  try {
    found = modules.status === 0 ? JSON.parse(modules.stdout) : {};
  } catch {
    found = {};
  }
  const report = { python: modules.status === 0, chromium: existsSync(CHROMIUM) } as ToolReport;
  for (const m of PYTHON_MODULES) report[m] = report.python && found[m] === true;
  return report;
}

let cached: ToolReport | undefined;

export function tools(): ToolReport {
  if (!cached) cached = process.env.LAYERLOOM_TOOLS ? (JSON.parse(process.env.LAYERLOOM_TOOLS) as ToolReport) : probeTools();
  return cached;
}

function reportOnce(tool: Tool): void {
  const notes = process.env.LAYERLOOM_TOOL_NOTES;
  if (notes) {
    try {
      writeFileSync(join(notes, tool), '', { flag: 'wx' });
    } catch {
      return; // another test file said it already
    }
  }
  const what = tool === 'python' ? `Python (${PYTHON})` : tool === 'chromium' ? `chromium (${CHROMIUM})` : `the Python module ${tool} (in ${PYTHON})`;
  console.warn(`[tools] ${what} is missing: the tests that need it are skipped. Install: ${INSTALL[tool]}`);
}

/** The tools among `needed` that are missing, reported (once per test run), or null when all are there. */
export function missingTools(...needed: Tool[]): string | null {
  const report = tools();
  const missing = needed.filter((t) => !report[t]);
  // Without Python every module is missing too: one report says so.
  for (const t of new Set(missing.map((t) => (report.python || t === 'chromium' ? t : 'python')))) reportOnce(t);
  return missing.length ? missing.join(', ') : null;
}

// `tsx test/helpers/tools.ts --probe` (scripts/test.js): the report as JSON, for LAYERLOOM_TOOLS.
if (process.argv[2] === '--probe' && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(probeTools()));
