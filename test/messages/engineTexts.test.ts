/** The engine text catalogs: every code speaks English, Chinese and (where it differs) the command line's words, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { APP_TEXTS } from '../../src/messages/appTexts';
import { DATA_TEXTS } from '../../src/messages/dataTexts';
import { coded, ENGINE_TEXTS, fillTemplate, placeholders, renderText, type TextEntry } from '../../src/messages/index';
import { PROJECT_TEXTS } from '../../src/messages/projectTexts';
import { TRAIN_TEXTS } from '../../src/messages/trainTexts';

const CJK = /[\u4e00-\u9fff]/;

describe('engine text catalogs', () => {
  it('no code is defined twice (the catalogs are merged into one table)', () => {
    const all = [...Object.keys(TRAIN_TEXTS), ...Object.keys(DATA_TEXTS), ...Object.keys(APP_TEXTS), ...Object.keys(PROJECT_TEXTS)];
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(ENGINE_TEXTS)).toHaveLength(all.length);
  });

  it.each(Object.entries(ENGINE_TEXTS as Record<string, TextEntry>))('%s: Chinese is Chinese, and every wording has the same placeholders', (_code, entry) => {
    expect(entry.zh).toMatch(CJK);
    expect(entry.en).not.toMatch(CJK);
    expect(placeholders(entry.zh)).toEqual(placeholders(entry.en));
    if (entry.cli) expect(placeholders(entry.cli)).toEqual(placeholders(entry.en));
    // The UI's words never name command-line flags; the CLI's may.
    expect(entry.en).not.toMatch(/--[a-z]/);
    expect(entry.zh).not.toMatch(/--[a-z]/);
  });

  it('renders a code for each audience: the UI in its language, the CLI with its flags', () => {
    const hint = coded('hint.train.diverged', { lr: 0.5, suggested: 0.05 });
    expect(renderText(hint, 'en')).toBe('Lower the learning rate (it was 0.5; try 0.05), add BatchNorm after the convolutions, or check the data for broken images or values.');
    expect(renderText(hint, 'zh')).toContain('当前为 0.5，可试 0.05');
    expect(renderText(hint, 'cli')).toContain('try --lr 0.05');
    // No CLI wording of its own: the CLI says the English.
    expect(renderText(coded('hint.bug'), 'cli')).toBe(ENGINE_TEXTS['hint.bug'].en);
    expect(renderText(coded('hint.data.checkFolder'), 'cli')).toBe('Check the --data path: one sub-folder per class with images inside.');
  });

  it('an unknown code renders as null (the caller shows the engine\'s English); a missing parameter stays visible', () => {
    expect(renderText({ code: 'from.a.newer.engine' }, 'zh')).toBeNull();
    expect(fillTemplate('folder "{path}" ({count})', { path: '/x' })).toBe('folder "/x" ({count})');
  });
});
