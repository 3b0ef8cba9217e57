/** English strings of the "errors" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const errors = {} as const;
