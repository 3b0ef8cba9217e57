/** English strings of the "present" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const present = {} as const;
