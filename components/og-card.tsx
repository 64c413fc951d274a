/** The 1200×630 Open Graph card, drawn by next/og (inline styles and flexbox only). */
export function OgCard({ kicker, title, subtitle, footer }: { kicker: string; title: string; subtitle?: string; footer?: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#0a0a0a",
        color: "#fafafa",
        padding: "64px 72px",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 34, color: "#fbbf24" }}>{kicker}</div>
        <div style={{ fontSize: title.length > 60 ? 54 : 68, fontWeight: 700, lineHeight: 1.15, marginTop: 24 }}>{title}</div>
        {subtitle ? <div style={{ fontSize: 34, color: "#d4d4d4", marginTop: 28, lineHeight: 1.3 }}>{subtitle}</div> : null}
      </div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          fontSize: 30,
          color: "#a3a3a3",
          borderTop: "2px solid #404040",
          paddingTop: 24,
        }}
      >
        <span style={{ fontWeight: 700, color: "#fafafa" }}>Daybook</span>
        <span>{footer ?? "Daily conflict briefings"}</span>
      </div>
    </div>
  );
}
