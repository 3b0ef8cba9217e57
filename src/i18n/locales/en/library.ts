/** English strings of the "library" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const library = {} as const;
