// Package format renders crosscheck's results for people and for programs.
//
// Report writes a reconciled report (reconcile.Report) as a terminal table, as JSON (the
// version 1 contract of REPORT_FORMAT.md), as Markdown or as a self-contained HTML page;
// Claims writes a list of claims as a table, a JSON array or JSON lines. Each format lives in
// its own file behind one small interface, chosen by name; an unknown name is an
// *UnknownFormatError that lists the valid ones. Number and Reading phrase figures and claims
// the way the human-readable formats show them ("20 billion", "about EUR 7.5 million").
//
// Every format renders facts, contradictions and claims in the order it is given (the
// reconciler sorts them), so the same input always gives the same bytes. Output is built in
// memory and written in one piece: a failing writer or a rendering error never leaves half a
// report behind, and a panic on hostile input becomes an error.
//
// The table format sets tablewriter's process-wide East Asian width option off, so that
// column widths do not depend on the locale.
package format
