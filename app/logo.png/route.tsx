import { ImageResponse } from "next/og";

export const dynamic = "force-static";

/** The publisher logo named in structured data and feeds. */
export function GET() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "#0a0a0a",
        color: "#fbbf24",
        fontSize: 360,
        fontWeight: 700,
      }}
    >
      D
    </div>,
    { width: 512, height: 512 },
  );
}
