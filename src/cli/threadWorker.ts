/**
 * A worker thread of the command line (threads.ts): expands the scenario it is given and computes
 * budget rows for its nodes (batches on request) or network rows for its time range (sent as it
 * goes). Shapes and text in threadJobs.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import '../scenario/elementSetSupport';
import { expandScenario } from '../scenario/expand';
import { CliBudgets } from './budgets';
import { scenarioNetwork } from './links';
import {
  budgetStepText,
  networkStepText,
  type BatchRequest,
  type ThreadJob,
  type WorkerReply,
} from './threadJobs';

const port = parentPort!;
const job = workerData as ThreadJob;
const post = (m: WorkerReply) => port.postMessage(m);

/** Network rows gathered into messages of about this many characters. */
const CHUNK_CHARS = 1 << 16;

try {
  const ex = expandScenario(job.scenario);
  if (job.kind === 'budget') {
    const budgets = new CliBudgets(ex, Uint32Array.from(job.nodes), job.stepS);
    port.on('message', (req: BatchRequest) => {
      try {
        const texts: string[] = [];
        for (let k = req.first; k < req.end; k++) {
          const t = job.fromMs + k * job.stepS * 1000;
          texts.push(budgetStepText(budgets.at(t), job.ids, t, job.json));
        }
        post({ kind: 'batch', batch: req.batch, texts });
      } catch (err) {
        post({ kind: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      }
    });
  } else {
    const built = scenarioNetwork(ex, job.scenario);
    if (!built.ok) throw new Error(built.issues.join('; '));
    let text = '';
    for (let k = job.firstStep; k < job.endStep; k++) {
      text += networkStepText(built.net, job, k);
      if (text.length > CHUNK_CHARS) {
        post({ kind: 'chunk', text });
        text = '';
      }
    }
    if (text) post({ kind: 'chunk', text });
    post({ kind: 'done' });
  }
} catch (err) {
  post({ kind: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
