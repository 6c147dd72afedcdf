/** UI strings of the results views, English and Simplified Chinese (merged into strings.ts). zh must have every en key. */
export const resultsEn = {
  'results.title': 'Results',
} as const;

export const resultsZh: Record<keyof typeof resultsEn, string> = {
  'results.title': '结果',
};
