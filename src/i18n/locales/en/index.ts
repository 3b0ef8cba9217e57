/** Every namespace of the en strings, as one resource object (docs/i18n.md). */
import { common } from './common';
import { library } from './library';
import { scenarios } from './scenarios';
import { editor } from './editor';
import { errors } from './errors';
import { budget } from './budget';
import { network } from './network';
import { burden } from './burden';
import { present } from './present';
import { share } from './share';
import { a11y } from './a11y';

export const en = {
  common,
  library,
  scenarios,
  editor,
  errors,
  budget,
  network,
  burden,
  present,
  share,
  a11y,
};
