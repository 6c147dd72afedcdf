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
  'data.error.folderUnreadable': {
    en: 'The folder "{path}" cannot be read ({why}); choose another folder or check its permissions.',
    zh: '无法读取文件夹"{path}"（{why}）；请选择其他文件夹，或检查它的权限。',
    cli: 'folder "{path}" cannot be read ({why}); check its permissions',
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
  'data.error.notImageData': {
    en: 'The folder "{path}" does not look like a folder of images: {others} of the first {files} files are not images; choose the folder that holds one sub-folder of images per class.',
    zh: '文件夹"{path}"看起来不是图像文件夹：前 {files} 个文件中有 {others} 个不是图像；请选择每个类别一个图像子文件夹的那个文件夹。',
    cli: '"{path}" does not look like a folder of images: {others} of the first {files} files are not images; point to the folder that holds one sub-folder of images per class',
  },
  'data.error.classWithoutImages': {
    en: 'The class "{name}" in "{path}" has no usable images; add jpg/png/webp/gif/tiff images to it or remove the folder.',
    zh: '"{path}"中的类别"{name}"没有可用的图像；请向其中添加 jpg/png/webp/gif/tiff 图像，或删除该文件夹。',
    cli: 'class "{name}" in "{path}" has no usable images; add jpg/png/webp/gif/tiff images to it or remove the folder',
  },
  'data.error.classWithUnreadableImages': {
    en: 'The class "{name}" in "{path}" has no usable images ({n} unreadable, see the skipped list); add jpg/png/webp/gif/tiff images to it or remove the folder.',
    zh: '"{path}"中的类别"{name}"没有可用的图像（{n} 个无法读取，见跳过列表）；请向其中添加 jpg/png/webp/gif/tiff 图像，或删除该文件夹。',
    cli: 'class "{name}" in "{path}" has no usable images ({n} unreadable, see the skipped list); add jpg/png/webp/gif/tiff images to it or remove the folder',
  },
  'data.error.classWithoutTrainingImages': {
    en: 'The class {names} in "{path}" has no training images; add images to its folder under train.',
    zh: '"{path}"中的类别 {names} 没有训练图像；请在 train 下该类别的文件夹中添加图像。',
    cli: 'class {names} in "{path}" has no training images; add images to its folder under train',
  },

  // Why a file is not used (the `reason` of a skipped file; lists, so no capital and no full stop).
  'data.skip.outsideClass': { en: 'not inside a class folder', zh: '不在任何类别文件夹中' },
  'data.skip.outsideSplitClass': { en: 'not inside a class folder of {split}', zh: '不在 {split} 的类别文件夹中' },
  'data.skip.outsideSplit': { en: 'not inside a split and class folder', zh: '不在划分（train/val/test）下的类别文件夹中' },
  'data.skip.notImage': { en: 'not an image file (extension {ext}; expected {expected})', zh: '不是图像文件（扩展名 {ext}；应为 {expected}）' },
  'data.skip.noExtension': { en: 'not an image file (no extension; expected {expected})', zh: '不是图像文件（没有扩展名；应为 {expected}）' },
  'data.skip.fifo': { en: 'is a named pipe (FIFO), not a regular file', zh: '是命名管道（FIFO），不是普通文件' },
  'data.skip.characterDevice': { en: 'is a character device, not a regular file', zh: '是字符设备，不是普通文件' },
  'data.skip.blockDevice': { en: 'is a block device, not a regular file', zh: '是块设备，不是普通文件' },
  'data.skip.socket': { en: 'is a socket, not a regular file', zh: '是套接字，不是普通文件' },
  'data.skip.specialFile': { en: 'is a special file, not a regular file', zh: '是特殊文件，不是普通文件' },
  'data.skip.folder': { en: 'is a folder, not a regular file', zh: '是文件夹，不是普通文件' },
  'data.skip.symlinkOutside': { en: 'symbolic link leads outside its class folder (to {target}); not followed', zh: '符号链接指向其类别文件夹之外（{target}），未跟随' },
  'data.skip.symlinkLoop': { en: 'symbolic link loops back to a folder above it; not followed', zh: '符号链接指回上级文件夹（循环），未跟随' },
  'data.skip.symlinkBroken': { en: 'symbolic link to nothing', zh: '符号链接指向不存在的文件' },
  'data.skip.otherFileSystem': { en: 'another file system is mounted here; not scanned', zh: '此处挂载了另一个文件系统，未扫描' },
  'data.skip.folderPermissionDenied': { en: 'cannot read folder: permission denied', zh: '无法读取文件夹：没有权限' },
  'data.skip.folderUnreadable': { en: 'cannot read folder: {errno}', zh: '无法读取文件夹：{errno}' },
  'data.skip.duplicateClass': { en: 'the same folder as class "{other}"; not used twice', zh: '与类别"{other}"是同一个文件夹，不重复使用' },
  'data.skip.sameFile': { en: 'the same file as {other}; used once', zh: '与 {other} 是同一个文件，只使用一次' },
  'data.skip.empty': { en: 'empty file (0 bytes)', zh: '空文件（0 字节）' },
  'data.skip.permissionDenied': { en: 'cannot read file: permission denied', zh: '无法读取文件：没有权限' },
  'data.skip.ioError': { en: 'cannot read file: input/output error', zh: '无法读取文件：输入/输出错误' },
  'data.skip.unreadable': { en: 'cannot read file: {errno}', zh: '无法读取文件：{errno}' },
  'data.skip.vanished': { en: 'cannot read file: file disappeared', zh: '无法读取文件：文件已消失' },
  'data.skip.format': { en: 'not a readable image: unrecognised format', zh: '无法读取的图像：格式无法识别' },
  'data.skip.corrupt': { en: 'not a readable image: corrupt or truncated data', zh: '无法读取的图像：数据损坏或不完整' },
  'data.skip.tooManyPixels': {
    en: 'not a readable image: too many pixels ({pixels}; LayerLoom reads up to 268 megapixels)',
    zh: '无法读取的图像：像素过多（{pixels}；LayerLoom 最多读取 2.68 亿像素）',
  },
  'data.skip.tooManyPixelsNoSize': { en: 'not a readable image: too many pixels (LayerLoom reads up to 268 megapixels)', zh: '无法读取的图像：像素过多（LayerLoom 最多读取 2.68 亿像素）' },

  // Notes about a data set, before training (the data panel, `layerloom data`, a run's meta.json).
  'data.notice.colourDropped': {
    en: 'The images are in colour, but the Input block takes 1 channel: their colour is thrown away. Set the Input\'s channels to 3 to keep it.',
    zh: '图像是彩色的，但输入块只接收 1 个通道：颜色信息会被丢弃。将输入块的通道数设为 3 即可保留。',
  },
  'data.notice.resolutionDropped': {
    en: 'The images are {imageSize} pixels (median) but are fed at {input}: most of their detail is thrown away. An Input of {suggested} keeps more.',
    zh: '图像的中位尺寸为 {imageSize} 像素，却以 {input} 输入模型：大部分细节会被丢弃。输入设为 {suggested} 可保留更多细节。',
  },
  'data.notice.upscaled': {
    en: 'The images ({imageSize} pixels, median) are enlarged to {input}: no detail is gained and training is slower. An Input of {suggested} fits them.',
    zh: '图像（中位尺寸 {imageSize} 像素）被放大到 {input}：不会增加细节，训练反而更慢。输入设为 {suggested} 更合适。',
  },
  'data.notice.greyAsColour': {
    en: 'Every image is greyscale: with 3 input channels the model reads three equal copies. 1 channel trains faster.',
    zh: '所有图像都是灰度图：输入为 3 个通道时，模型读到的是三份相同的数据。使用 1 个通道训练更快。',
  },
  'data.notice.mixedSizes': {
    en: 'The images have {sizes} different sizes ({listed}); each is resized to {size}.',
    zh: '图像有 {sizes} 种不同尺寸（{listed}）；每张都调整为 {size}。',
  },
  'data.notice.imbalance': {
    en: 'The classes are imbalanced ({ratio}×): "{large}" has {largeCount} training images, "{small}" only {smallCount}. Add images to the small classes or expect the model to favour the large ones.',
    zh: '类别不平衡（{ratio}×）："{large}"有 {largeCount} 张训练图像，"{small}"只有 {smallCount} 张。请为小类别补充图像，否则模型会偏向大类别。',
  },
  'data.notice.fewImages': {
    en: 'Few training images (under {min}) in {classes}: accuracy will be unreliable.',
    zh: '{classes} 的训练图像少于 {min} 张：准确率不可靠。',
  },
  'data.notice.noValidation': { en: 'The validation split is empty: validation metrics will be missing.', zh: '验证集为空：将没有验证指标。' },
  'data.notice.noTest': { en: 'The test split is empty: test metrics will be missing.', zh: '测试集为空：将没有测试指标。' },
  'data.notice.classWithoutTest': { en: 'No test images for {classes}.', zh: '{classes} 没有测试图像。' },
  'data.notice.classWithoutTraining': {
    en: 'No training images for the class {classes}: raise the image limit to at least the number of classes.',
    zh: '类别 {classes} 没有训练图像：请把图像数量上限提高到至少等于类别数。',
  },
  'data.notice.skipped': { en: '{n} files skipped (see the skipped list for each reason).', zh: '跳过了 {n} 个文件（原因见跳过列表）。' },
  'data.notice.sampledCheck': {
    en: 'This preview checked {checked} of {files} files; the others are checked when training starts.',
    zh: '预览只检查了 {files} 个文件中的 {checked} 个；其余文件会在开始训练时检查。',
  },
  'data.notice.skippedCut': { en: 'Only the first {listed} of {n} skipped files are listed.', zh: '只列出了 {n} 个被跳过文件中的前 {listed} 个。' },
} as const satisfies TextCatalog;
