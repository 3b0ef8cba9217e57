/** English strings of the "scenarios" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const scenarios = {} as const;
