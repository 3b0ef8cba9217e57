/** English strings of the "share" namespace: sharing, embedding and offline (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const share = {
  button: 'Share',
  embedButton: 'Embed',
  shareFailed: 'The Share dialog could not be opened ({{why}}). Check the connection and try again.',
  embedFailed: 'The Embed dialog could not be opened ({{why}}). Check the connection and try again.',
  copy: {
    button: 'Copy',
    copied: 'Copied.',
    failedLink: 'The browser did not allow copying: the link is selected, press Ctrl+C (⌘C) to copy it.',
    failedSnippet:
      'The browser did not allow copying: the snippet is selected, press Ctrl+C (⌘C) to copy it.',
  },
  characters_one: '{{count, number}} character',
  characters_other: '{{count, number}} characters',
  dialog: {
    title: 'Share this view',
    intro:
      'The link opens this scenario at this moment, with the same camera, selection, colours, layers and route.',
    linkLabel: 'Share link',
    language: 'Language of the link',
    form: {
      readable: 'a built-in scenario, readable',
      patch: 'your edits of a built-in scenario, compressed',
      full: 'the whole scenario, compressed',
    },
    tooBig:
      'This scenario is too big for a link: it would be {{n, number}} characters long, and a share link holds at most {{max, number}} characters. Download it as a file and share the file instead; it opens with the editor’s Open button.',
    tooBigFar:
      'This scenario is too big for a link: it would be far more than that, and a share link holds at most {{max, number}} characters. Download it as a file and share the file instead; it opens with the editor’s Open button.',
    download: 'Download the scenario file',
  },
  qr: {
    making: 'Making the QR code…',
    label: 'QR code of the link',
    tooLong:
      'This link is too long for a QR code ({{n, number}} characters; a code holds about {{max, number}}).',
    failed: 'The QR code could not be made ({{why}}).',
  },
  embed: {
    title: 'Embed this view',
    intro:
      'Paste the snippet into a web page: it shows this scenario with the camera, selection and layers of this moment, a small control bar and a link to the full view. The host page can drive it with messages (docs/embed.md).',
    options: 'Options',
    autoplay: 'Play at once',
    controls: 'Control bar',
    warp: 'Warp (×)',
    startTime: 'Start time (UTC; empty: the scenario’s own)',
    colourBy: 'Colour by',
    language: 'Language',
    height: 'Height (px)',
    badWarp: 'Warp must be a number from −{{max, number}} to {{max, number}}; the current warp is used.',
    badTime: 'The start time must look like 2026-06-21T12:00:00Z; the scenario’s own is used.',
    badHeight: 'The height must be a whole number of pixels from 200 to 2000; 420 is used.',
    snippet: 'Embed snippet',
    preview: 'Preview',
    previewTitle: 'Preview: {{title}}',
    frameTitle: '{{name}}: compute constellation view',
    frameTitleNoName: 'Compute constellation view',
  },
  bar: {
    label: 'Time controls',
    warp: 'Time warp',
    warpTitle: 'Simulated seconds per second',
    colourBy: 'Colour satellites by',
    openFull: 'Open full view ↗',
    openFullTitle: 'Opens the full app at this moment in a new tab',
    dismiss: 'Dismiss the notice',
    problem: {
      long: '{{key}}: longer than {{max, number}} characters',
      flag: '{{key}}: must be 1 or 0, got {{got}}',
      time: 't: must be an ISO 8601 UTC time such as 2026-06-21T12:00:00Z, got {{got}}',
      warp: 'warp: must be a number from −{{max}} to {{max}}, got {{got}}',
      color: 'color: must be one of {{modes}}, got {{got}}',
      lang: 'lang: must be en or zh-CN, got {{got}}',
    },
  },
  offline: {
    update: 'A new version is ready — reload to use it',
    updateTitle: 'Reloads the page with the new version (the current one keeps running until then)',
  },
} as const;
