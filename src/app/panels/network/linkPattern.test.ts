import { describe, expect, it } from 'vitest';
import { linkPattern, type LinkPatternSources } from './linkPattern';

type Links = LinkPatternSources['links'];
type Meta = LinkPatternSources['meta'];

describe('linkPattern', () => {
  const counts = { pattern: 'plus-grid' } as Links;
  const meta = { links: { pattern: 'nearest-k' } } as Meta;
  const scenario = { links: { pattern: 'cluster-mesh' } };

  it('prefers the worker’s counts, then the meta, then the scenario JSON', () => {
    expect(linkPattern({ links: counts, meta, scenario })).toBe('plus-grid');
    expect(linkPattern({ links: null, meta, scenario })).toBe('nearest-k');
    expect(linkPattern({ links: null, meta: null, scenario })).toBe('cluster-mesh');
  });

  it('is none when no source names a pattern', () => {
    expect(linkPattern({ links: null, meta: null, scenario: null })).toBe('none');
    expect(linkPattern({ links: null, meta: null, scenario: { links: { pattern: 3 } } })).toBe('none');
  });
});
