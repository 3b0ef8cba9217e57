/**
 * Earth surface shader: Blue Marble by day, Black Marble city lights by night, a soft terminator.
 *
 * Everything is computed in the Earth mesh's *object* frame (ECEF, z = north pole, x = lon 0), so
 * the shader needs no normal matrix and does not care what groups the mesh sits in: each frame the
 * component writes the Sun direction and the camera position already turned into that frame.
 *
 * Colour: textures are tagged SRGBColorSpace, so the GPU returns linear values when sampling; the
 * result goes through three's `colorspace_fragment` (linear → output colour space). No tone mapping:
 * the photographs already are display-referred and ACES would wash them out.
 *
 * Cost: two texture samples (one when untextured), a handful of ALU ops; no loops, no branches
 * that depend on data. Cheap enough for SwiftShader.
 */
import { ShaderMaterial, Vector3, type Texture } from 'three';

/** sin(6°): the terminator blends from 6° below to 6° above the horizon, as seen from the ground. */
export const TERMINATOR_HALF_WIDTH = Math.sin((6 * Math.PI) / 180);

const vertexShader = /* glsl */ `
varying vec2 vUv;
varying vec3 vPos;    // object space (ECEF, Earth radii)

void main() {
  vUv = uv;
  vPos = position;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

const fragmentShader = /* glsl */ `
uniform vec3 uSunObj;      // unit vector to the Sun, object (ECEF) frame
uniform vec3 uCamObj;      // camera position, object frame
uniform float uTerminator; // half-width of the day/night blend in cos(sun angle)
uniform float uNightGain;  // city-light brightness
#ifdef USE_EARTH_TEXTURES
uniform sampler2D uDay;
uniform sampler2D uNight;
#endif

varying vec2 vUv;
varying vec3 vPos;

void main() {
  vec3 n = normalize(vPos);
  vec3 v = normalize(uCamObj - vPos);
  float cosSun = dot(n, uSunObj);

  // 0 on the night side, 1 on the day side, smooth across ±6° around the terminator.
  float day = smoothstep(-uTerminator, uTerminator, cosSun);
  // Lambert, wrapped over the blend zone and softened so that low-Sun regions stay readable.
  float lambert = clamp((cosSun + uTerminator) / (1.0 + uTerminator), 0.0, 1.0);
  float light = pow(lambert, 0.6);

#ifdef USE_EARTH_TEXTURES
  vec3 albedo = texture2D(uDay, vUv).rgb;
  vec3 lights = texture2D(uNight, vUv).rgb;
  // The Black Marble map is moonlit land plus city lights: squaring keeps the lights and darkens
  // the moonlit background; a little of the plain map keeps the continents legible at night.
  vec3 nightCol = lights * 0.22;
  vec3 cities = lights * lights * uNightGain;
#else
  // Placeholder while the textures load: a plain ocean-blue ball, same lighting.
  vec3 albedo = vec3(0.035, 0.08, 0.17);
  vec3 nightCol = vec3(0.004, 0.009, 0.022);
  vec3 cities = vec3(0.0);
#endif

  vec3 col = mix(nightCol, albedo * light, day);
  // City lights come on a little deeper than the terminator (the twilight sky drowns them).
  col += cities * (1.0 - smoothstep(-2.0 * uTerminator, 0.0, cosSun));

  // Twilight: a faint warm band just on the night side of the terminator.
  float tw = 1.0 - smoothstep(0.0, 1.5 * uTerminator, abs(cosSun + 0.5 * uTerminator));
  col += vec3(0.30, 0.10, 0.03) * tw * tw * 0.02;

  float nv = clamp(dot(n, v), 0.0, 1.0);
#ifdef USE_EARTH_TEXTURES
  // Sun glint on water: the ocean is where the day map is dark and blue.
  float ocean = smoothstep(0.02, 0.0, albedo.r) * step(albedo.r * 1.3, albedo.b);
  vec3 h = normalize(uSunObj + v);
  float spec = pow(clamp(dot(n, h), 0.0, 1.0), 180.0);
  col += vec3(1.0, 0.95, 0.85) * spec * ocean * day * 0.07;
#endif

  // Limb haze: the atmosphere seen at a grazing angle over the day side.
  float fres = pow(1.0 - nv, 3.0);
  col += vec3(0.10, 0.22, 0.55) * fres * smoothstep(-0.2, 0.4, cosSun) * 0.6;

  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}
`;

export interface EarthUniforms {
  [name: string]: { value: unknown };
  uSunObj: { value: Vector3 };
  uCamObj: { value: Vector3 };
  uTerminator: { value: number };
  uNightGain: { value: number };
  uDay: { value: Texture | null };
  uNight: { value: Texture | null };
}

/** Earth material; without textures it draws the plain placeholder ball. */
export function createEarthMaterial(
  textures?: { day: Texture; night: Texture },
  nightGain = 2.5,
): ShaderMaterial {
  const uniforms: EarthUniforms = {
    uSunObj: { value: new Vector3(1, 0, 0) },
    uCamObj: { value: new Vector3(0, 0, 10) },
    uTerminator: { value: TERMINATOR_HALF_WIDTH },
    uNightGain: { value: nightGain },
    uDay: { value: textures?.day ?? null },
    uNight: { value: textures?.night ?? null },
  };
  const material = new ShaderMaterial({
    name: textures ? 'EarthMaterial' : 'EarthPlaceholderMaterial',
    uniforms,
    vertexShader,
    fragmentShader,
    defines: textures ? { USE_EARTH_TEXTURES: '' } : {},
  });
  material.toneMapped = false;
  return material;
}
