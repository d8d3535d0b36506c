// Placeholder: filled in by the segments work of issue 4.
import type { App } from '../../../platform/http/types';

export default async function segmentRoutes(app: App): Promise<void> {
  void app;
}
