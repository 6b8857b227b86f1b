// The Settings/About screen: versions and what this machine can run.
import type { Locale } from './locale';

export interface AppInfo {
  appVersion: string;
  /** 'electron' in the desktop window, 'browser' when served over HTTP (classroom mode). */
  mode: 'electron' | 'browser';
  versions: {
    node: string;
    electron: string | null;
    chrome: string | null;
    sqlite: string;
    onnxRuntime: string | null;
  };
  /** Read from onnxruntime-node at run time; empty with onnxRuntimeError set when it fails to load. */
  executionProviders: string[];
  /** Known to this ONNX Runtime build but needing an extra install here (e.g. cuda: see README). */
  installableExecutionProviders: string[];
  onnxRuntimeError: string | null;
  /** Providers tried here that could not open a session, with ONNX Runtime's reason (e.g. webgpu: no adapter). */
  providerFallbacks?: { provider: string; reason: string }[];
  /** Empty for classroom students: the folder stays on the teacher's computer. */
  dataDirectory: string;
  platform: string;
  arch: string;
  cpus: number;
}

export interface Settings {
  locale: Locale;
  /**
   * Only in answers: true once someone chose the lab's language. Until then `locale` is the built-in
   * default and each browser (or the desktop app's system language) picks its own.
   */
  localeChosen?: boolean;
}
