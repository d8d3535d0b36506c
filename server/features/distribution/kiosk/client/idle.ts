/// <reference lib="dom" />
// Inactivity: someone walked away mid-survey. After `seconds` without a touch, click, key or wheel
// since the page was last used, `onIdle` runs (the kiosk starts over for the next person). An
// untouched page never "times out": there is nothing to reset. (Not `scroll`: the page scrolls
// itself when it starts over, and a finger that scrolls has touched the screen anyway.)

const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'input', 'wheel'];

export interface IdleWatch {
  /** The page is fresh again: no timer until the next touch. */
  clear(): void;
}

export function watchIdle(seconds: number, onIdle: () => void): IdleWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const touched = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, seconds * 1000);
  };
  for (const type of ACTIVITY) document.addEventListener(type, touched, { capture: true, passive: true });
  return {
    clear() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
