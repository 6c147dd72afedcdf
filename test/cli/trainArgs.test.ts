/** Bad arguments to train/test/predict: one line naming the flag or path, exit code 2 (in-process, no training). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';

let errors: string[];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const cases: [string[], RegExp][] = [
  [['train', '--template', 'lenet5'], /--data is required/],
  [['train', '--template', 'lenet5', '--data', '/no/such/folder'], /--data folder not found: \/no\/such\/folder/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--epochs', '0'], /--epochs must be a whole number/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--batch', 'x'], /--batch must be a whole number/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--lr', '-1'], /--lr must be a positive number/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--optimizer', 'adagrad'], /--optimizer must be one of adam, sgd, rmsprop/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--schedule', 'linear'], /--schedule must be one of cosine, constant, step/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--backend', 'tpu'], /--backend must be one of/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--resize', 'zoom'], /--resize must be one of/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--augment', 'flip,rotate'], /--augment .* got "rotate"/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--input', '28x28'], /--input must look like 28x28x1/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--out', '.'], /--out \. already exists/],
  [['train', '--template', 'nope', '--data', 'mnist'], /unknown template "nope"/],
  [['train', 'missing.layerloom.json', '--data', 'mnist'], /project file not found: missing\.layerloom\.json/],
  [['train', '--template', 'lenet5', '--data', 'mnist', '--bogus'], /unknown option --bogus/],
  [['test', '--data', 'mnist'], /give a run folder/],
  [['test', '/no/run', '--data', 'mnist'], /run folder not found: \/no\/run/],
  [['test', '/no/run'], /--data is required/],
  [['predict', '/no/run'], /give at least one image/],
  [['predict', '/no/run', '/no/image.png'], /image not found: \/no\/image\.png/],
  [['predict', '/no/run', 'package.json', '--top', '0'], /--top must be a whole number/],
];

describe('train/test/predict argument errors', () => {
  it.each(cases)('%j → exit 2, one line', async (argv, message) => {
    expect(await main(argv)).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).not.toContain('\n');
    expect(errors[0]).toMatch(message);
  });
});
