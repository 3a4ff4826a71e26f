import "server-only";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { format, getMessages } from "@/lib/i18n";
import { log } from "@/lib/log";

/** How one-time codes reach a phone. */
export interface CodeSender {
  sendCode(phone: string, code: string): Promise<void>;
}

/** Demo mode: the sign-in screen shows the code; nothing is sent and nothing is logged but the fact. */
export const demoCodeSender: CodeSender = {
  async sendCode() {
    log.info("sign-in: code issued (demo mode shows it on screen)");
  },
};

/** The text message of a code, in Chinese (the SMS of a mainland number); a long code in groups of four. */
export function codeMessage(code: string, lifetimeMinutes: number): string {
  const grouped = code.length > 6 ? code.replace(/(\d{4})(?=\d)/g, "$1 ") : code;
  return format(getMessages("zh-CN").signIn.smsText, { code: grouped, minutes: lifetimeMinutes });
}

/** An SMS gateway: POST { to, text } as JSON with a bearer token; any answer but 2xx is a failure. */
export function gatewayCodeSender(url: string, token: string | undefined, lifetimeMinutes: number): CodeSender {
  return {
    async sendCode(phone, code) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ to: phone, text: codeMessage(code, lifetimeMinutes) }),
        signal: AbortSignal.timeout(10_000),
      }).catch((error: unknown) => {
        log.error({ err: error }, "sign-in: SMS gateway unreachable");
        return null;
      });
      if (!response?.ok) {
        if (response) log.error({ status: response.status }, "sign-in: SMS gateway refused the message");
        throw new DomainError("code_not_sent");
      }
    },
  };
}

/** Outside demo mode without a gateway no code can reach anyone: say so, and log it for the operator. */
const noGatewaySender: CodeSender = {
  async sendCode() {
    log.error("sign-in: no SMS gateway is configured (SMS_GATEWAY_URL); the code was not sent");
    throw new DomainError("code_not_sent");
  },
};

/** The sender this server uses: the gateway when configured, the screen in demo mode. */
export function configuredCodeSender(lifetimeMinutes: number): CodeSender {
  if (env.SMS_GATEWAY_URL) return gatewayCodeSender(env.SMS_GATEWAY_URL, env.SMS_GATEWAY_TOKEN, lifetimeMinutes);
  return env.demoMode ? demoCodeSender : noGatewaySender;
}
