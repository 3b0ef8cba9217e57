/** Last callback of every frame: renders the scene ourselves (priority > 0) and closes the frame timer. */
import { useFrame } from '@react-three/fiber';
import { frameEnd } from './frameStats';

export function Renderer({ onRendered }: { onRendered: () => void }) {
  useFrame(({ gl, scene, camera }) => {
    gl.render(scene, camera);
    frameEnd();
    onRendered();
  }, 1);
  return null;
}
