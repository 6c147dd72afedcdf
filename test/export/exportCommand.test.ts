/** `layerloom export` as a user runs it: standard output, --out written atomically, one-line errors with exit 2. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../src/compile/compileGraph';
import { newProject, serializeProject } from '../../src/graph/projectFile';
import { getTemplate } from '../../src/graph/templates/index';
import { saveRunFolder } from './fixtures';

function layerloom(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/layerloom.js', 'export', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('layerloom export', () => {
  it('writes a ResNet-18 nn.Module to standard output', () => {
    const r = layerloom('--template', 'resnet18', '--to', 'pytorch');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('class Resnet18(nn.Module):');
    expect(r.stdout).toContain('11,689,512 trainable parameters');
    expect(r.stderr).toBe('');
  });

  it('writes Keras code to --out through a temporary file, leaving only the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-export-cli-'));
    const out = join(dir, 'sub', 'lenet.py');
    const r = layerloom('--template', 'lenet5', '--to', 'keras', '--out', out, '--resize', 'letterbox');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const code = readFileSync(out, 'utf8');
    expect(code).toContain('def build_lenet5():');
    expect(code).toContain('RESIZE = "letterbox"');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['lenet.py']);
  });

  it('exports a project file, with --input and --classes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-export-cli-'));
    const project = join(dir, 'digits.layerloom.json');
    writeFileSync(project, serializeProject(newProject(getTemplate('lenet5')!.build(), { name: 'my digits' })));
    const r = layerloom(project, '--to', 'pytorch', '--input', '32x32x3', '--classes', '4');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('class MyDigits(nn.Module):');
    expect(r.stdout).toContain('INPUT_HEIGHT, INPUT_WIDTH, INPUT_CHANNELS = 32, 32, 3');
    expect(r.stdout).toContain('self.output = nn.Linear(84, 4)');
  });

  it('refuses weights from another network in one line, exit 2', async () => {
    const tf = await import('@tensorflow/tfjs');
    await tf.setBackend('cpu');
    const runDir = mkdtempSync(join(tmpdir(), 'layerloom-export-run-'));
    const { model } = compileGraph(getTemplate('lenet5')!.build(), tf);
    await saveRunFolder(model, tf, runDir);
    model.dispose();
    const r = layerloom('--template', 'minivgg', '--to', 'pytorch', '--weights', runDir, '--out', join(runDir, 'm.py'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/the saved model has no weight "\w+\/kernel": was it trained from this network\?/);
    expect(readdirSync(runDir).sort()).toEqual(['model.json', 'weights.bin']);
  });

  it.each([
    [['--template', 'lenet5'], '--to pytorch|keras is required'],
    [['--template', 'lenet5', '--to', 'onnx'], '--to must be one of pytorch, keras, got "onnx"'],
    [['--template', 'nope', '--to', 'pytorch'], 'unknown template "nope"'],
    [['--template', 'lenet5', '--to', 'pytorch', '--weights', '/nonexistent-run'], '--weights needs --out'],
    [['--template', 'lenet5', '--to', 'pytorch', '--weights', '/nonexistent-run', '--out', join(tmpdir(), 'x.py')], '/nonexistent-run/model.json does not exist'],
    [['missing.layerloom.json', '--to', 'pytorch'], 'project file not found: missing.layerloom.json'],
    [['--template', 'lenet5', '--to', 'pytorch', '--bogus'], 'unknown option --bogus'],
  ])('%j → one line, exit 2', (args, message) => {
    const r = layerloom(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });
});
