/** UI strings of the train views, English and Simplified Chinese (merged into strings.ts). zh must have every en key. */
export const trainEn = {
  'train.title': 'Train',
} as const;

export const trainZh: Record<keyof typeof trainEn, string> = {
  'train.title': '训练',
};
