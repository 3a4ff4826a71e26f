import { openApiDocument } from "@/lib/http";

/** The API's OpenAPI 3.1 description; public, like the API's documentation. */
export function GET() {
  return Response.json(openApiDocument, { headers: { "Cache-Control": "public, max-age=300" } });
}
