import { CodeBlock } from "@/components/code-block";
import type { ApiSample } from "@/lib/api/samples";
import { API_BASE } from "@/lib/api/paths";

/** One endpoint on the /data page: its address, what it gives, a curl command and a real answer. */
export function ApiSampleBlock({ sample }: { sample: ApiSample }) {
  const { endpoint } = sample;
  return (
    <section aria-labelledby={`${endpoint.operationId}-heading`} className="mt-8">
      <h3 id={`${endpoint.operationId}-heading`} className="font-serif text-xl font-semibold">
        {endpoint.summary}
      </h3>
      <p className="mt-1">
        <code className="font-mono text-sm">
          GET {API_BASE}
          {endpoint.path}
        </code>
      </p>
      <p className="mt-2">{endpoint.description}</p>
      <CodeBlock label={`Example: ${endpoint.summary}`}>{sample.curl}</CodeBlock>
      <CodeBlock label={`What it answered: ${endpoint.summary}`}>{sample.body}</CodeBlock>
      {sample.note ? <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">{sample.note}</p> : null}
    </section>
  );
}
