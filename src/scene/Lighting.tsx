/**
 * Fill light for lit (non-shader) materials such as satellite models: a dim ambient so that the
 * night side is not pitch black. The key light is the Sun's directional light in <SunMarker>.
 * The Earth, atmosphere, stars and Sun use their own shaders and ignore scene lights.
 */
export interface LightingProps {
  /** Ambient intensity. */
  ambient?: number;
}

export function Lighting({ ambient = 0.25 }: LightingProps) {
  return <ambientLight name="ambient" intensity={ambient} />;
}
