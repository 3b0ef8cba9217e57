/** Last callback of every frame: renders the scene ourselves (priority > 0) and closes the frame timer. */
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { frameEnd } from './frameStats';
import { registerSnapshotInvalidate, snapshotAfterRender, snapshotBeforeRender } from './snapshot';

export function Renderer({ onRendered }: { onRendered: () => void }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => registerSnapshotInvalidate(() => invalidate()), [invalidate]);
  useFrame(({ gl, scene, camera, size }) => {
    snapshotBeforeRender(gl, size.width, size.height);
    gl.render(scene, camera);
    snapshotAfterRender(gl);
    frameEnd();
    onRendered();
  }, 1);
  return null;
}
