/**
 * A core client for engine tests: answers with the real WorkerCore on the same thread, and lets a
 * test script what happens — hold replies (a request in flight), fail requests of one type, or
 * replace a links reply's route and station visibility. Not used by the app.
 */
import { WorkerCore } from '../../worker/core';
import type { CoreClient, RequestBody, RequestOf } from '../../worker/client';
import type { ReplyTo, WorkerRequest, WorkerResponse } from '../../worker/protocol';
import type { RouteInfo } from '../../scenario/linkNetwork';

export class ScriptedClient implements CoreClient {
  readonly mode = 'main-thread' as const;
  readonly core = new WorkerCore();
  readonly requests: RequestBody[] = [];
  /** Per links reply, the route to put in it (replaces the real one). */
  routes: (RouteInfo | null)[] = [];
  /** Per links reply, what each station sees (replaces the real counts). */
  inView: number[][] = [];
  /** While set, replies wait until {@link release} (requests in flight). */
  hold = false;
  /** Request types answered with an error. */
  readonly failing = new Set<RequestBody['type']>();
  private held: (() => void)[] = [];
  private seq = 0;

  /** Back-compat switch for the route chart failure. */
  set failSeries(on: boolean) {
    if (on) this.failing.add('routeSeries');
    else this.failing.delete('routeSeries');
  }

  request<T extends RequestBody['type']>(body: RequestOf<T>): Promise<ReplyTo<T>> {
    this.requests.push(body);
    const seq = ++this.seq;
    let reply: WorkerResponse = this.core.handle({ ...body, seq } as WorkerRequest);
    if (reply.type === 'links' && this.routes.length) reply.route = this.routes.shift()!;
    if (reply.type === 'links' && this.inView.length)
      reply.stationsInView = Uint32Array.from(this.inView.shift()!);
    if (this.failing.has(body.type))
      reply = { type: 'error', seq, request: body.type, message: 'test failure', issues: [] };
    const r = reply as ReplyTo<T>;
    if (!this.hold) return Promise.resolve(r);
    return new Promise((resolve) => this.held.push(() => resolve(r)));
  }

  /** Lets every held reply through, oldest first. */
  release(): void {
    for (const r of this.held.splice(0)) r();
  }

  /** Requests of one type sent so far. */
  count(type: RequestBody['type']): number {
    return this.requests.filter((r) => r.type === type).length;
  }

  dispose(): void {}
}
