// The kind of device a response came from, told from its User-Agent: enough to compare phones with
// desktops in reports, without storing the User-Agent itself.
import type { DeviceClass } from '../../db/schema';

export function deviceClassOf(userAgent: string | undefined): DeviceClass {
  if (!userAgent) return 'unknown';
  if (/iPad|Tablet|PlayBook|Silk|(Android(?!.*Mobile))/i.test(userAgent)) return 'tablet';
  if (/Mobi|iPhone|iPod|Android|MicroMessenger|Windows Phone|Opera Mini/i.test(userAgent)) return 'mobile';
  if (/Windows|Macintosh|X11|Linux|CrOS/i.test(userAgent)) return 'desktop';
  return 'unknown';
}
