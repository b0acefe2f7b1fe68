/** Interface strings of the import feature (zh and en must have the same keys). */
export const importMessages = {
  zh: {},
  en: {},
} as const;
