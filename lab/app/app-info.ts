// Builds the Settings/About answer: versions of everything that matters and what ONNX Runtime offers here.
import { cpus } from 'node:os';
import type { AppInfo } from '../../contract/app-info';
import type { ProvidersReport } from '../../contract/models/models';
import { onnxRuntimeInfo } from '../../native-models/execution-providers';
import { APP_VERSION } from '../platform/app-version';
import type { LabOptions } from './lab';

/**
 * `providers`: each provider tried on a one-node model (lab/models): only those that opened a session
 * are listed as available; the others come with ONNX Runtime's reason. Without it, the package's list.
 */
export async function buildAppInfo(options: LabOptions, sqlite: string, dataDirectory: string, providers: ProvidersReport | null = null): Promise<AppInfo> {
  const ort = await onnxRuntimeInfo();
  return {
    appVersion: APP_VERSION,
    mode: options.mode,
    versions: {
      node: process.versions.node,
      electron: options.shellVersions?.electron ?? null,
      chrome: options.shellVersions?.chrome ?? null,
      sqlite,
      onnxRuntime: ort.version,
    },
    executionProviders: providers ? providers.probes.filter((p) => p.ok).map((p) => p.provider) : ort.available,
    installableExecutionProviders: ort.installable,
    ...(providers ? { providerFallbacks: providers.probes.filter((p) => !p.ok).map((p) => ({ provider: p.provider, reason: p.reason ?? '' })) } : {}),
    onnxRuntimeError: ort.error,
    dataDirectory,
    platform: process.platform,
    arch: process.arch,
    cpus: cpus().length,
  };
}
