/**
 * Ground stations (src/scene/stationLayer.ts): marker, name label and visibility cone per station,
 * turning with the Earth. Mount inside <EciFrame>. Hidden while sceneData.showStations is false.
 */
import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { StationLayer } from './stationLayer';

export interface GroundStationsProps {
  /**
   * Altitude the visibility cones reach, km. Default: the scenario's highest satellite (closed-form
   * apogee or first keyframe), at most 10,000 km, or 2,000 km before any satellite is known.
   */
  reachKm?: number;
  /** The label shown for a station's name (its name in the language in use); a new function redraws them. */
  labelFor?: (name: string) => string;
}

export function GroundStations({ reachKm, labelFor }: GroundStationsProps) {
  const layer = useMemo(() => new StationLayer(), []);
  useEffect(() => () => layer.dispose(), [layer]);
  useEffect(() => {
    if (labelFor) layer.setLabelFor(labelFor);
  }, [layer, labelFor]);
  useFrame(({ camera, size }) => layer.update(camera, size.width, size.height, reachKm));
  return <primitive object={layer.group} />;
}
