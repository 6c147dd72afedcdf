import { describe, expect, it } from 'vitest';
import { settingsText } from '../../renderer/results/runSettings';

describe('settingsText', () => {
  it('names optimizer, learning rate, batch and data in a short line', () => {
    expect(settingsText({ optimizer: 'adam', learningRate: 0.0010000001, batchSize: 32, data: '/home/me/photos/cats', epochs: 5 }))
      .toBe('adam · lr 0.001 · batch 32 · cats');
  });
  it('lists only the augmentations switched on', () => {
    expect(settingsText({ optimizer: 'sgd', augment: { flip: true, rotate: 0, crop: 0.1 } })).toBe('sgd · flip+crop');
    expect(settingsText({ optimizer: 'sgd', augment: { flip: false } })).toBe('sgd');
  });
  it('labels the figures in the words it is given (the Chinese UI\'s), names left as they are', () => {
    const zh = { lr: '学习率', batch: '批大小', yes: '是' };
    expect(settingsText({ optimizer: 'adam', learningRate: 0.003, batchSize: 16, data: 'mnist' }, zh)).toBe('adam · 学习率 0.003 · 批大小 16 · mnist');
  });
  it('says nothing known with a dash', () => {
    expect(settingsText(undefined)).toBe('—');
    expect(settingsText({ other: 1 })).toBe('—');
  });
});
