/** UI strings of the teaching features (why this number, lessons, compare, diagrams), English and Simplified Chinese. */
export const teachingEn = {
  'why.title': 'Why this number',
  'why.outputSize': 'Output size',
  'why.params': 'Parameters',
  'why.rf': 'Receptive field',
  'why.rfIntro': 'From {id} back to the input: RF(i) = S(i)·(RF(i+1) − 1) + K(i), starting from RF = 1; K = d·(k − 1) + 1.',
  'why.rfStart': 'one pixel of {id}',
  'why.rfBlock': 'Block',
  'why.rfResult': 'RF on the input: {n}×{n}',
  'why.rfMatches': 'matches the block',
  'why.rfMismatch': 'the block shows {n}: its branches have different strides, so the largest field and the largest step come from different paths',
  'why.rfVia': 'At {merge}: the recursion follows {via}, the input with the larger field.',
  'why.rfNoWindows': 'No window between the input and {id}: each output pixel sees exactly one input pixel.',
  'why.rfGlobal': '{at} mixes every position (Flatten, Dense or global pooling), so from there on every output sees the whole image.',
  'why.rfUpsampling': 'The classic recursion does not apply here: {at} upsamples, so output pixels are denser than input pixels and neighbouring pixels see different areas. The receptive field computed exactly is {n}×{n}.',
  'why.none': 'Fix the problem on this block first: its shape is unknown.',
} as const;

export type TeachingKey = keyof typeof teachingEn;

export const teachingZh: Record<TeachingKey, string> = {
  'why.title': '这个数是怎么来的',
  'why.outputSize': '输出尺寸',
  'why.params': '参数量',
  'why.rf': '感受野',
  'why.rfIntro': '从 {id} 往回推到输入：RF(i) = S(i)·(RF(i+1) − 1) + K(i)，从 RF = 1 开始；K = d·(k − 1) + 1。',
  'why.rfStart': '{id} 的一个像素',
  'why.rfBlock': '块',
  'why.rfResult': '输入上的感受野：{n}×{n}',
  'why.rfMatches': '与块上的数值一致',
  'why.rfMismatch': '块上显示 {n}：各分支的步幅不同，最大的感受野和最大的步长来自不同的路径',
  'why.rfVia': '在 {merge} 处：递推沿着感受野更大的输入 {via} 继续。',
  'why.rfNoWindows': '从输入到 {id} 之间没有窗口：每个输出像素恰好看到一个输入像素。',
  'why.rfGlobal': '{at} 混合了所有位置（展平、全连接或全局池化），所以从那里开始，每个输出都能看到整张图像。',
  'why.rfUpsampling': '这里经典递推不适用：{at} 做了上采样，输出像素比输入像素更密，相邻像素看到的区域不同。精确计算的感受野是 {n}×{n}。',
  'why.none': '请先解决这个块上的问题：它的形状未知。',
};
