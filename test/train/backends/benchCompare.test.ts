/**
 * `layerloom bench --compare`: finding the PyTorch reference script, reading its JSON, ratios and their
 * median over back-to-back pairs (a stand-in script prints fixed figures, so no PyTorch run is timed here).
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { command } from '../../../src/cli/commands/bench';
import { parseArgs } from '../../../src/cli/args';
import { median, summarize, type ComparePair } from '../../../src/train/bench/benchCommand';
import { configuredThreads } from '../../../src/train/backends/wasm/kernelThreads';
import {
  findReferenceScript, parseTorchReport, REFERENCE_IN_REPO, REFERENCE_RELATIVE, ReferenceUnavailableError, referencePython,
} from '../../../src/train/bench/torchReference';

describe('--compare [SCRIPT]', () => {
  const spec = { compare: { type: 'string' as const, optionalValue: true }, json: { type: 'boolean' as const } };
  it('takes a path after it, or stands alone before another flag or at the end', () => {
    expect(parseArgs(['--compare', 'ref.py', '--json'], spec, '').flags).toEqual({ compare: 'ref.py', json: true });
    expect(parseArgs(['--compare', '--json'], spec, '').flags).toEqual({ compare: true, json: true });
    expect(parseArgs(['--json', '--compare'], spec, '').flags).toEqual({ compare: true, json: true });
    expect(parseArgs(['--compare=x.py'], spec, '').flags).toEqual({ compare: 'x.py' });
  });

  it('refuses --pairs without --compare', async () => {
    await expect(command.run(['--pairs', '5'])).rejects.toThrow(/use it with --compare/);
  });
});

describe('finding the reference script', () => {
  const root = mkdtempSync(join(tmpdir(), 'layerloom-ref-'));
  const deep = join(root, 'a', 'b', 'c');
  mkdirSync(deep, { recursive: true });
  mkdirSync(join(root, 'shared', 'bench'), { recursive: true });
  writeFileSync(join(root, REFERENCE_RELATIVE), 'print("{}")\n');

  it('finds shared/bench/torch_reference.py in a folder above the working directory', () => {
    expect(() => findReferenceScript(undefined, tmpdir(), {}, tmpdir())).toThrow(/no PyTorch reference script found .* --compare PATH/);
    expect(findReferenceScript(undefined, deep, {}, deep)).toBe(join(root, REFERENCE_RELATIVE));
  });

  it('takes the repository\'s own copy first (the checkout\'s scripts/bench/torch_reference.py)', () => {
    const checkout = join(root, 'checkout');
    mkdirSync(join(checkout, 'scripts', 'bench'), { recursive: true });
    writeFileSync(join(checkout, REFERENCE_IN_REPO), 'print("{}")\n');
    expect(findReferenceScript(undefined, deep, {}, checkout)).toBe(join(checkout, REFERENCE_IN_REPO));
    expect(findReferenceScript(undefined, deep, {}, fileURLToPath(new URL('../../..', import.meta.url))))
      .toBe(fileURLToPath(new URL('../../../scripts/bench/torch_reference.py', import.meta.url)));
  });

  it('prefers the path given, then LAYERLOOM_TORCH_REFERENCE, and names a missing one with the fix', () => {
    writeFileSync(join(deep, 'mine.py'), '');
    expect(findReferenceScript('mine.py', deep, { LAYERLOOM_TORCH_REFERENCE: '/elsewhere.py' })).toBe(join(deep, 'mine.py'));
    expect(findReferenceScript(undefined, deep, { LAYERLOOM_TORCH_REFERENCE: 'mine.py' })).toBe(join(deep, 'mine.py'));
    expect(() => findReferenceScript('nope.py', deep, {}, deep)).toThrow(/nope\.py does not exist: pass its path as --compare PATH/);
  });
});

describe('reading the script and summing up the pairs', () => {
  it("reads the script's last line of JSON and rejects output without figures", () => {
    const report = parseTorchReport('warming up\n{"torch": "1.13", "threads": 2, "models": {"lenet5": {"params": 61706, "imagesPerSec": 5000.5}}}\n');
    expect(report).toEqual({ torch: '1.13', threads: 2, models: { lenet5: { params: 61706, imagesPerSec: 5000.5 } } });
    expect(() => parseTorchReport('Traceback: boom')).toThrow(ReferenceUnavailableError);
    expect(() => parseTorchReport('{"models": {"lenet5": {"imagesPerSec": 0}}}')).toThrow(/no models with imagesPerSec/);
  });

  it('gives the median, lowest and highest ratio per model', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const pairs: ComparePair[] = [0.9, 1.2, 1.0, 0.7, 1.1].map((r, i) => ({
      ours: { resnet20: 100 * r + i }, torch: { resnet20: 100 + i }, ratio: { resnet20: r },
    }));
    expect(summarize(pairs, ['resnet20', 'lenet5'])).toEqual({
      resnet20: { ratioMedian: 1.0, ratioLowest: 0.7, ratioHighest: 1.2, oursMedian: 102, torchMedian: 102 },
    });
  });
});

const hasTorch = spawnSync(referencePython(), ['-c', 'import torch']).status === 0;
if (!hasTorch) console.log(`bench --compare run skipped: ${referencePython()} cannot import torch (apt-get install -y python3-torch)`);

describe.skipIf(!hasTorch)('layerloom bench --compare (stand-in reference script)', () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  afterAll(() => log.mockRestore());
  it('runs the script next to each of our runs and prints every pair and the median ratio', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-ref-'));
    const script = join(dir, 'ref.py');
    // Records the arguments it was given (threads, models); PyTorch's figures are fixed.
    writeFileSync(script, [
      'import json, sys',
      `open(${JSON.stringify(join(dir, 'args'))}, "a").write(" ".join(sys.argv[1:]) + "\\n")`,
      'print(json.dumps({"torch": "stand-in", "threads": int(sys.argv[1]), "models": {"lenet5": {"params": 61706, "imagesPerSec": 100.0}}}))',
    ].join('\n'));
    log.mockClear();
    expect(await command.run(['--backend', 'wasm', '--models', 'lenet5', '--images', '64', '--compare', script, '--pairs', '2', '--json'])).toBe(0);
    const out = JSON.parse(String(log.mock.calls.at(-1)![0]));
    expect(out.compare.script).toBe(script);
    expect(out.compare.pairs).toHaveLength(2);
    // The ratio is rounded to two decimals: the same rounding of ours / 100, exactly.
    for (const pair of out.compare.pairs) expect(pair.ratio.lenet5).toBe(Math.round((pair.ours.lenet5 / 100) * 100) / 100);
    expect(out.compare.summary.lenet5.torchMedian).toBe(100);
    expect(out.compare.summary.lenet5.ratioMedian).toBe(Math.round(median(out.compare.pairs.map((p: ComparePair) => p.ratio.lenet5!)) * 100) / 100);
    expect(out.models.lenet5.epochImagesPerSec).toHaveLength(3);
    expect(out.models.lenet5.imagesPerSec).toBe(Math.max(...out.models.lenet5.epochImagesPerSec));
    // One run of the script per pair, for every model in one process (as ours), with our thread count.
    expect(readFileSync(join(dir, 'args'), 'utf8').trim().split('\n')).toEqual([`${configuredThreads()}`, `${configuredThreads()}`]);
  });

  it('alternates which side of a pair runs first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-ref-'));
    const script = join(dir, 'ref.py');
    writeFileSync(script, 'import json\nprint(json.dumps({"torch": "stand-in", "threads": 1, "models": {"lenet5": {"params": 61706, "imagesPerSec": 100.0}}}))\n');
    log.mockClear();
    expect(await command.run(['--backend', 'wasm', '--models', 'lenet5', '--images', '64', '--compare', script, '--pairs', '3'])).toBe(0);
    const lines = log.mock.calls.map((c) => String(c[0]));
    const order = (pair: number) => {
      const from = lines.indexOf(`pair ${pair} of 3`);
      const to = pair < 3 ? lines.indexOf(`pair ${pair + 1} of 3`) : lines.length;
      return lines.slice(from, to).flatMap((l) => (/^lenet5 .*images\/s/.test(l) ? ['ours'] : /^ {2}PyTorch lenet5/.test(l) ? ['torch'] : []));
    };
    expect([order(1), order(2), order(3)]).toEqual([['ours', 'torch'], ['torch', 'ours'], ['ours', 'torch']]);
  });
});
