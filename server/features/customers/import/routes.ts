// Placeholder: filled in by the import work of issue 4.
import type { App } from '../../../platform/http/types';

export default async function customerImportRoutes(app: App): Promise<void> {
  void app;
}
