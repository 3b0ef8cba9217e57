/**
 * Layout shared by every RGBA32F data texture the worker fills and the scene samples (SGP4
 * keyframes, per-node budgets): rows of {@link DATA_TEXTURE_WIDTH} texels, the array padded to
 * whole rows so the GPU takes it without a copy. Shaders get the width injected into their source
 * (src/scene/satelliteShader.ts), so texel i sits at (i % width, i / width) everywhere.
 */

/** Width, texels, of every data texture: 4096 (WebGL 2 guarantees at least 2048; every desktop and phone GPU takes 4096). */
export const DATA_TEXTURE_WIDTH = 4096;

/** Rows of {@link DATA_TEXTURE_WIDTH} texels that hold `texels` texels (at least 1: a texture is never empty). */
export function dataTextureRows(texels: number): number {
  return Math.max(1, Math.ceil(texels / DATA_TEXTURE_WIDTH));
}
