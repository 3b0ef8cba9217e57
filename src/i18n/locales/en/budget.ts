/** English strings of the "budget" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const budget = {} as const;
