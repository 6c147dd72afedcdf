/** What the training engine says: the hints after a failed run, the failures themselves, its preparing stages. */
import type { TextCatalog } from './codedText';

export const TRAIN_TEXTS = {
  // Hints: what to try after a failure.
  'hint.backend.auto': {
    en: 'Choose "Auto" as the compute backend to use the first one that loads.',
    zh: '把计算后端设为"自动"，使用第一个能加载的后端。',
    cli: 'Use --backend auto to take the first backend that loads.',
  },
  'hint.data.checkFolder': {
    en: 'Check the data folder: it needs one sub-folder per class with images inside.',
    zh: '检查数据文件夹：每个类别一个子文件夹，图像放在其中。',
    cli: 'Check the --data path: one sub-folder per class with images inside.',
  },
  'hint.data.moreImages': {
    en: 'Choose a folder with images in its class sub-folders, or raise the image limit.',
    zh: '选择类别子文件夹中有图像的文件夹，或提高图像数量上限。',
    cli: 'Point --data at a folder with images in its class sub-folders, or raise --limit.',
  },
  'hint.compile.fixBlocks': {
    en: 'Fix the blocks marked with errors in the Design view.',
    zh: '在设计视图中修复标有错误的块。',
    cli: 'Fix the blocks marked with errors (see `layerloom summary`).',
  },
  'hint.save.checkFolder': {
    en: 'Check that the runs folder is writable and the disk has free space.',
    zh: '检查运行记录文件夹是否可写、磁盘是否有剩余空间。',
    cli: 'Check that the --out folder is writable and has free space.',
  },
  'hint.evaluate.checkTestImages': {
    en: 'The model trained but could not be evaluated; check the test images.',
    zh: '模型已训练完成，但无法评估；请检查测试图像。',
  },
  'hint.train.diverged': {
    en: 'Lower the learning rate (it was {lr}; try {suggested}), add BatchNorm after the convolutions, or check the data for broken images or values.',
    zh: '降低学习率（当前为 {lr}，可试 {suggested}），在卷积之后加入批归一化，或检查数据中是否有损坏的图像或数值。',
    cli: 'Lower the learning rate (it was {lr}; try --lr {suggested}), add BatchNorm after the convolutions, or check the data for broken images or values.',
  },
  'hint.bug': {
    en: 'This looks like a bug in LayerLoom; please report it with the run settings.',
    zh: '这看起来是 LayerLoom 的缺陷；请连同训练设置一起报告。',
  },
  'hint.run.openFromList': {
    en: 'Open the run from the Runs tab.',
    zh: '从"运行记录"标签页打开该运行。',
    cli: 'Open the run folder with `layerloom test`.',
  },
  'hint.gpu.smallerBatch': {
    en: 'Train again with a smaller batch: {suggested} needs about half the memory. Or use a smaller input size, fewer filters, or the WebAssembly backend.',
    zh: '用更小的批大小重新训练：{suggested} 约需一半的内存。也可以减小输入尺寸、减少滤波器数量，或改用 WebAssembly 后端。',
    cli: 'Train again with a smaller batch: --batch {suggested} needs about half the memory. Or use a smaller input size, fewer filters, or --backend wasm.',
  },
  'hint.gpu.oneImage': {
    en: 'Even one image does not fit: use a smaller input size or fewer filters, or the WebAssembly backend.',
    zh: '连一张图像都放不下：请减小输入尺寸或减少滤波器数量，或改用 WebAssembly 后端。',
    cli: 'Even one image does not fit: use a smaller input size or fewer filters, or --backend wasm.',
  },
  'hint.gpu.lost': {
    en: 'Train again (LayerLoom opens a new device); if it happens again, update the GPU driver or use the WebAssembly backend.',
    zh: '重新训练（LayerLoom 会打开新设备）；如果再次发生，请更新 GPU 驱动或改用 WebAssembly 后端。',
    cli: 'Train again (LayerLoom opens a new device); if it happens again, update the GPU driver or use --backend wasm.',
  },
  'hint.gpu.failed': {
    en: "This is likely a bug in tfjs's WebGPU backend or the GPU driver: train with the WebAssembly backend, and please report it with the run settings.",
    zh: '这很可能是 tfjs 的 WebGPU 后端或 GPU 驱动的缺陷：请改用 WebAssembly 后端训练，并连同训练设置一起报告。',
    cli: "This is likely a bug in tfjs's WebGPU backend or the GPU driver: train with --backend wasm, and please report it with the run settings.",
  },
  // Failures.
  'train.error.gpuOutOfMemory': {
    en: 'The GPU ({adapter}) ran out of memory training with batches of {batch} ({detail}); the run was stopped.',
    zh: 'GPU（{adapter}）在批大小为 {batch} 的训练中内存不足（{detail}）；训练已停止。',
  },
  'train.error.gpuLost': {
    en: 'The GPU device ({adapter}) was lost ({detail}); the run was stopped.',
    zh: 'GPU 设备（{adapter}）已丢失（{detail}）；训练已停止。',
  },
  'train.error.gpuFailed': {
    en: 'The GPU ({adapter}) reported an error ({detail}); the run was stopped.',
    zh: 'GPU（{adapter}）报告了错误（{detail}）；训练已停止。',
  },
  'train.error.noTrainingImages': {
    en: 'The data set "{dataset}" has no training images.',
    zh: '数据集"{dataset}"没有训练图像。',
  },
  'train.error.diverged': {
    en: 'The loss became {value} at epoch {epoch}, batch {batch} of {batches}; training stopped.',
    zh: '第 {epoch} 轮第 {batch}/{batches} 批时损失变为 {value}，训练已停止。',
  },
  'train.error.invalidModel': {
    en: 'The network has errors: {errors}',
    zh: '网络有错误：{errors}',
  },
  'train.error.checkpointFailed': {
    en: 'The checkpoint of epoch {epoch} could not be saved: {error}',
    zh: '第 {epoch} 轮的检查点无法保存：{error}',
  },
  'train.error.memoryBudget': {
    en: 'This run needs about {need} at batch {batch} ({activations} of activations, {fixed} for the weights, their gradients and the optimizer), more than the {budget} the {backend} backend can use.',
    zh: '此次训练在批大小为 {batch} 时约需 {need}（激活值 {activations}，权重、梯度和优化器状态 {fixed}），超过了 {backend} 后端可用的 {budget}。',
  },
  'hint.memory.useBatch': {
    en: 'Train with a batch of {batch}, the largest that fits, or make the input smaller or the layers narrower.',
    zh: '改用批大小 {batch}（能容纳的最大值），或减小输入尺寸、减少层的宽度。',
    cli: 'Use --batch {batch}, the largest that fits, or make the input smaller or the layers narrower.',
  },
  'hint.memory.smallerModel': {
    en: 'Not even one image fits: make the input smaller, downsample earlier (pooling, stride 2) or use fewer filters.',
    zh: '连一张图像都放不下：请减小输入尺寸、更早下采样（池化、步幅 2）或减少滤波器数量。',
  },
  'train.error.tooDeep': {
    en: 'The network is {depth} blocks deep; LayerLoom trains networks up to {max} blocks deep.',
    zh: '该网络深达 {depth} 个块；LayerLoom 可训练的网络最多 {max} 个块深。',
  },
  'hint.compile.shallower': {
    en: 'Remove blocks until the longest path from Input to Output has at most {max}.',
    zh: '删除一些块，使从输入到输出的最长路径不超过 {max} 个块。',
  },
  'train.error.kernelFailed': {
    en: 'A compute kernel failed: {error}',
    zh: '计算内核出错：{error}',
  },
  'hint.train.kernelFailed': {
    en: 'This usually means the run ran out of memory: lower the batch size or make the input smaller. The engine goes on; the next run starts afresh.',
    zh: '这通常表示训练内存不足：请减小批大小或输入尺寸。引擎仍在运行，下一次训练会重新开始。',
    cli: 'This usually means the run ran out of memory: lower --batch or make the input smaller.',
  },
  // Resuming a saved run.
  'runs.error.notResumable': {
    en: '{dir} is a {status} run, not an interrupted or stopped one: train a new run instead.',
    zh: '{dir} 是状态为"{status}"的运行记录，不是中断或停止的运行，无法继续；请开始新的训练。',
  },
  'runs.error.noCheckpoint': {
    en: '{dir} has no checkpoint to resume from.',
    zh: '{dir} 没有可继续的检查点。',
  },
  'runs.error.allEpochsDone': {
    en: '{dir} has trained all its {epochs} epochs.',
    zh: '{dir} 已完成全部 {epochs} 轮训练。',
  },
  // A failed run keeps its last good checkpoint.
  'train.checkpointKept': {
    en: 'Epoch {epoch}\'s checkpoint is kept in {dir}; it is listed in Runs as interrupted and can be resumed.',
    zh: '第 {epoch} 轮的检查点保存在 {dir}；它在"运行记录"中显示为"已中断"，可以继续训练。',
  },
  // Preparing stages (before the first batch).
  'train.prep.backendAuto': { en: 'Choosing the fastest backend that loads', zh: '正在选择能加载的最快后端' },
  'train.prep.backendLoad': { en: 'Loading the {backend} backend', zh: '正在加载 {backend} 后端' },
  'train.prep.dataOpen': { en: 'Opening {name}', zh: '正在打开 {name}' },
  'train.prep.dataReady': {
    en: '{images} images found ({train} train, {val} validation, {test} test)',
    zh: '找到 {images} 张图像（训练 {train}，验证 {val}，测试 {test}）',
  },
  'train.prep.dataScan': { en: 'Finding the image files', zh: '正在查找图像文件' },
  'train.prep.dataCheck': { en: 'Checking the image files', zh: '正在检查图像文件' },
  'train.prep.statistics': { en: 'Decoding the first {n} training images (input statistics)', zh: '正在解码前 {n} 张训练图像（输入统计）' },
  'train.prep.firstBatch': { en: 'First batch ready after {seconds} s', zh: '第一批数据已就绪，用时 {seconds} 秒' },
  'train.prep.compile': { en: 'Building the model', zh: '正在构建模型' },
  'train.prep.resume': { en: 'Loading the checkpoint of epoch {epoch}', zh: '正在加载第 {epoch} 轮的检查点' },
} as const satisfies TextCatalog;
