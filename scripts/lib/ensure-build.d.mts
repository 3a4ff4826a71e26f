/** Builds the production app when it is missing or older than its sources; exits the process if the build fails. */
export function ensureBuild(env: NodeJS.ProcessEnv): void;
