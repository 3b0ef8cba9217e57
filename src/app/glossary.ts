/**
 * Plain explanations of the terms the panels use, shown where the term appears (Term in
 * cardParts.tsx). The text is in the "budget" namespace (`budget:glossary.<key>`), en and zh-CN.
 */
export const GLOSSARY_KEYS = ['ops', 'j2', 'umbra', 'beta'] as const;

export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];
