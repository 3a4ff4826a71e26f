// Runs in the browser before the app's own code: zod without eval, under the CSP.
import "@/lib/request-guard/client";
