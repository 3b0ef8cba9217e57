/** Media queries the panels share. */

const PHONE_QUERY = '(max-width: 700px)';

/** True on a phone-sized screen (the layout of styles.css switches at the same width). */
export const isPhone = (): boolean =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia(PHONE_QUERY).matches;
