// (being built)
import type { App } from '../../../platform/http/types';

export default async function routes(_app: App): Promise<void> {}
