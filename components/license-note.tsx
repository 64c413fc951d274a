import Link from "next/link";
import { DATA_PAGE_PATH } from "@/lib/api/paths";
import { getLicense, type LicenseId } from "@/lib/licenses";

/**
 * The license a conflict's briefings are published under, linking to its terms, to the
 * same content as data (`json`) and to the open-data page: on conflict and day pages.
 */
export function LicenseNote({ license, json }: { license: LicenseId; json: { href: string; label: string } }) {
  const { name, short, url } = getLicense(license);
  return (
    <p
      className="mt-8 border-t border-neutral-200 pt-4 text-sm text-neutral-700 dark:border-neutral-800 dark:text-neutral-300"
      data-testid="license"
    >
      Published under the{" "}
      <a href={url} rel="license noopener noreferrer" className="underline">
        {short}
      </a>{" "}
      license ({name}).{" "}
      <a href={json.href} className="underline">
        {json.label}
      </a>{" "}
      ·{" "}
      <Link href={DATA_PAGE_PATH} className="underline">
        Open data
      </Link>
    </p>
  );
}
