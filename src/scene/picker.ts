/**
 * GPU picking: renders only the few pixels under the pointer (camera view offset) with the
 * satellites' picking materials, Earth as an occluder, and reads the index back. Cost is one tiny
 * draw per pointer move, independent of how many satellites the main thread would otherwise scan.
 */
import * as THREE from 'three';

/** Half-size of the picked square, CSS px: a satellite within this distance of the pointer is hit. */
export const PICK_RADIUS_PX = 6;
const SIZE = PICK_RADIUS_PX * 2 + 1;

export class GpuPicker {
  readonly scene = new THREE.Scene();
  /** ECI frame of the picking scene; add the layer's pickGroup here. */
  readonly eci = new THREE.Group();
  private readonly target = new THREE.WebGLRenderTarget(SIZE, SIZE, { depthBuffer: true });
  private readonly pixels = new Uint8Array(SIZE * SIZE * 4);
  private readonly camera = new THREE.PerspectiveCamera();
  private readonly occluder: THREE.Mesh;
  private readonly clear = new THREE.Color();

  constructor() {
    this.eci.rotation.x = -Math.PI / 2;
    this.scene.add(this.eci);
    this.occluder = new THREE.Mesh(
      new THREE.SphereGeometry(1, 48, 24),
      new THREE.MeshBasicMaterial({ color: 0x000000 }),
    );
    this.eci.add(this.occluder);
  }

  /**
   * Global index of the satellite nearest to CSS pixel (x, y) of a canvas `width` × `height`, or −1.
   */
  pick(
    gl: THREE.WebGLRenderer,
    camera: THREE.PerspectiveCamera,
    x: number,
    y: number,
    width: number,
    height: number,
  ): number {
    const cam = this.camera;
    cam.copy(camera);
    cam.setViewOffset(
      width,
      height,
      Math.round(x) - PICK_RADIUS_PX,
      Math.round(y) - PICK_RADIUS_PX,
      SIZE,
      SIZE,
    );
    cam.updateProjectionMatrix();
    const prevTarget = gl.getRenderTarget();
    gl.getClearColor(this.clear);
    const prevAlpha = gl.getClearAlpha();
    gl.setRenderTarget(this.target);
    gl.setClearColor(0x000000, 0);
    gl.clear(true, true, false);
    gl.render(this.scene, cam);
    gl.readRenderTargetPixels(this.target, 0, 0, SIZE, SIZE, this.pixels);
    gl.setRenderTarget(prevTarget);
    gl.setClearColor(this.clear, prevAlpha);
    let best = -1;
    let bestD = Infinity;
    const p = this.pixels;
    for (let row = 0; row < SIZE; row++) {
      for (let col = 0; col < SIZE; col++) {
        const o = (row * SIZE + col) * 4;
        const id = p[o] | (p[o + 1] << 8) | (p[o + 2] << 16);
        if (id === 0) continue;
        const d = (row - PICK_RADIUS_PX) ** 2 + (col - PICK_RADIUS_PX) ** 2;
        if (d < bestD) {
          bestD = d;
          best = id - 1;
        }
      }
    }
    return best;
  }

  dispose(): void {
    this.target.dispose();
    this.occluder.geometry.dispose();
    (this.occluder.material as THREE.Material).dispose();
  }
}
