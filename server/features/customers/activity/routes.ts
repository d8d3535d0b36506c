// Placeholder: filled in by the activity work of issue 4.
import type { App } from '../../../platform/http/types';

export default async function activityRoutes(app: App): Promise<void> {
  void app;
}
