/**
 * Keeps what the selected satellite needs fresh: its orbit and ground track (propagation worker),
 * re-asked when time moves more than a quarter orbit from the track's centre, and its budget
 * series over ±2 orbits (budget worker), re-asked when time leaves the series' middle half.
 */
import { sceneData } from '../scene/sceneData';
import type { WorkerResponse } from '../worker/protocol';
import type { CoreClient } from '../worker/client';
import type { NodeSeriesWindow } from '../sim/nodeSeries';
import { RequestLoop } from './requestLoop';
import { engineMsg } from '../scenario/engineMessages';

type TrackReply = Extract<WorkerResponse, { type: 'track' }>;
type SeriesReply = Extract<WorkerResponse, { type: 'nodeSeries' }>;

/** Points on the orbit track (one orbit). */
export const TRACK_POINTS = 361;
/** Orbits each side of now in the node series. */
export const SERIES_ORBITS_EACH_SIDE = 2;

export interface SelectionSyncEvents {
  changed(): void;
  series(series: NodeSeriesWindow): void;
  notify(kind: 'error' | 'info', text: string): void;
}

export class SelectionSync {
  private trackIndex = -1;
  private trackCenterMs = NaN;
  private trackPeriodS = 0;
  private seriesIndex = -1;
  private seriesRange: [number, number] = [NaN, NaN];
  readonly track: RequestLoop<{ index: number; centerMs: number }, TrackReply>;
  readonly series: RequestLoop<{ index: number; centerMs: number }, SeriesReply>;

  constructor(
    client: CoreClient,
    budgetClient: CoreClient,
    private readonly events: SelectionSyncEvents,
    wallMs?: () => number,
  ) {
    this.track = new RequestLoop({
      send: (q) => client.request({ type: 'track', ...q, points: TRACK_POINTS }),
      apply: (r) => {
        this.trackPeriodS = r.periodS;
        sceneData.track = {
          index: r.index,
          startMs: r.startMs,
          stepS: r.stepS,
          periodS: r.periodS,
          eci: r.eci,
          ecef: r.ecef,
        };
        sceneData.trackVersion++;
        this.events.changed();
      },
      fail: (e) => this.events.notify('error', engineMsg('trackFailed', { reason: e.message })),
      wallMs,
    });
    this.series = new RequestLoop({
      send: (q) =>
        budgetClient.request({ type: 'nodeSeries', ...q, orbitsEachSide: SERIES_ORBITS_EACH_SIDE }),
      apply: (r) => {
        const span = r.count * r.stepS * 1000;
        this.seriesRange = [r.startMs + span * 0.25, r.startMs + span * 0.75];
        if (sceneData.selected !== r.index) return;
        const { type: _t, seq: _s, ...data } = r;
        this.events.series(data);
      },
      fail: (e) => this.events.notify('error', engineMsg('nodeBudgetFailed', { reason: e.message })),
      wallMs,
    });
  }

  /** A new scenario: forget the selected node's data and any reply on its way. */
  reset(): void {
    this.trackIndex = -1;
    this.seriesIndex = -1;
    this.seriesRange = [NaN, NaN];
    sceneData.track = null;
    sceneData.trackVersion++;
    this.track.invalidate();
    this.series.invalidate();
  }

  /** Called every frame with the simulated time. */
  tick(simMs: number): void {
    const sel = sceneData.selected;
    if (sel < 0) return;
    // A NaN range (no series yet, or the last ask failed) never covers: the loop's back-off paces the retries.
    if (sel !== this.seriesIndex || !(simMs >= this.seriesRange[0] && simMs <= this.seriesRange[1])) {
      if (sel !== this.seriesIndex) {
        this.series.invalidate();
        this.seriesRange = [NaN, NaN];
      }
      if (this.series.ask({ index: sel, centerMs: simMs })) this.seriesIndex = sel;
    }
    if (sel !== this.trackIndex || Math.abs(simMs - this.trackCenterMs) > this.trackPeriodS * 250) {
      if (sel !== this.trackIndex) this.track.invalidate();
      if (this.track.ask({ index: sel, centerMs: simMs })) {
        this.trackIndex = sel;
        this.trackCenterMs = simMs;
      }
    }
  }
}
