import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";
import { NOT_FOUND_METADATA } from "@/lib/publish/metadata";

export const metadata: Metadata = NOT_FOUND_METADATA;

export default function NotFound() {
  return <NotFoundMessage />;
}
