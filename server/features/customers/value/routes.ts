// Placeholder: filled in by the value work of issue 4.
import type { App } from '../../../platform/http/types';

export default async function customerValueRoutes(app: App): Promise<void> {
  void app;
}
