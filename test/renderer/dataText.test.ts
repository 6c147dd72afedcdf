import { describe, expect, it } from 'vitest';
import { NOTICE_CODES } from '../../src/data/fitNotices';
import { SKIP_CODES, skipped } from '../../src/data/skipReasons';
import { noticeText, skipReasonText, WORDED_CODES } from '../../renderer/train/dataText';

describe('dataset notices and skipped-file reasons in the user language', () => {
  it('words every code the data layer gives in Chinese', () => {
    expect([...WORDED_CODES.notices].sort()).toEqual([...NOTICE_CODES].sort());
    expect([...WORDED_CODES.skipped].sort()).toEqual([...SKIP_CODES].sort());
  });

  it('fills the parameters; English shows the engine line as sent', () => {
    const n = { code: 'colour-dropped', message: 'the images are in colour, but …', params: { input: '28×28×1' } };
    expect(noticeText('en', n)).toBe('The images are in colour, but …');
    expect(noticeText('zh', n)).toMatch(/^图像是彩色的，但输入块只接收 1 个通道/);
    const mixed = { code: 'mixed-sizes', message: 'x', params: { sizes: 3, listed: '10×10, 20×20, 30×30', input: '16×16×3', resize: 'crop' } };
    expect(noticeText('zh', mixed)).toBe('图像有 3 种不同尺寸（10×10, 20×20, 30×30）；每张都按“裁剪填充”方式调整为 16×16×3。');
    expect(noticeText('zh', { code: 'from-a-newer-engine', message: 'something new', params: {} })).toBe('Something new');
  });

  it('words a FIFO and a file that broke while training', () => {
    const fifo = skipped('/d/a/p.png', 'not-regular', { kind: 'a named pipe (FIFO)', type: 'fifo' });
    expect(skipReasonText('en', fifo)).toBe('is a named pipe (FIFO), not a regular file');
    expect(skipReasonText('zh', fifo)).toBe('是命名管道（FIFO），不是普通文件');
    const broke = { reason: 'became unreadable while training: cannot read file: file disappeared', code: 'vanished', params: { whileTraining: 1 } };
    expect(skipReasonText('zh', broke)).toBe('训练中变得无法读取：无法读取文件：文件已消失');
  });
});
