/** English strings of the "share" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const share = {} as const;
