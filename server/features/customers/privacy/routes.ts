// Placeholder: filled in by the privacy work of issue 4.
import type { App } from '../../../platform/http/types';

export default async function privacyRoutes(app: App): Promise<void> {
  void app;
}
