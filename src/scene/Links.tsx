/**
 * Inter-satellite links, station links and the highlighted route (src/scene/linkLayer.ts), drawn
 * from the satellite layer's own position data. Mount inside <EciFrame>. Not part of the picking
 * scene, so links never hide a satellite from the pointer.
 */
import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { LinkLayer } from './linkLayer';
import { sceneApi } from './sceneApi';
import type { SatelliteLayer } from './satelliteLayer';

export interface LinksProps {
  /** The satellites' layer: the links read its orbit uniforms (phase and keyframe textures). */
  layer: SatelliteLayer;
}

export function Links({ layer }: LinksProps) {
  const links = useMemo(() => new LinkLayer(layer), [layer]);

  useEffect(() => {
    sceneApi.linkStats = () => links.stats();
    return () => {
      sceneApi.linkStats = () => ({ drawnIsl: 0, drawnGround: 0, routeHops: 0 });
      links.dispose();
    };
  }, [links]);

  useFrame(({ gl, size, camera }) => {
    links.update(performance.now(), gl.getPixelRatio(), size.width, size.height, camera);
  });

  return <primitive object={links.group} />;
}
