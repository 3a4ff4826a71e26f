/**
 * The demo data (about ten people covering the cases the product must handle, their region's
 * facilities, the catalogue, a year of settlements), loaded by `npm start` and `npm run db:seed`
 * and by the tests. Ids are stable, so loading twice changes nothing.
 */
export { seedDemoData, type SeedResult } from "./demo";
export { catalogueRowOf, seedCatalogue } from "./catalogue";
export { facilityId, seedFacilities } from "./facilities";
export { DEMO_KIOSK_TERMINAL_ID } from "./kiosk";
export { DEMO_TERMINAL } from "./terminal";
export { nationalIdFor } from "./national-id";
export { demoAccounts, personId, seedChronicApprovals, seedEnrolments, seedFamilyRelations, seedFilings, seedPeople, seedUsers } from "./people";
export { seedAlliances, seedRegions } from "./regions";
export { seedId } from "./seed-id";
export { seedBenchPeople, seedBenchTerminals } from "./bench";
