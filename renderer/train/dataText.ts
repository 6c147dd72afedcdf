/**
 * The engine's dataset notices and skipped-file reasons in the user's language. The engine sends a stable
 * code with parameters and the English line; English shows that line as sent (one wording, in the engine),
 * Chinese words it from the code here. An unknown code (a newer engine) falls back to the English line.
 */
import type { Language } from '../../src/graph/localized';

type Params = Readonly<Record<string, string | number>>;

const fill = (s: string, p: Params) => s.replace(/\{(\w+)\}/g, (m, k: string) => (p[k] !== undefined ? String(p[k]) : m));

const RESIZE_ZH: Readonly<Record<string, string>> = { stretch: '拉伸', crop: '裁剪填充', letterbox: '留边' };
const FILE_KIND_ZH: Readonly<Record<string, string>> = {
  fifo: '命名管道（FIFO）', 'character-device': '字符设备', 'block-device': '块设备', socket: '套接字', folder: '文件夹', other: '特殊文件',
};
const ERRNO_ZH: Readonly<Record<string, string>> = { EACCES: '没有权限', EPERM: '没有权限', EIO: '输入/输出错误', ELOOP: '符号链接层数过多', ENAMETOOLONG: '名称过长' };

const NOTICE_ZH: Readonly<Record<string, string>> = {
  'colour-dropped': '图像是彩色的，但输入块只接收 1 个通道：颜色信息会被丢弃。将输入块的通道数设为 3 即可保留。',
  'resolution-dropped': '图像的中位尺寸为 {imageSize} 像素，却以 {input} 输入模型：大部分细节会被丢弃。输入设为 {suggested} 可保留更多细节。',
  upscaled: '图像（中位尺寸 {imageSize} 像素）被放大到 {input}：不会增加细节，训练反而更慢。输入设为 {suggested} 更合适。',
  'grey-as-colour': '所有图像都是灰度图：输入为 3 个通道时，模型读到的是三份相同的数据。使用 1 个通道训练更快。',
  'mixed-sizes': '图像有 {sizes} 种不同尺寸（{listed}）；每张都按“{resizeZh}”方式调整为 {input}。',
  imbalance: '类别不平衡（{ratio}×）：“{large}”有 {largeCount} 张训练图像，“{small}”只有 {smallCount} 张。请为小类别补充图像，否则模型会偏向大类别。',
  'few-images': '{classes} 的训练图像少于 {min} 张：准确率不可靠。',
  'no-validation': '验证集为空：将没有验证指标。',
  'no-test': '测试集为空：将没有测试指标。',
  'class-without-test': '{classes} 没有测试图像。',
  'class-without-training': '类别 {classes} 没有训练图像：请把图像数量上限提高到至少等于类别数。',
  skipped: '跳过了 {n} 个文件（原因见下方列表）。',
  'sampled-check': '预览只检查了 {files} 个文件中的 {checked} 个；其余文件会在开始训练时检查。',
  'skipped-cut': '只列出了 {n} 个被跳过文件中的前 {listed} 个。',
};

const SKIP_ZH: Readonly<Record<string, string>> = {
  'outside-class': '不在任何类别文件夹中',
  'outside-split': '不在划分（train/val/test）下的类别文件夹中',
  'not-image': '不是图像文件（扩展名“{ext}”）；LayerLoom 读取 {expected}',
  'not-regular': '是{typeZh}，不是普通文件',
  'symlink-outside': '符号链接指向其类别文件夹之外（{target}），未跟随',
  'symlink-loop': '符号链接指回上级文件夹（循环），未跟随',
  'symlink-broken': '符号链接指向不存在的文件',
  'other-file-system': '此处挂载了另一个文件系统，未扫描',
  'folder-unreadable': '无法读取文件夹：{errnoZh}',
  'duplicate-class': '与类别“{other}”是同一个文件夹，不重复使用',
  'same-file': '与 {other} 是同一个文件，只使用一次',
  empty: '空文件（0 字节）',
  unreadable: '无法读取文件：{errnoZh}',
  vanished: '无法读取文件：文件已消失',
  format: '无法读取的图像：格式无法识别',
  corrupt: '无法读取的图像：数据损坏或不完整',
  'too-many-pixels': '无法读取的图像：像素过多（{pixels}；LayerLoom 最多读取 2.68 亿像素）',
};

/** Parameters the Chinese strings need in Chinese. */
function zhParams(p: Params): Params {
  const errno = String(p.errno ?? '');
  return {
    ...p,
    resizeZh: RESIZE_ZH[String(p.resize)] ?? String(p.resize ?? ''),
    typeZh: FILE_KIND_ZH[String(p.type)] ?? String(p.kind ?? ''),
    errnoZh: ERRNO_ZH[errno] ?? errno,
  };
}

export function noticeText(lang: Language, n: { readonly code: string; readonly message: string; readonly params: Params }): string {
  const zh = lang === 'zh' ? NOTICE_ZH[n.code] : undefined;
  return zh ? fill(zh, zhParams(n.params)) : capitalize(n.message);
}

export function skipReasonText(lang: Language, s: { readonly reason: string; readonly code?: string; readonly params?: Params }): string {
  const zh = lang === 'zh' && s.code ? SKIP_ZH[s.code] : undefined;
  if (!zh) return s.reason;
  const text = fill(zh, zhParams(s.params ?? {}));
  return s.params?.whileTraining ? `训练中变得无法读取：${text}` : text;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every code the Chinese tables word (for a test that the engine's codes are all covered). */
export const WORDED_CODES = { notices: Object.keys(NOTICE_ZH), skipped: Object.keys(SKIP_ZH) };
