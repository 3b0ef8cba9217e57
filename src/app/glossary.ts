/** Plain explanations of the terms the panels use, shown where the term appears (Term in cardParts.tsx). */
export const GLOSSARY = {
  ops: 'TOPS and POPS: tera- and peta-operations per second, 10¹² and 10¹⁵ simple arithmetic operations each second — how fast the computers on board can work.',
  j2: 'J2 drift: Earth bulges at the equator, so an orbit’s plane slowly turns (and its perigee moves); the app includes this effect, the largest after plain gravity.',
  umbra:
    'Umbra: Earth’s full shadow, where none of the Sun is visible. Penumbra: the thin fringe around it where part of the Sun is hidden.',
  beta: 'β angle: how high the Sun stands above the plane of the orbit. The larger it is, the shorter (or absent) the eclipses.',
} as const;

export type GlossaryKey = keyof typeof GLOSSARY;
