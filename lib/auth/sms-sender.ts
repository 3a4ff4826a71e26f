/** How one-time codes reach a phone. Production plugs in an SMS gateway; development logs. */
export interface CodeSender {
  sendCode(phone: string, code: string): Promise<void>;
}

/** Writes the code to the server log; never used for real users. */
export const logCodeSender: CodeSender = {
  async sendCode(phone, code) {
    console.info(`[sign-in] one-time code for ${phone}: ${code}`);
  },
};
