/** Interface strings of the export feature (zh and en must have the same keys). */
export const exportMessages = {
  zh: {},
  en: {},
} as const;
