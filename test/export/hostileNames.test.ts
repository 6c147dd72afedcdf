/**
 * Generated code escapes everything a user controls: a project name, description and class labels made of triple
 * quotes, backslashes, line breaks (\n, \r), NUL, bidirectional overrides, a lone surrogate and other Unicode give
 * PyTorch and Keras files that parse, run nothing on import, and hold the strings exactly (round trip). Block ids that
 * are not identifiers are refused; ids that clash with Python (keywords, dunders, the code's own names) still export.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportKeras } from '../../src/export/keras';
import { ExportError } from '../../src/export/exportError';
import { exportPyTorch } from '../../src/export/pytorch';
import { pyStr } from '../../src/export/pythonNames';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import { getTemplate } from '../../src/graph/templates/index';
import type { Graph } from '../../src/graph/types';
import { missingTools, PYTHON } from '../helpers/tools';

const HOSTILE = [
  'x"""; import os; open("PWNED-1", "w"); """',
  "y'''; open('PWNED-2', 'w'); '''",
  'ends with a backslash \\',
  'line one\nopen("PWNED-3", "w")\n#',
  'carriage\ropen("PWNED-4", "w")',
  'form\ffeed\vtab\x85next line',
  'nul\u0000byte',
  '手写数字 — Ünïcödé 🙂',
  'rtl \u202eevil\u202c override \u2066isolate\u2069',
  'separators\u2028line\u2029paragraph',
  'lone \ud800 surrogate',
  '{braces} %s \\N{BULLET} \\x41 \\u0041',
  '"',
  '',
];
const NAME = HOSTILE[0];
const DESCRIPTION = HOSTILE.join('\n');

/** Parses, imports (in an empty folder) and reports what the module holds; `keras` runs on the stand-in. */
const INSPECT = `
import ast, json, os, sys, importlib.util
path = sys.argv[1]
ast.parse(open(path, encoding="utf-8").read(), path)
spec = importlib.util.spec_from_file_location("hostile", path)
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
out = {"classes": m.CLASS_NAMES, "doc": m.__doc__, "files": sorted(os.listdir("."))}
if sys.argv[2] == "keras":
    build = [getattr(m, n) for n in dir(m) if n.startswith("build_")][0]
    out["model"] = build().name
print(json.dumps(out))
`;

const dir = mkdtempSync(join(tmpdir(), 'layerloom-hostile-'));

function inspect(code: string, target: 'pytorch' | 'keras'): { classes: string[]; doc: string; files: string[]; model?: string } {
  const work = mkdtempSync(join(dir, `${target}-`));
  const file = join(dir, `${target}-${readdirSync(dir).length}.py`);
  writeFileSync(file, code);
  const env = target === 'keras' ? { ...process.env, PYTHONPATH: join(import.meta.dirname, 'fake_keras') } : process.env;
  const r = spawnSync(PYTHON, ['-c', INSPECT, file, target], { cwd: work, encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('hostile names in generated code', () => {
  const lenet = () => getTemplate('lenet5')!.build({ classes: HOSTILE.length });
  const options = { name: NAME, description: DESCRIPTION, classNames: HOSTILE };

  it('writes no user text raw: every hostile string appears only escaped', () => {
    for (const code of [exportPyTorch(lenet(), options).code, exportKeras(lenet(), options)]) {
      for (const s of HOSTILE.filter((h) => h.length > 2 && /["\n\r\u0000\u202e\u2028\ud800]/.test(h))) expect(code).not.toContain(s);
      expect(code).toContain(`CLASS_NAMES = [${HOSTILE.map(pyStr).join(', ')}]`);
      expect(code).not.toMatch(/[\u0000\u202e\u2066\u2028\u2029\x85\f\v]/);
    }
  });

  it.skipIf(!!missingTools('torch', 'numpy'))('PyTorch: the file parses, runs nothing on import, and holds the strings exactly', () => {
    const got = inspect(exportPyTorch(lenet(), options).code, 'pytorch');
    expect(got.files).toEqual([]);
    expect(got.classes).toEqual(HOSTILE);
    expect(got.doc).toContain(`"${NAME}"`); // the docstring's escapes read back as the name itself
    expect(got.doc).toContain(`Description: ${DESCRIPTION.slice(0, 40)}`);
  });

  it.skipIf(!!missingTools('numpy'))('Keras (stand-in): the file parses, runs nothing on import, and holds the strings exactly', () => {
    const got = inspect(exportKeras(lenet(), options), 'keras');
    expect(got.files).toEqual([]);
    expect(got.classes).toEqual(HOSTILE);
    expect(got.model).toBe(NAME);
    expect(got.doc).toContain(`"${NAME}"`);
  });

  it('refuses block ids that are not identifiers, naming the block', () => {
    const b = new GraphBuilder();
    b.add('inp', 'Input', { height: 8, width: 8, channels: 1 });
    b.add('flat', 'Flatten');
    b.add('out', 'Output', { classes: 2 });
    // A graph that did not come through the project file's schema (which allows identifiers only).
    const graph = JSON.parse(JSON.stringify(b.build()).replaceAll('"flat"', '"x; import os"')) as Graph;
    expect(() => exportPyTorch(graph, { name: 'm' })).toThrow(ExportError);
    expect(() => exportKeras(graph, { name: 'm' })).toThrow(/block id "x; import os" is not a plain identifier/);
  });

  it.skipIf(!!missingTools('torch', 'numpy'))('exports ids that clash with Python or the code (keywords, dunders, train and train_, x, self, F)', () => {
    const b = new GraphBuilder();
    b.add('inp', 'Input', { height: 8, width: 8, channels: 1 });
    b.add('__init__', 'Conv2D', { filters: 2, kernel: 3, padding: 'same' });
    b.add('train', 'Conv2D', { filters: 2, kernel: 3, padding: 'same' }, '__init__');
    b.add('train_', 'Conv2D', { filters: 2, kernel: 3, padding: 'same' }, '__init__');
    b.add('x', 'Add', {}, ['train', 'train_']);
    b.add('__secret', 'BatchNorm', {});
    b.add('self', 'Flatten');
    b.add('F', 'Dense', { units: 3 });
    b.add('lambda', 'Output', { classes: 2 });
    const torch = exportPyTorch(b.build(), { name: 'clash' });
    const keys = torch.weights.map((w) => w.key);
    expect(new Set(keys).size).toBe(keys.length);
    const file = join(dir, 'clash.py');
    writeFileSync(file, torch.code);
    const r = spawnSync(PYTHON, ['-c', `
import importlib.util, json, sys, torch
spec = importlib.util.spec_from_file_location("clash", sys.argv[1]); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
net = m.MODEL_CLASS()
print(json.dumps({"keys": sorted(net.state_dict()), "shape": list(net(torch.zeros(2, 1, 8, 8)).shape)}))`, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const got = JSON.parse(r.stdout) as { keys: string[]; shape: number[] };
    expect(got.shape).toEqual([2, 2]);
    // Every weight the exporter maps lands on a real state_dict entry (no name mangling, no shadowing).
    for (const key of keys) expect(got.keys).toContain(key);
    expect(() => exportKeras(b.build(), { name: 'clash' })).not.toThrow();
  });
});
