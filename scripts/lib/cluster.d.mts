export interface ServerState {
  status: string;
  currentSessions: number;
  totalSessions: number;
  checksDown: number;
  redispatched: number;
  retried: number;
}

export interface ClusterInstance {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  readonly pid: number | null;
  /** Sends the signal and resolves when the process has ended. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Starts the instance again and resolves once it answers its health check. */
  restart(): Promise<void>;
}

export interface RunningCluster {
  readonly balancerUrl: string;
  readonly statsUrl: string;
  readonly members: ClusterInstance[];
  serverStates(): Promise<Record<string, ServerState>>;
  /** Stops the balancer, then drains every instance (SIGTERM). */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  instances?: number;
  port?: number;
  instancePorts?: number[];
  statsPort?: number;
  /** Must carry DATABASE_URL. */
  env: NodeJS.ProcessEnv;
  echo?: boolean;
  logDir?: string;
}

export function ensureHaproxy(): string;
export function freePort(): Promise<number>;
export function haproxyConfig(options: { port: number; statsPort: number; servers: { name: string; port: number }[]; socketPath: string }): string;
export function startCluster(options: ClusterOptions): Promise<RunningCluster>;
