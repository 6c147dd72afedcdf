/** What the data loader says about a folder or an image it cannot use. */
import type { TextCatalog } from './codedText';

export const DATA_TEXTS = {
  'data.error.folderMissing': {
    en: 'The data folder "{path}" does not exist; check the path (or use MNIST or synthetic shapes).',
    zh: '数据文件夹"{path}"不存在；请检查路径（或使用 MNIST 或合成图形）。',
    cli: 'data folder "{path}" does not exist; check the path (or use mnist or synthetic)',
  },
  'data.error.notAFolder': {
    en: '"{path}" is a file, not a folder; choose a folder with one sub-folder of images per class.',
    zh: '"{path}"是文件而不是文件夹；请选择每个类别一个图像子文件夹的文件夹。',
    cli: '"{path}" is a file, not a folder; point to a folder with one sub-folder of images per class',
  },
  'data.error.noTrainFolder': {
    en: 'The folder "{path}" has {splits} folders but no train folder; add {example} folders of images.',
    zh: '文件夹"{path}"有 {splits} 文件夹，但没有 train 文件夹；请添加 {example} 图像文件夹。',
  },
  'data.error.noClassFolders': {
    en: 'The folder "{path}" has no class sub-folders; put each class\'s images in its own sub-folder, e.g. {example}.',
    zh: '文件夹"{path}"没有类别子文件夹；请把每个类别的图像放进各自的子文件夹，例如 {example}。',
  },
  'data.error.oneClass': {
    en: 'The folder "{path}" has only one class ("{name}"); add a sub-folder of images for each class, at least two.',
    zh: '文件夹"{path}"只有一个类别（"{name}"）；请为每个类别添加一个图像子文件夹，至少两个。',
  },
} as const satisfies TextCatalog;
