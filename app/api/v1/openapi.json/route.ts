import { createApiRoute } from "@/app/api/_route/api-route";
import { formatOpenApiResult } from "@/lib/api/results";

// Depends on SITE_URL (its server address), read at run time like the rest of the API.
export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the API, generated from its zod schemas. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createApiRoute(() => formatOpenApiResult());
