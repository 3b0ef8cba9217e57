/** English strings of the "editor" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const editor = {} as const;
