import type { ReactNode } from 'react';

/** Group whose local axes are ECI (z = north pole) in Earth radii; three's world is Y-up. */
export function EciFrame({ children }: { children: ReactNode }) {
  return <group rotation={[-Math.PI / 2, 0, 0]}>{children}</group>;
}
