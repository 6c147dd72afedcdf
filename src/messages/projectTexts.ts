/** What opening a project file says when the file cannot be used. */
import type { CodedText, TextCatalog } from './codedText';

export const PROJECT_TEXTS = {
  'project.error.notProject': {
    en: '"{file}" is not a LayerLoom project. Open a .layerloom.json file saved by LayerLoom (File → Save).',
    zh: '"{file}" 不是 LayerLoom 项目。请打开由 LayerLoom 保存的 .layerloom.json 文件（文件 → 保存）。',
    cli: '{file} is not a LayerLoom project (expected a .layerloom.json file saved by LayerLoom)',
  },
  'project.error.badField': {
    en: '"{file}" is a LayerLoom project, but {field} is not valid: {detail}. Fix that field in the file, or open another project.',
    zh: '"{file}" 是 LayerLoom 项目，但 {field} 无效：{detail}。请修改文件中的该字段，或打开其他项目。',
    cli: '{file}: {field}: {detail}',
  },
} as const satisfies TextCatalog;

/** A project file's parse failure (structurally a ProjectFileError: src/messages imports nothing) as a coded text. */
export function projectErrorText(err: { readonly message: string; readonly field?: string; readonly notProject?: boolean }, file: string): CodedText {
  if (err.notProject) return { code: 'project.error.notProject', params: { file } };
  const field = err.field ?? '(the whole file)';
  // The error's message starts with the field it names ("graph.nodes[3].id: …"): the detail is the rest.
  const detail = err.message.startsWith(`${field}: `) ? err.message.slice(field.length + 2) : err.message;
  return { code: 'project.error.badField', params: { file, field, detail } };
}
