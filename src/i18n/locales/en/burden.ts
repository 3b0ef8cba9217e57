/** English strings of the "burden" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const burden = {} as const;
