// Builds the Settings/About answer: versions of everything that matters and what ONNX Runtime offers here.
import { cpus } from 'node:os';
import type { AppInfo } from '../../contract/app-info';
import { onnxRuntimeInfo } from '../../native-models/execution-providers';
import { APP_VERSION } from './app-version';
import type { LabOptions } from './lab';

export async function buildAppInfo(options: LabOptions, sqlite: string, dataDirectory: string): Promise<AppInfo> {
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
    executionProviders: ort.available,
    installableExecutionProviders: ort.installable,
    onnxRuntimeError: ort.error,
    dataDirectory,
    platform: process.platform,
    arch: process.arch,
    cpus: cpus().length,
  };
}
