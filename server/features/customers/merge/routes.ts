// Placeholder: filled in by the merge work of issue 4.
import type { App } from '../../../platform/http/types';

export default async function mergeRoutes(app: App): Promise<void> {
  void app;
}
