/** What the app shell says about itself: refused file access, an engine that had to restart. */
import type { TextCatalog } from './codedText';

export const APP_TEXTS = {
  'app.error.pathNotChosen': {
    en: '{path}: LayerLoom opens only files and folders you chose since it started (in one of its dialogs, or dropped onto its window). Choose it again.',
    zh: '{path}：LayerLoom 只打开本次启动后你在其对话框中选择、或拖放到其窗口上的文件和文件夹。请重新选择。',
  },
  'app.engineRestarted': {
    en: 'The engine stopped unexpectedly (exit code {code}) and has been restarted. A run it was training ended; its last checkpoint is listed in Runs as interrupted.',
    zh: '引擎意外停止（退出码 {code}），已重新启动。正在进行的训练已结束；其最后的检查点在"运行记录"中显示为"已中断"。',
  },
} as const satisfies TextCatalog;
