// A value that follows another once it has stopped changing for a moment: the segment preview asks
// the server after a pause in typing, not on every key.
import { useEffect, useState } from 'react';

export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  // Compared by content: the builder makes a new definition object on every render.
  const fingerprint = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(fingerprint) as T), ms);
    return () => clearTimeout(timer);
  }, [fingerprint, ms]);
  return settled;
}
