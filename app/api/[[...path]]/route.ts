import { createApiRoute } from "@/app/api/_route/api-route";
import { formatUnknownApiPathResult } from "@/lib/api/results";

// Every other address under /api answers as the API does (problem+json), not with the HTML 404 page.
export const dynamic = "force-dynamic";

/** Any address under /api that no endpoint has. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createApiRoute(() => formatUnknownApiPathResult());
