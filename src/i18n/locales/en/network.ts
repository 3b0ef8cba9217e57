/** English strings of the "network" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const network = {} as const;
