// The ids of the kiosk's own strings. No tables here: the browser script imports this file.
export const KIOSK_TEXT_IDS = [
  'language',
  'offline',
  'waitingOne',
  'waitingMany',
  'pausedTitle',
  'pausedMessage',
  'notFoundTitle',
  'notFoundMessage',
] as const;
export type KioskTextId = (typeof KIOSK_TEXT_IDS)[number];
