// The catalogue's namespaces as written (before a request's subject chooses a form), for the tests.
export { alerts } from "@/lib/i18n/messages/alerts";
export { clinic } from "@/lib/i18n/messages/clinic";
export { entitlements } from "@/lib/i18n/messages/entitlements";
export { estimate } from "@/lib/i18n/messages/estimate";
export { family } from "@/lib/i18n/messages/family";
export { home } from "@/lib/i18n/messages/home";
