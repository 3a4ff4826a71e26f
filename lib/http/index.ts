/**
 * HTTP in one place: every error code's status and the one JSON error body, JSON responses,
 * reading a request body, and the OpenAPI description of the machine-facing API.
 */
import "server-only";
export { errorResponse, failureResponse, jsonResponse, STATUS, type ErrorBody, type ErrorIssue } from "./errors";
export { invalidRequest, readJsonBody } from "./request";
export { openApiDocument, VERIFY_ERROR_CODES } from "./openapi";
