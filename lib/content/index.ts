/**
 * The content module's only door. The pipeline behind it, one stage a file:
 * read-folder (collect files) → read-text → front-matter → parse-body and
 * markdown-checks → parse-briefing / parse-conflict (validate, lint) → enrich
 * (day number, modified, tags, figures) → store (refresh, last good, parse cache, the
 * history of each day from git) → indexes (lookups, figures' histories) → views (history pages compare past
 * revisions read from git on demand). Beside the days: parse-places (the gazetteer) and
 * read-base-map (a conflict's TopoJSON), drawn by lib/maps for map-views. Routes ask one view per page; nothing outside this folder
 * imports any other file of it (ESLint enforces this).
 */
export { getArchiveView, getConflictView, getDayView, getHomeView, getMonthView, getSiteView, getTagIndexView, getTagView } from "./views";
export type { ConflictView, DayView, HomeView, MonthView } from "./views";
export { getSearchView, startSearchIndex, type SearchView } from "./search-view";
export { startContentMonitor } from "./monitor";
export { getChangesFeedView, getHistoryView, type ChangesFeedView, type HistoryEntry, type HistoryView } from "./history-view";
export type { DiffEntry, DiffGroup, DiffPart } from "./history-diff";
export { getFigureView, getFigureYearView, getFiguresView, type FigureYearView, type FiguresView } from "./figure-views";
export type { DayFigure } from "./figure-history";
export type { FigurePoint, FigureSeries } from "./figure-series";
export { getApiConflictsView, getApiConflictView, getApiDayView, type ApiConflictView, type ApiDayExtras } from "./api-views";
export { getConflictMapView, type ConflictMapView } from "./conflict-map-view";
export type { CountsMap, MapPlace, PlacesMap } from "./map-views";
export { getDayLookup, getFeedView, getSitemapView, type FeedView, type SitemapView } from "./publish-views";
export { getConflictParams, getDayParams, getFigureParams, getFigureYearParams, getMonthParams, getTagParams } from "./params";
export { checkContent, loadContent, loadContentHistory, readIssueSource, type ContentHistory, type LoadedContent } from "./check";
export { formatCodeFrame } from "./code-frame";
export { formatIssue, formatIssuePath, isError, type ContentIssue } from "./issues";
export { formatBriefingTemplate } from "./template";
export { computeArchiveMonths, computeMonthCalendar, type ArchiveMonth, type CalendarDay } from "./archive";
export type { Briefing, BriefingFigure, BriefingItem, BriefingSection, Conflict, FigureDefinition } from "./schema";
