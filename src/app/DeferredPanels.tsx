/**
 * The panels the first frame does not need: the selected node's card and budget, the network card
 * (links, routes, ground stations), the link legend, the constellation totals, the scenario editor
 * and the presenter.
 * One chunk, loaded once the first scenario is drawn (src/app/deferred.tsx), so the first download
 * holds only the scene and the shell around it (docs/performance.md, "What the first visit really
 * fetches").
 */
import type { Engine } from '../engine/engine';
import { InfoPanel } from './panels/node/InfoPanel';
import { BudgetPanel } from './panels/budget/BudgetPanel';
import { NetworkPanel } from './panels/network/NetworkPanel';
import { PlacingHint } from './panels/network/StationsSection';
import { TotalsPanel } from './panels/budget/TotalsPanel';
import { ScenarioEditor } from './editor/ScenarioEditor';
import { Presenter } from './present/Presenter';
import { LinkLegend } from './panels/network/LinkLegend';

/** The right column's cards: selected node, its budget, the network. */
export function RightPanels({ engine }: { engine: Engine }) {
  return (
    <>
      <InfoPanel engine={engine} />
      <BudgetPanel engine={engine} />
      <NetworkPanel engine={engine} />
    </>
  );
}

/** The constellation's totals card (left column, under the legend). */
export function Totals({ engine }: { engine: Engine }) {
  return <TotalsPanel engine={engine} />;
}

/** What floats over the scene: the station-placing hint and the editor. */
export function Floating({ engine }: { engine: Engine }) {
  return (
    <>
      <PlacingHint />
      <ScenarioEditor engine={engine} />
    </>
  );
}

/** The presenter's caption, controls and keys (src/app/present). */
export function Presenting({ engine }: { engine: Engine }) {
  return <Presenter engine={engine} />;
}

/** The link legend at the foot of the colour card. */
export function LinkKey() {
  return <LinkLegend />;
}
