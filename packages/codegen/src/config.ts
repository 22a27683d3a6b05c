/** One app of a config file. */
export type AppConfig = {
  /** The generated package's name. */
  name: string;
  /** The app ID. */
  app: number | string;
  /** The package folder, relative to the config file. */
  out: string;
  /** The environment variable holding this app's API token(s) (default KINTONE_API_TOKEN). */
  apiTokenEnv?: string;
  /** The guest space the app lives in (default KINTONE_GUEST_SPACE_ID). */
  guestSpaceId?: number | string;
  /** Read the pre-live (preview) field definitions. */
  preview?: boolean;
};

/** The content of kintone-codegen.config.json (or the default export of kintone-codegen.config.ts). */
export type CodegenConfig = {
  /** https://<subdomain>.cybozu.com (default KINTONE_BASE_URL). */
  baseUrl?: string;
  apps: AppConfig[];
};

/** Types a kintone-codegen.config.ts default export. */
export function defineConfig(config: CodegenConfig): CodegenConfig {
  return config;
}
